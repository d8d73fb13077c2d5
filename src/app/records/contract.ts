// Contracts as a record kind: the customer must be the project's and the policy one the configuration in
// force defines. An edit leaves reminded_at alone: the renewal job tells a reminder for an earlier term by
// its date (src/app/customers/renewal.ts).

import { z } from 'zod';
import { contractPayload, type Contract } from '../../contract/records/contract-payloads';
import { latest, loadConfigs } from '../config';
import { customerRefusals } from './customer-exists';
import type { ProjectCall, RecordKind, Refusal } from './kind';

const row = z.object({
  id: z.string(),
  customer_id: z.string(),
  title: z.string(),
  policy: z.string(),
  starts: z.string(),
  ends: z.string(),
  value_cents: z.coerce.number().nullable(),
  remind_days: z.coerce.number(),
  reminded_at: z.coerce.number().nullable(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});
export type ContractRow = z.infer<typeof row>;

async function refusals(c: Contract, call: ProjectCall): Promise<Refusal[]> {
  const policies = latest(await loadConfigs()).doc.sla.policies.map((p) => p.id);
  const out = await customerRefusals(c.customerId, 'customerId', call);
  if (!policies.includes(c.policy))
    out.push({
      path: 'policy',
      message: `The configuration in force has no SLA policy '${c.policy}' (it has ${policies.join(', ') || 'none'}).`,
    });
  return out;
}

export const contractKind: RecordKind<
  Contract,
  ContractRow,
  'ends' | 'starts' | 'title' | 'value' | 'updated',
  'customerId' | 'policy'
> = {
  name: 'contract',
  table: 'itr_contract',
  payload: contractPayload,
  row,
  toColumns: (c) => ({
    customer_id: c.customerId,
    title: c.title,
    policy: c.policy,
    starts: c.starts,
    ends: c.ends,
    value_cents: c.valueCents,
    remind_days: c.remindDays,
  }),
  fromRow: (r) => ({
    id: r.id,
    customerId: r.customer_id,
    title: r.title,
    policy: r.policy,
    starts: r.starts,
    ends: r.ends,
    valueCents: r.value_cents,
    remindDays: r.remind_days,
    remindedAt: r.reminded_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['title'],
  sort: { ends: 'ends', starts: 'starts', title: 'title', value: 'value_cents', updated: 'updated_at' },
  defaultSort: { by: 'ends', dir: 'asc' },
  filters: { customerId: 'customer_id', policy: 'policy' },
  check: refusals,
};
