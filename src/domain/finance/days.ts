// Calendar days ('YYYY-MM-DD') and months ('YYYY-MM') as finance counts them: in the service's zone.

import { DAY_MS, parseDate } from '../time/civil';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, f);
  }
  return f;
}

function wallMs(t: number, zone: string): number {
  const parts = format(zone).formatToParts(t);
  const n = (k: string) => Number(parts.find((p) => p.type === k)!.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'), n('second'));
}

/** The day an instant falls on in `zone`. */
export function dayOf(t: number, zone: string): string {
  return new Date(wallMs(t, zone)).toISOString().slice(0, 10);
}

/** The instant a day starts in `zone` (its first instant when a zone change skips midnight). */
export function dayStart(day: string, zone: string): number {
  const wall = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  let t = wall - (wallMs(wall, zone) - wall);
  // One correction settles a guess made with the offset of the other side of a change.
  t = wall - (wallMs(t, zone) - t);
  return dayOf(t, zone) === day ? t : t + 3_600_000;
}

/** Day number (days since 1970-01-01) of a valid 'YYYY-MM-DD'. */
export function dayNumber(day: string): number {
  const n = parseDate(day);
  if (n === undefined) throw new Error(`not a date: ${day}`);
  return n;
}

export function dayText(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The months from the one holding `from` to the one holding `to`, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return out;
    out.push(month);
    m += 1;
    if (m === 13) {
      y += 1;
      m = 1;
    }
  }
}
