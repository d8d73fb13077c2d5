// Contracts: the SLA policy a customer buys, its term, and when to remind the account manager to renew.
// Zod-free (the browser imports it); the schema is in contract-payloads.ts.

export type { Contract } from './contract-payloads';

export const CONTRACT = { list: 'contract.list', save: 'contract.save', remove: 'contract.remove' } as const;

/** What the list shows beside a contract: when its renewal reminder was raised, if it was. */
export interface ContractReminded {
  readonly remindedAt: number | null;
}
