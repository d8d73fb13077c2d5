// A complaint's own handling clock: business time from its receipt to its first handling (or to now while
// nobody has handled it), on one calendar, against its channel's target.

import type { BusinessCalendar } from './time/calendar';

export interface ComplaintTiming {
  readonly usedMs: number;
  readonly leftMs: number;
  readonly breached: boolean;
  readonly stopped: boolean;
}

export function complaintTiming(
  calendar: BusinessCalendar,
  targetMs: number,
  receivedAt: number,
  handledAt: number | null,
  now: number,
): ComplaintTiming {
  const end = handledAt ?? Math.max(now, receivedAt);
  const usedMs = calendar.elapsed(receivedAt, end);
  return { usedMs, leftMs: targetMs - usedMs, breached: usedMs > targetMs, stopped: handledAt !== null };
}
