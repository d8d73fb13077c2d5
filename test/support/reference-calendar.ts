// The plain reference for business time: step through every minute, read its wall clock with Intl, and
// ask the spec directly whether that reading is working time. Slow and obviously right; it shares no code
// with src/domain/time. Its inputs (instants, pauses) are whole minutes, as the generators make them.

import type { CalendarSpec } from '../../src/domain/time/calendar';

const MINUTE = 60_000;

interface Wall {
  date: string; // YYYY-MM-DD
  prevDate: string;
  weekday: number; // ISO
  prevWeekday: number;
  minute: number; // minute of the day
}

// Wall readings depend on the zone only, so they are shared by every calendar of a zone (speed only).
const wallMemo = new Map<string, Map<number, Wall>>();

export class ReferenceCalendar {
  private readonly fmt: Intl.DateTimeFormat;
  private readonly walls: Map<number, Wall>;

  constructor(private readonly spec: CalendarSpec) {
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: spec.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    let walls = wallMemo.get(spec.timeZone);
    if (!walls) wallMemo.set(spec.timeZone, (walls = new Map<number, Wall>()));
    this.walls = walls;
  }

  private wall(t: number): Wall {
    let w = this.walls.get(t);
    if (!w) this.walls.set(t, (w = this.readWall(t)));
    return w;
  }

  private readWall(t: number): Wall {
    const parts: Record<string, string> = {};
    for (const p of this.fmt.formatToParts(t)) parts[p.type] = p.value;
    const y = Number(parts.year);
    const mo = Number(parts.month);
    const d = Number(parts.day);
    const today = new Date(Date.UTC(y, mo - 1, d));
    const yesterday = new Date(Date.UTC(y, mo - 1, d - 1));
    const iso = (x: Date) => x.toISOString().slice(0, 10);
    const wd = (x: Date) => (x.getUTCDay() === 0 ? 7 : x.getUTCDay());
    return {
      date: iso(today),
      prevDate: iso(yesterday),
      weekday: wd(today),
      prevWeekday: wd(yesterday),
      minute: Number(parts.hour) * 60 + Number(parts.minute),
    };
  }

  private rangesOf(date: string, weekday: number): Array<[string, string]> {
    const o = this.spec.overrides?.[date];
    if (o) return o;
    return this.spec.weekly[weekday as 1] ?? [];
  }

  /** Is the minute starting at t working time? */
  isWorking(t: number): boolean {
    const w = this.wall(t);
    const min = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
    let working = false;
    for (const [a, b] of this.rangesOf(w.date, w.weekday)) {
      const s = min(a);
      const e = min(b);
      if (e > s ? w.minute >= s && w.minute < e : w.minute >= s) working = true;
    }
    for (const [a, b] of this.rangesOf(w.prevDate, w.prevWeekday)) {
      const s = min(a);
      const e = min(b);
      if (e <= s && w.minute < e) working = true;
    }
    return working;
  }

  private paused(t: number, pauses: ReadonlyArray<readonly [number, number]>): boolean {
    return pauses.some(([s, e]) => t >= s && t < e);
  }

  elapsed(from: number, to: number, pauses: ReadonlyArray<readonly [number, number]> = []): number {
    let total = 0;
    for (let t = from; t < to; t += MINUTE) {
      if (this.isWorking(t) && !this.paused(t, pauses)) total += MINUTE;
    }
    return total;
  }

  /** Earliest t >= from with elapsed(from, t) === budget, budget in whole ms; undefined if not by `limit`. */
  deadline(
    from: number,
    budget: number,
    pauses: ReadonlyArray<readonly [number, number]> = [],
    limit = Infinity,
  ): number | undefined {
    let left = budget;
    for (let t = from; t < limit; t += MINUTE) {
      if (left === 0) return t;
      if (this.isWorking(t) && !this.paused(t, pauses)) {
        if (left <= MINUTE) return t + left;
        left -= MINUTE;
      }
    }
    return left === 0 ? limit : undefined;
  }
}
