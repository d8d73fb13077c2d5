// Business calendars: a spec (weekly hours, per-date overrides, IANA zone) compiled once into an interval
// table, then queried in O(log n) per call. Pauses are subtracted the way Zammad treats them: as extra
// breaks in the calendar, so elapsed and deadline stay exact inverses of each other.

import { MAX_INSTANT, MIN_INSTANT } from './civil';
import { IntervalTable } from './interval-table';
import { normalizeSpec, type CalendarSpec, type NormalSpec } from './spec';

export type { CalendarSpec, IsoWeekday, TimeRange } from './spec';
export { CalendarSpecError } from './spec';

/** [start, end) in epoch ms; pauses may overlap each other and non-working time. */
export type Pause = readonly [number, number];

export interface BusinessCalendar {
  /** Business ms in [from, to), outside pauses. */
  elapsed(from: number, to: number, pauses?: ReadonlyArray<Pause>): number;
  /** Earliest t >= from with elapsed(from, t, pauses) === budgetMs. */
  deadline(from: number, budgetMs: number, pauses?: ReadonlyArray<Pause>): number;
  /** Working intervals meeting [from, to), clipped to it, in order: where the calendar opens and closes. */
  openings(from: number, to: number): Array<[number, number]>;
  /** Spans of [from, to) that the weekly hours would work but a date override closes: holidays. */
  holidays(from: number, to: number): Array<[number, number]>;
}

/** Compiles a calendar; throws CalendarSpecError naming every offending field of an invalid spec. */
export function compileCalendar(spec: CalendarSpec): BusinessCalendar {
  return new CompiledCalendar(normalizeSpec(spec));
}

class CompiledCalendar implements BusinessCalendar {
  private readonly table: IntervalTable;
  /** The weekly hours alone, built on first use: what the calendar would work without its overrides. */
  private usual: IntervalTable | undefined;

  constructor(private readonly spec: NormalSpec) {
    this.table = new IntervalTable(spec);
  }

  openings(from: number, to: number): Array<[number, number]> {
    checkRange('openings', from, to);
    return this.table.intervals(from, to);
  }

  holidays(from: number, to: number): Array<[number, number]> {
    checkRange('holidays', from, to);
    if (this.spec.overrides.size === 0) return [];
    this.usual ??= new IntervalTable({ ...this.spec, overrides: new Map() });
    return subtract(this.usual.intervals(from, to), this.table.intervals(from, to));
  }

  elapsed(from: number, to: number, pauses?: ReadonlyArray<Pause>): number {
    checkInstant('from', from);
    checkInstant('to', to);
    if (to < from) throw new RangeError(`elapsed: to (${to}) is before from (${from})`);
    const table = this.table;
    table.cover(from, to);
    let total = table.cum(to) - table.cum(from);
    if (pauses && pauses.length > 0) {
      for (const [s, e] of mergePauses(pauses)) {
        const a = s > from ? s : from;
        const b = e < to ? e : to;
        if (a < b) total -= table.cum(b) - table.cum(a);
      }
    }
    return total;
  }

  deadline(from: number, budgetMs: number, pauses?: ReadonlyArray<Pause>): number {
    checkInstant('from', from);
    if (!Number.isInteger(budgetMs) || budgetMs < 0) {
      throw new RangeError(`deadline: budgetMs must be a non-negative whole number of ms, got ${budgetMs}`);
    }
    const merged = pauses && pauses.length > 0 ? mergePauses(pauses) : undefined;
    if (budgetMs === 0) return from;
    const table = this.table;
    table.cover(from, from);
    let target = table.cum(from) + budgetMs;
    let t = table.reach(target);
    if (merged) {
      for (const [s, e] of merged) {
        if (e <= from) continue;
        if (s >= t) break;
        const a = s > from ? s : from;
        const b = e < MAX_INSTANT ? e : MAX_INSTANT;
        table.cover(a, b);
        target += table.cum(b) - table.cum(a);
        t = table.reach(target);
      }
    }
    return t;
  }
}

function checkRange(name: string, from: number, to: number): void {
  checkInstant('from', from);
  checkInstant('to', to);
  if (to < from) throw new RangeError(`${name}: to (${to}) is before from (${from})`);
}

/** The parts of sorted disjoint intervals `a` outside sorted disjoint intervals `b`. */
function subtract(a: ReadonlyArray<Pause>, b: ReadonlyArray<Pause>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let j = 0;
  for (const [s0, e] of a) {
    let s = s0;
    while (j < b.length && b[j]![1] <= s) j++;
    for (let k = j; k < b.length && b[k]![0] < e && s < e; k++) {
      if (b[k]![0] > s) out.push([s, b[k]![0]]);
      s = Math.max(s, b[k]![1]);
    }
    if (s < e) out.push([s, e]);
  }
  return out;
}

function checkInstant(name: string, t: number): void {
  if (!Number.isInteger(t) || t < MIN_INSTANT || t > MAX_INSTANT) {
    throw new RangeError(
      `${name} must be whole epoch ms from 1970-01-01T00:00:00Z to ${new Date(MAX_INSTANT).toISOString()}, got ${t}`,
    );
  }
}

/** Pauses sorted by start with overlaps joined; the input is returned as is when already so. */
function mergePauses(pauses: ReadonlyArray<Pause>): ReadonlyArray<Pause> {
  let ordered = true;
  for (let i = 0; i < pauses.length; i++) {
    const p = pauses[i]!;
    if (!Number.isInteger(p[0]) || !Number.isInteger(p[1]) || p[1] < p[0]) {
      throw new RangeError(
        `pauses[${i}] must be [start, end] whole epoch ms with end >= start, got [${p[0]}, ${p[1]}]`,
      );
    }
    if (i > 0 && p[0] < pauses[i - 1]![1]) ordered = false;
  }
  if (ordered) return pauses;
  const sorted = [...pauses].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
