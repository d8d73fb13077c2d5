// Builds the working intervals (UTC instants) of one UTC year from a normal spec. An instant is working
// iff its wall-clock reading lies in a wall interval, so each wall interval maps back through every offset
// segment: a DST gap maps to nothing, a DST overlap maps twice. The result is sorted, merged, clipped.

import { DAY_MS, MINUTE_MS, isoWeekday, yearStart } from './civil';
import type { NormalSpec } from './spec';
import { yearSegments } from './zone';

export interface YearIntervals {
  /** Alternating [start0, end0, start1, end1, …], strictly increasing, within the year. */
  readonly bounds: number[];
  /** Total working ms of the year. */
  readonly total: number;
}

export function buildYear(spec: NormalSpec, year: number): YearIntervals {
  const from = yearStart(year);
  const to = yearStart(year + 1);
  const segments = yearSegments(spec.timeZone, year);
  let minOffset = Infinity;
  let maxOffset = -Infinity;
  for (const s of segments) {
    minOffset = Math.min(minOffset, s.offset);
    maxOffset = Math.max(maxOffset, s.offset);
  }
  // Local dates whose intervals (up to two days long when they run past midnight) can reach this year.
  const firstDay = Math.floor((from + minOffset) / DAY_MS) - 2;
  const lastDay = Math.floor((to + maxOffset) / DAY_MS);

  const raw: Array<[number, number]> = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const intervals = spec.overrides.get(day) ?? spec.weekly[isoWeekday(day)]!;
    const midnight = day * DAY_MS;
    for (const [s, e] of intervals) {
      const wallFrom = midnight + s * MINUTE_MS;
      const wallTo = midnight + e * MINUTE_MS;
      for (const seg of segments) {
        const a = Math.max(wallFrom - seg.offset, seg.from, from);
        const b = Math.min(wallTo - seg.offset, seg.to, to);
        if (a < b) raw.push([a, b]);
      }
    }
  }
  raw.sort((x, y) => x[0] - y[0]);

  const bounds: number[] = [];
  let total = 0;
  for (const [a, b] of raw) {
    const n = bounds.length;
    if (n > 0 && a <= bounds[n - 1]!) {
      if (b > bounds[n - 1]!) {
        total += b - bounds[n - 1]!;
        bounds[n - 1] = b;
      }
    } else {
      bounds.push(a, b);
      total += b - a;
    }
  }
  return { bounds, total };
}
