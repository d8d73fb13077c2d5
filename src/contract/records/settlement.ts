// Settlement periods (结算): what a budget's service billed and received from when to when. A closed
// period is final: it and the recorded costs dated inside it never change again. Zod-free (the browser
// imports it); the schema is in settlement-payloads.ts.

export type { Settlement } from './settlement-payloads';

export const SETTLEMENT_STATUSES = ['open', 'closed'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];

export const SETTLEMENT = { list: 'settlement.list', save: 'settlement.save', remove: 'settlement.remove' } as const;
