// Holidays are data: a calendar's official days off and make-up working days are per-date overrides, which
// governments publish a year at a time (China's State Council each November or December). A calendar's
// holidays are known through the end of the last year its overrides reach; within 60 days of that an
// admin is told to add next year's to the configuration (no release needed).

import type { SetupFinding } from '../../contract/admin';
import type { ConfigDoc } from '../../domain/config/schema';

const NOTICE_MS = 60 * 86_400_000;

export function holidayFindings(doc: ConfigDoc, now: number): SetupFinding[] {
  const out: SetupFinding[] = [];
  doc.calendars.forEach((cal, i) => {
    const dates = Object.keys(cal.spec.overrides ?? {}).sort();
    const last = dates.at(-1);
    if (last === undefined) return; // a calendar without overrides keeps no holidays to run out of
    const year = Number(last.slice(0, 4));
    // A day either side (time zones) does not matter for a 60-day notice.
    if (Date.UTC(year, 11, 31) - now > NOTICE_MS) return;
    const hours = Object.values(cal.spec.weekly).find((d) => d.length > 0) ?? [];
    out.push({
      path: `calendars[${i}].spec.overrides`,
      severity: 'warning',
      code: 'holidays-ending',
      message:
        `Calendar "${cal.id}" knows holidays only through ${year} (its last override is ${last}); ` +
        `add ${year + 1}'s as overrides once they are published: a day off is "${year + 1}-MM-DD": [], ` +
        `a make-up working day gets that day's hours, e.g. "${year + 1}-MM-DD": ${JSON.stringify(hours)}.`,
    });
  });
  return out;
}
