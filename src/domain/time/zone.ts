// UTC offsets of an IANA zone as constant segments, read from the runtime's tz database (Intl) once per
// zone and year and memoised: calendars then never do time-zone math per query.

import { DAY_MS, yearStart } from './civil';

/** On [from, to) wall-clock time is UTC + offset (all in ms). */
export interface OffsetSegment {
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const yearCache = new Map<string, OffsetSegment[]>();
const PARTS_RE = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/;

export function isKnownTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset in ms at instant t (wall = t + offset), to the second as the tz database has it. */
function offsetAt(zone: string, t: number): number {
  const m = PARTS_RE.exec(formatter(zone).format(t));
  if (!m) throw new Error(`cannot read the wall clock of ${zone} at ${new Date(t).toISOString()}`);
  const wall = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

// Sampling once a day finds every change; no zone has changed its offset and back within one day since 1970.
const SAMPLE_MS = DAY_MS;

/** The offset segments that cover UTC year `year` exactly ([Jan 1, next Jan 1)). */
export function yearSegments(zone: string, year: number): OffsetSegment[] {
  const key = `${zone}\u0000${year}`;
  const hit = yearCache.get(key);
  if (hit) return hit;
  const from = yearStart(year);
  const to = yearStart(year + 1);
  const segments: OffsetSegment[] = [];
  let segFrom = from;
  let offset = offsetAt(zone, from);
  for (let t = from; t < to;) {
    const next = Math.min(t + SAMPLE_MS, to);
    const nextOffset = next < to ? offsetAt(zone, next) : offset;
    if (nextOffset !== offset) {
      const change = firstChange(zone, t, next, offset);
      segments.push({ from: segFrom, to: change, offset });
      segFrom = change;
      offset = offsetAt(zone, change);
      t = change;
    } else {
      t = next;
    }
  }
  segments.push({ from: segFrom, to, offset });
  yearCache.set(key, segments);
  return segments;
}

/** Earliest whole second in (lo, hi] whose offset differs from `offset`, given that hi's does. */
function firstChange(zone: string, lo: number, hi: number, offset: number): number {
  let a = lo; // offset(a) === offset
  let b = hi; // offset(b) !== offset
  while (b - a > 1000) {
    const mid = a + Math.floor((b - a) / 2000) * 1000;
    if (offsetAt(zone, mid) === offset) a = mid;
    else b = mid;
  }
  return b;
}
