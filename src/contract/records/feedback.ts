// Complaints and praise (seed 001: a complaint through the customer, the contract holder, outranks one
// from a user; praise is credited to an engineer). Zod-free (the browser imports it); the schema is in
// feedback-payloads.ts.

export type { Feedback } from './feedback-payloads';
import type { Changed } from './changed';
import type { Feedback } from './feedback-payloads';

export const FEEDBACK_KINDS = ['complaint', 'praise'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_CHANNELS = ['customer', 'user'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
/** A complaint's handling: received (open), first handled (handling), closed (resolved). */
export const FEEDBACK_STATUSES = ['open', 'handling', 'resolved'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
/** Where it came in. */
export type FeedbackSource = 'panel' | 'project' | 'survey';

export const FEEDBACK = { list: 'feedback.list', save: 'feedback.save', remove: 'feedback.remove' } as const;

/** A complaint's handling clock: business time from receipt to first handling against its channel's target. */
export interface ComplaintClock {
  /** The calendar it counts on (the customer's, else the configuration's default). */
  readonly calendar: string;
  readonly targetMs: number;
  /** Business ms used up to first handling, or up to now while it is still open. */
  readonly usedMs: number;
  /** targetMs − usedMs (negative: over). */
  readonly leftMs: number;
  readonly breached: boolean;
  /** Whether the clock has stopped (the complaint was handled). */
  readonly stopped: boolean;
}

/** A record as the list shows it. */
export type FeedbackItem = Feedback &
  Changed & {
    readonly source: FeedbackSource;
    readonly engineerName: string | null;
    /** Complaints only. */
    readonly clock: ComplaintClock | null;
  };
