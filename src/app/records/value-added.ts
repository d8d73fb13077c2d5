// Value-added services as a record kind.

import { z } from 'zod';
import { valueAddedPayload, type ValueAdded } from '../../contract/records/value-added-payloads';
import { customerRefusals } from './customer-exists';
import type { RecordKind } from './kind';

const row = z.object({
  id: z.string(),
  customer_id: z.string(),
  title: z.string(),
  delivered_on: z.string(),
  cost_cents: z.coerce.number(),
  checks: z.string(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});

export const valueAddedKind: RecordKind<
  ValueAdded,
  z.infer<typeof row>,
  'deliveredOn' | 'title' | 'cost',
  'customerId'
> = {
  name: 'valueAdded',
  table: 'itr_value_added',
  payload: valueAddedPayload,
  row,
  toColumns: (v) => ({
    customer_id: v.customerId,
    title: v.title,
    delivered_on: v.deliveredOn,
    cost_cents: v.costCents,
    checks: JSON.stringify(v.checks),
  }),
  fromRow: (r) => ({
    id: r.id,
    customerId: r.customer_id,
    title: r.title,
    deliveredOn: r.delivered_on,
    costCents: r.cost_cents,
    checks: valueAddedPayload.shape.checks.parse(JSON.parse(r.checks)),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['title'],
  sort: { deliveredOn: 'delivered_on', title: 'title', cost: 'cost_cents' },
  defaultSort: { by: 'deliveredOn', dir: 'desc' },
  filters: { customerId: 'customer_id' },
  check: (v, call) => customerRefusals(v.customerId, 'customerId', call),
};
