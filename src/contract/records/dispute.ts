// Disputes with a supplier: their stage (coordination → company process → legal, forward only) and how
// each ended. Zod-free (the browser imports it); the schema is in dispute-payloads.ts.

export { DISPUTE_STAGES, type DisputeStage } from '../../domain/suppliers/dispute';
export type { Dispute } from './dispute-payloads';

export const DISPUTE = { list: 'dispute.list', save: 'dispute.save', remove: 'dispute.remove' } as const;
