// A cycle's timeline: where its clock counted, where a status paused it, where its calendar was closed
// (evenings, weekends) and where a holiday closed it; for a clock still running, the same up to its
// deadline, so an agent sees why the deadline is what it is.

import type { BusinessCalendar } from '../time/calendar';
import type { Span } from './cycles';

export type SegmentKind = 'counting' | 'paused' | 'closed' | 'holiday';

export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly kind: SegmentKind;
  /** After now: how the calendar will count if no status pauses the clock. */
  readonly ahead?: true;
}

export interface CycleTimeline {
  readonly start: number;
  readonly stop: number | null;
  readonly segments: readonly Segment[];
  /** Earlier segments left out to keep the view small. */
  readonly omitted: number;
}

/** The most segments kept per cycle: the latest ones (a week of nights and days is about 15). */
export const MAX_SEGMENTS = 80;

/**
 * Segments of [start, end), end being the stop, or for a running cycle the later of now and its deadline.
 * A status pause wins over the calendar (the clock would not count anyway); after now only the calendar
 * is known. Adjacent segments of one kind are joined.
 */
export function cycleTimeline(
  cal: BusinessCalendar,
  cycle: { readonly start: number; readonly stop: number | null; readonly deadline?: number },
  pauses: readonly Span[],
  now: number,
): CycleTimeline {
  const { start, stop } = cycle;
  const end = stop ?? Math.max(now, cycle.deadline ?? now);
  const open = cal.openings(start, end);
  const holidays = cal.holidays(start, end);
  const past = stop ?? now;
  const paused = pauses
    .filter(([a, b]) => b > start && a < past)
    .map(([a, b]): Span => [Math.max(a, start), Math.min(b, past)]);
  const cuts = new Set<number>([start, end]);
  if (stop === null && now > start && now < end) cuts.add(now);
  for (const list of [open, holidays, paused]) for (const [a, b] of list) cuts.add(a).add(b);
  const points = [...cuts].filter((t) => t >= start && t <= end).sort((a, b) => a - b);

  const segments: Segment[] = [];
  const at = [0, 0, 0]; // cursors into open, holidays, paused: each list is sorted and disjoint
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const kind: SegmentKind = inside(paused, from, at, 2)
      ? 'paused'
      : inside(open, from, at, 0)
        ? 'counting'
        : inside(holidays, from, at, 1)
          ? 'holiday'
          : 'closed';
    add(segments, { from, to, kind, ...(stop === null && from >= now ? { ahead: true as const } : {}) });
  }
  bridgeHolidays(segments);
  const omitted = Math.max(0, segments.length - MAX_SEGMENTS);
  return { start, stop, segments: omitted > 0 ? segments.slice(omitted) : segments, omitted };
}

/** Appends a segment, joined to the last one when it is of the same kind and side of now. */
function add(segments: Segment[], x: Segment): void {
  const last = segments[segments.length - 1];
  if (last && last.kind === x.kind && last.to === x.from && last.ahead === x.ahead)
    segments[segments.length - 1] = { ...last, to: x.to };
  else segments.push(x);
}

/** Closed time between two holiday spans (the nights and lunch breaks of a holiday week) is holiday too. */
function bridgeHolidays(segments: Segment[]): void {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const x = segments[i]!;
    const before = out[out.length - 1];
    const after = segments[i + 1];
    const bridged =
      x.kind === 'closed' && before?.kind === 'holiday' && after?.kind === 'holiday' && before.ahead === after.ahead;
    add(out, bridged ? { ...x, kind: 'holiday' } : x);
  }
  segments.splice(0, segments.length, ...out);
}

/** Whether t lies in one of the sorted disjoint spans; the cursor only moves forward (t never decreases). */
function inside(spans: readonly Span[], t: number, cursor: number[], k: number): boolean {
  let i = cursor[k]!;
  while (i < spans.length && spans[i]![1] <= t) i++;
  cursor[k] = i;
  return i < spans.length && spans[i]![0] <= t;
}
