// Today's date where the service works (the configuration's default calendar's zone): what follow-ups'
// due dates are compared with, by the log and by the daily reminders alike.

import { wallClock } from '../../domain/time/format';
import { serviceZone } from '../service-zone';

export async function serviceToday(now: number): Promise<string> {
  return wallClock(now, await serviceZone()).slice(0, 10);
}
