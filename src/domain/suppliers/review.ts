// Third-party agreements are reviewed periodically: the next review falls `days` after the day of this one.

import { DAY_MS } from '../time/civil';

/** 'YYYY-MM-DD' plus whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
