// Suppliers as a record kind. The tier they hold must be a support tier (OLA) of the configuration in force.

import { z } from 'zod';
import { supplierPayload, type Supplier } from '../../contract/records/supplier-payloads';
import { latest, loadConfigs } from '../config';
import type { RecordKind, Refusal } from './kind';

const row = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.string().nullable(),
  contact: z.string().nullable(),
  subcontracting: z.string(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});

async function tierRefusals(s: Supplier): Promise<Refusal[]> {
  if (s.tier === null) return [];
  const tiers = latest(await loadConfigs()).doc.ola.tiers.map((t) => t.id);
  return tiers.includes(s.tier)
    ? []
    : [
        {
          path: 'tier',
          message: `The configuration in force has no support tier '${s.tier}' (it has ${tiers.join(', ') || 'none'}).`,
        },
      ];
}

export const supplierKind: RecordKind<Supplier, z.infer<typeof row>, 'name' | 'tier' | 'updated', 'tier'> = {
  name: 'supplier',
  table: 'itr_supplier',
  payload: supplierPayload,
  row,
  toColumns: (s) => ({
    name: s.name,
    tier: s.tier,
    contact: s.contact,
    subcontracting: JSON.stringify(s.subcontracting),
  }),
  fromRow: (r) => ({
    id: r.id,
    name: r.name,
    tier: r.tier,
    contact: r.contact,
    subcontracting: supplierPayload.shape.subcontracting.parse(JSON.parse(r.subcontracting)),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['name', 'contact'],
  sort: { name: 'name', tier: 'tier', updated: 'updated_at' },
  defaultSort: { by: 'name', dir: 'asc' },
  filters: { tier: 'tier' },
  check: (s) => tierRefusals(s),
};
