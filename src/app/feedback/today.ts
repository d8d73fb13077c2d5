// Today's date where the service works (the configuration's default calendar's zone): what follow-ups'
// due dates are compared with, by the log and by the daily reminders alike.

import { wallClock } from '../../domain/time/format';
import { latest, loadConfigs } from '../config';

export async function serviceToday(now: number): Promise<string> {
  const cfg = latest(await loadConfigs()).doc;
  const zone = cfg.calendars.find((c) => c.id === cfg.defaultCalendar)!.spec.timeZone;
  return wallClock(now, zone).slice(0, 10);
}
