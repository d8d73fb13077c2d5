// Complaints' handling clocks as the list shows them: each on its customer's calendar, or the
// configuration's default calendar when there is no customer or it names none, against the channel's
// target (escalation.complaints.handling in the configuration in force).

import { z } from 'zod';
import type { ComplaintClock, Feedback } from '../../contract/records/feedback';
import { complaintTiming } from '../../domain/complaint-clock';
import { MINUTE_MS } from '../../domain/time/civil';
import { rowsWhereIn } from '../../platform/sql/records';
import { latest, loadConfigs } from '../config';
import type { ProjectCall } from '../records/kind';

const calendarRow = z.looseObject({ id: z.string(), calendar: z.string().nullable() });

type Timed = Pick<Feedback, 'kind' | 'via' | 'customerId' | 'receivedAt' | 'handledAt'>;

/** One clock per record, in order (null for praise). */
export async function complaintClocks(
  call: ProjectCall,
  items: readonly Timed[],
): Promise<Array<ComplaintClock | null>> {
  if (!items.some((f) => f.kind === 'complaint')) return items.map(() => null);
  const cfg = latest(await loadConfigs());
  const ids = [...new Set(items.flatMap((f) => (f.kind === 'complaint' && f.customerId ? [f.customerId] : [])))];
  const customers = ids.length ? await rowsWhereIn('itr_customer', calendarRow, call.project.id, 'id', ids) : [];
  const calendarOf = new Map(customers.map((c) => [c.id, c.calendar]));
  const targets = cfg.doc.escalation.complaints.handling;
  return items.map((f) => {
    if (f.kind !== 'complaint') return null;
    const named = f.customerId ? calendarOf.get(f.customerId) : null;
    const calendar = named && cfg.calendars.has(named) ? named : cfg.doc.defaultCalendar;
    const targetMs = targets[f.via] * MINUTE_MS;
    const t = complaintTiming(cfg.calendars.get(calendar)!, targetMs, f.receivedAt, f.handledAt, call.now);
    return { calendar, targetMs, ...t };
  });
}
