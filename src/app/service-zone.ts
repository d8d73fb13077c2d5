// Where the service works: the zone of the configuration's default calendar. Follow-ups' due dates, KPI
// facts' months and the gadgets' month windows all read time there.

import type { ConfigDoc } from '../domain/config/schema';
import { latest, loadConfigs } from './config';

export const zoneOf = (doc: ConfigDoc): string =>
  doc.calendars.find((c) => c.id === doc.defaultCalendar)!.spec.timeZone;

export async function serviceZone(): Promise<string> {
  return zoneOf(latest(await loadConfigs()).doc);
}
