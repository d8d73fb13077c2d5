// A year's days off and make-up working days (调休), pasted as lines, turned into calendar overrides: a
// day off is [] and a make-up day gets the calendar's normal weekday hours. Pure, so the admin page
// parses as the admin types and the tests check it without a browser.
//
//   2027-01-01 off            one date and its kind (off / work, or 休 / 班), anything after is a note
//   2027-02-10..2027-02-17 off   a range (also "~"), at most 31 days
//   off:                      a heading: the dates below it without a kind are days off (work: / 班: …)
//   2027-10-01
//   # a comment

export type TimeRange = readonly [string, string];

export type HolidayLineError =
  | { readonly line: number; readonly code: 'date'; readonly text: string }
  | { readonly line: number; readonly code: 'kind'; readonly text: string }
  | { readonly line: number; readonly code: 'range'; readonly text: string }
  | { readonly line: number; readonly code: 'twice'; readonly date: string; readonly first: number }
  | { readonly line: number; readonly code: 'noHours' };

export interface HolidayImport {
  readonly overrides: Readonly<Record<string, readonly TimeRange[]>>;
  readonly daysOff: number;
  readonly workDays: number;
  readonly errors: readonly HolidayLineError[];
}

const OFF = new Set(['off', 'holiday', 'day-off', '休', '假', '休息', '放假']);
const WORK = new Set(['work', 'workday', 'make-up', 'makeup', '班', '上班', '补班', '调休']);
const HEADING = /^(\S+?)\s*[:：]$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 31;

type Kind = 'off' | 'work';
const kindOf = (word: string): Kind | null =>
  OFF.has(word.toLowerCase()) ? 'off' : WORK.has(word.toLowerCase()) ? 'work' : null;

/** Day number of a real calendar date "YYYY-MM-DD", or null. */
function dayOf(text: string): number | null {
  if (!DATE.test(text)) return null;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t / DAY_MS : null;
}
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `workHours`: what a make-up working day gets (the calendar's normal weekday hours). */
export function parseHolidayLines(text: string, workHours: readonly TimeRange[]): HolidayImport {
  const overrides: Record<string, readonly TimeRange[]> = {};
  const seenAt = new Map<string, number>();
  const errors: HolidayLineError[] = [];
  let heading: Kind | null = null;
  let daysOff = 0;
  let workDays = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const s = raw.replace(/#.*$/, '').trim();
    if (s === '') return;
    const head = HEADING.exec(s);
    if (head) {
      const k = kindOf(head[1]!);
      if (k === null) errors.push({ line, code: 'kind', text: head[1]! });
      heading = k;
      return;
    }
    const [first = '', word] = s.split(/[\s,，]+/);
    const [from = '', to = from] = first.split(/\.\.|~|～/);
    const a = dayOf(from);
    const b = dayOf(to);
    if (a === null || b === null) return void errors.push({ line, code: 'date', text: a === null ? from : to });
    if (b < a || b - a >= MAX_RANGE_DAYS) return void errors.push({ line, code: 'range', text: first });
    const kind = word === undefined ? heading : kindOf(word);
    if (kind === null) return void errors.push({ line, code: 'kind', text: word ?? '' });
    if (kind === 'work' && workHours.length === 0) return void errors.push({ line, code: 'noHours' });
    for (let d = a; d <= b; d++) {
      const date = dateOf(d);
      const earlier = seenAt.get(date);
      if (earlier !== undefined) {
        errors.push({ line, code: 'twice', date, first: earlier });
        continue;
      }
      seenAt.set(date, line);
      overrides[date] = kind === 'off' ? [] : workHours.map(([x, y]): TimeRange => [x, y]);
      if (kind === 'off') daysOff++;
      else workDays++;
    }
  });
  return { overrides, daysOff, workDays, errors };
}
