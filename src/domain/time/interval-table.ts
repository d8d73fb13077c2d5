// Sorted working intervals with running totals, grown a UTC year at a time in either direction as
// queries reach further. cum(t) — working ms from an arbitrary origin to t — turns every business-time
// question into two binary searches.

import { DAY_MS, FIRST_YEAR, LAST_YEAR, MAX_INSTANT, utcYear, yearStart } from './civil';
import type { NormalSpec } from './spec';
import { buildYear, type YearIntervals } from './year-intervals';

export class IntervalTable {
  private starts = new Float64Array(0);
  private dayIndex = new Int32Array(0);
  private ends = new Float64Array(0);
  /** cumEnd[i] = cum(ends[i]). */
  private cumEnd = new Float64Array(0);
  /** cum(lo). */
  private base = 0;
  private loYear = 0;
  private hiYear = -1; // covered years are loYear..hiYear; empty when hiYear < loYear
  /** Covered instants: [lo, hi]. */
  private lo = 0;
  private hi = -1;

  constructor(private readonly spec: NormalSpec) {}

  /** Makes sure [a, b] is covered; a and b must be within the supported range. */
  cover(a: number, b: number): void {
    if (a >= this.lo && b <= this.hi) return;
    const first = utcYear(a);
    const last = Math.min(utcYear(b), LAST_YEAR);
    if (this.hiYear < this.loYear) {
      this.append(first, last);
      return;
    }
    if (first < this.loYear) this.prepend(first, this.loYear - 1);
    if (last > this.hiYear) this.append(this.hiYear + 1, last);
  }

  /** Working ms from the origin to t; t must be covered. */
  cum(t: number): number {
    const ends = this.ends;
    const n = ends.length;
    // The day index points at the first interval ending after that UTC day begins; a day holds few.
    let i = this.dayIndex[Math.floor((t - this.lo) / DAY_MS)] ?? n;
    while (i < n && ends[i]! <= t) i++;
    if (i === n) return n === 0 ? this.base : this.cumEnd[n - 1]!;
    const start = this.starts[i]!;
    return t > start ? this.cumEnd[i]! - (ends[i]! - t) : this.cumEnd[i]! - (ends[i]! - start);
  }

  /** Working intervals meeting [a, b), clipped to it, in order; rows split at a year's end are joined. */
  intervals(a: number, b: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    if (b <= a) return out;
    this.cover(a, b);
    const ends = this.ends;
    const n = ends.length;
    let i = this.dayIndex[Math.floor((a - this.lo) / DAY_MS)] ?? n;
    while (i < n && ends[i]! <= a) i++;
    for (; i < n && this.starts[i]! < b; i++) {
      const s = Math.max(this.starts[i]!, a);
      const e = Math.min(ends[i]!, b);
      const last = out[out.length - 1];
      if (last && last[1] === s) last[1] = e;
      else out.push([s, e]);
    }
    return out;
  }

  /** Earliest instant at which cum reaches c (c above cum of some covered instant); grows forward as needed. */
  reach(c: number): number {
    for (;;) {
      const cumEnd = this.cumEnd;
      const n = cumEnd.length;
      if (n > 0 && cumEnd[n - 1]! >= c) {
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cumEnd[mid]! >= c) hi = mid;
          else lo = mid + 1;
        }
        return this.ends[lo]! - (cumEnd[lo]! - c);
      }
      if (this.hiYear >= LAST_YEAR) {
        throw new RangeError(
          `the budget runs past ${new Date(MAX_INSTANT).toISOString()}, the end of the supported range`,
        );
      }
      this.append(this.hiYear + 1, this.hiYear + 1);
    }
  }

  private append(firstYear: number, lastYear: number): void {
    const wasEmpty = this.hiYear < this.loYear;
    const years = this.build(firstYear, lastYear);
    const running = this.cumEnd.length ? this.cumEnd[this.cumEnd.length - 1]! : this.base;
    this.splice(rows(years, running), false);
    if (wasEmpty) {
      this.loYear = firstYear;
      this.lo = yearStart(firstYear);
    }
    this.hiYear = lastYear;
    this.hi = yearStart(lastYear + 1);
    this.index();
  }

  private prepend(firstYear: number, lastYear: number): void {
    const years = this.build(firstYear, lastYear);
    this.base -= years.reduce((sum, y) => sum + y.total, 0);
    this.splice(rows(years, this.base), true);
    this.loYear = firstYear;
    this.lo = yearStart(firstYear);
    this.index();
  }

  private build(firstYear: number, lastYear: number): YearIntervals[] {
    const years: YearIntervals[] = [];
    for (let y = Math.max(firstYear, FIRST_YEAR); y <= lastYear; y++) years.push(buildYear(this.spec, y));
    return years;
  }

  /** Adds [start, end, cumEnd] triples before or after the current rows. */
  private splice(triples: number[], before: boolean): void {
    const n = this.starts.length;
    const m = triples.length / 3;
    const starts = new Float64Array(n + m);
    const ends = new Float64Array(n + m);
    const cumEnd = new Float64Array(n + m);
    const at = before ? 0 : n;
    const old = before ? m : 0;
    starts.set(this.starts, old);
    ends.set(this.ends, old);
    cumEnd.set(this.cumEnd, old);
    for (let k = 0; k < m; k++) {
      starts[at + k] = triples[3 * k]!;
      ends[at + k] = triples[3 * k + 1]!;
      cumEnd[at + k] = triples[3 * k + 2]!;
    }
    this.starts = starts;
    this.ends = ends;
    this.cumEnd = cumEnd;
  }

  /** Rebuilds the day index once the covered range is final for this growth step. */
  private index(): void {
    const days = Math.round((this.hi - this.lo) / DAY_MS);
    const idx = new Int32Array(days + 1);
    const ends = this.ends;
    let i = 0;
    for (let d = 0; d <= days; d++) {
      const dayStart = this.lo + d * DAY_MS;
      while (i < ends.length && ends[i]! <= dayStart) i++;
      idx[d] = i;
    }
    this.dayIndex = idx;
  }
}

/** [start, end, cumEnd] triples of consecutive years, running totals starting from `cum`. */
function rows(years: ReadonlyArray<YearIntervals>, cum: number): number[] {
  const out: number[] = [];
  for (const { bounds } of years) {
    for (let k = 0; k < bounds.length; k += 2) {
      cum += bounds[k + 1]! - bounds[k]!;
      out.push(bounds[k]!, bounds[k + 1]!, cum);
    }
  }
  return out;
}
