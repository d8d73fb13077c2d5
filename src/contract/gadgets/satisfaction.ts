// "Satisfaction and complaints": per month, the surveys answered, CSAT, the score distribution, complaints
// (through the customer / from a user), praise and the complaint rate per 100 issues, for all of the
// chosen projects and split by customer or by engineer.

import type { BaseSettings } from '../gadgets';

export const SATISFACTION = { data: 'satisfaction.data' } as const;

export const SATISFACTION_SPLITS = ['customer', 'engineer'] as const;
export type SatisfactionSplit = (typeof SATISFACTION_SPLITS)[number];

export interface SatisfactionSettings extends BaseSettings {
  readonly split: SatisfactionSplit;
}

export const DEFAULT_SATISFACTION: SatisfactionSettings = { projects: [], months: 12, refresh: 0, split: 'customer' };

/** CSAT is the share of the answered scores that are at least this (4 or 5 of 1–5), 0–1 like every
 * percent column. */
export const SATISFIED_FROM = 4;

/** The group of a month's row over everything (all customers or engineers). */
export const ALL_GROUP = '*all';
/** The group that sums the customers or engineers beyond the ones shown by name. */
export const OTHER_GROUP = '*other';
/** Customers or engineers shown by name (those with the most surveys and feedback in the window). */
export const NAMED_GROUPS = 8;
/** The group of scores and feedback that name no customer or engineer. */
export const NONE_GROUP = '*none';
