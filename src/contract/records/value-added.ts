// Value-added services (增值服务): service beyond the agreement, recorded only when seed 003's four
// principles hold, with a note on each and the cost. Zod-free (the browser imports it); the schema is in
// value-added-payloads.ts.

/** Seed 003's four principles, in its order. */
export const VALUE_ADDED_CHECKS = ['agreedServiceUnaffected', 'fitsNeed', 'costAcceptable', 'canExtend'] as const;
export type ValueAddedCheck = (typeof VALUE_ADDED_CHECKS)[number];

export type { ValueAdded } from './value-added-payloads';

export const VALUE_ADDED = { list: 'valueAdded.list', save: 'valueAdded.save', remove: 'valueAdded.remove' } as const;
