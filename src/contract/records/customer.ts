// Customers (seed 001: the customer signs the contract and pays; the user is served). Zod-free (the
// browser imports it); the schema is in customer-payloads.ts.

export type { Customer, CustomerMatching } from './customer-payloads';

export const CUSTOMER = { list: 'customer.list', save: 'customer.save', remove: 'customer.remove' } as const;

/** Where a customer record came from. */
export type CustomerSource = 'manual' | 'jsm' | 'csv';
