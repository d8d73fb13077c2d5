// A customer's users as a record kind: each belongs to a customer of the project.

import { z } from 'zod';
import { customerUserPayload, type CustomerUser } from '../../contract/records/customer-user-payloads';
import { forgetDirectory } from '../customers/directory';
import { customerRefusals } from './customer-exists';
import type { RecordKind } from './kind';

const row = z.object({
  id: z.string(),
  customer_id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  account_id: z.string().nullable(),
  tier: customerUserPayload.shape.tier,
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});
export type CustomerUserRow = z.infer<typeof row>;

export const customerUserColumns = (u: CustomerUser) => ({
  customer_id: u.customerId,
  name: u.name,
  email: u.email,
  account_id: u.accountId,
  tier: u.tier,
});

export const customerUserKind: RecordKind<
  CustomerUser,
  CustomerUserRow,
  'name' | 'email' | 'tier' | 'updated',
  'customerId' | 'tier'
> = {
  name: 'customerUser',
  table: 'itr_customer_user',
  payload: customerUserPayload,
  row,
  toColumns: (u) => ({ ...customerUserColumns(u), source: 'manual' }),
  fromRow: (r) => ({
    id: r.id,
    customerId: r.customer_id,
    name: r.name,
    email: r.email,
    accountId: r.account_id,
    tier: r.tier,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['name', 'email'],
  sort: { name: 'name', email: 'email', tier: 'tier', updated: 'updated_at' },
  defaultSort: { by: 'name', dir: 'asc' },
  filters: { customerId: 'customer_id', tier: 'tier' },
  check: (u, call) => customerRefusals(u.customerId, 'customerId', call),
  afterWrite: (call) => {
    forgetDirectory(call.project.id);
    return Promise.resolve();
  },
};
