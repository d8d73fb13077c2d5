// Durations (business time) and instants (in the reader's zone), in the reader's language.
import type { Text } from './i18n';

export function duration(ms: number, t: Text): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const units = t.lang === 'zh' ? ['天', '小时', '分'] : ['d', 'h', 'm'];
  const parts = [d, h, m].map((n, i) => (n > 0 ? `${n}${units[i]!}` : ''));
  return parts.filter(Boolean).join(t.lang === 'zh' ? '' : ' ') || (t.lang === 'zh' ? '0分' : '0m');
}

export function instant(ms: number, t: Text): string {
  return new Intl.DateTimeFormat(t.locale, { timeZone: t.zone, dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** An instant without the year (timelines): the reader's zone and language. */
export function moment(ms: number, t: Text): string {
  return new Intl.DateTimeFormat(t.locale, {
    timeZone: t.zone,
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

/** The time of day alone, in the reader's zone. */
export function clockTime(ms: number, t: Text): string {
  return new Intl.DateTimeFormat(t.locale, { timeZone: t.zone, hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** Whether two instants fall on one date in the reader's zone. */
export function sameDay(a: number, b: number, t: Text): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: t.zone, dateStyle: 'short' });
  return day.format(a) === day.format(b);
}
