// When a contract's renewal reminder is due: from `remindDays` before it ends until it ends, once per term
// (a reminder raised before this term's window opened was for an earlier end date).

const DAY_MS = 86_400_000;

/** The calendar day `n` days after `day` (both 'YYYY-MM-DD'). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day of instant `t` in `timeZone`. */
export function dayIn(t: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
}

export interface RenewalTerm {
  readonly ends: string;
  readonly remindDays: number;
  /** The day the last reminder was raised, or null. */
  readonly remindedOn: string | null;
}

export function reminderDue(c: RenewalTerm, today: string): boolean {
  const opens = addDays(c.ends, -c.remindDays);
  if (today < opens || today > c.ends) return false;
  return c.remindedOn === null || c.remindedOn < opens;
}
