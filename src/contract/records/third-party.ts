// Third parties (certification bodies, regulators, other providers) and the information-sharing agreement
// with each in 5W1H, with its authorisation and periodic review. Zod-free (the browser imports it); the
// schema is in third-party-payloads.ts.

export const THIRD_PARTY_KINDS = ['certification', 'supervision', 'provider'] as const;
export type ThirdPartyKind = (typeof THIRD_PARTY_KINDS)[number];

/** The agreement's six questions, in seed 003's order. */
export const FIVE_W_ONE_H = ['what', 'why', 'who', 'when', 'where', 'how'] as const;
export type FiveWOneH = (typeof FIVE_W_ONE_H)[number];

export type { ThirdParty } from './third-party-payloads';

export const THIRD_PARTY = {
  list: 'thirdParty.list',
  save: 'thirdParty.save',
  remove: 'thirdParty.remove',
  /** The agreement was reviewed today: the next review moves reviewDays on. */
  reviewed: 'thirdParty.reviewed',
  /** Today where the service organisation works (the default calendar's zone): what is due is on or before it. */
  today: 'thirdParty.today',
} as const;
