// A customer's users (seed 001: the user is served, the customer pays). A VIP user's issues are graded as
// if the customer's tier were one step stricter (see src/domain/customer.ts). Zod-free (the browser
// imports it); the schema is in customer-user-payloads.ts.

export const CUSTOMER_USER_TIERS = ['vip', 'standard'] as const;
export type CustomerUserTier = (typeof CUSTOMER_USER_TIERS)[number];

export type { CustomerUser } from './customer-user-payloads';

export const CUSTOMER_USER = {
  list: 'customerUser.list',
  save: 'customerUser.save',
  remove: 'customerUser.remove',
} as const;
