// Underpinning contracts as a record kind. The supplier, grades and SLA policies they name must exist; a UC
// looser than an SLA it backs is saved and flagged, not refused: the contract is signed as it is, and the
// record should say so (the flags are what the service manager renegotiates from).

import { z } from 'zod';
import { underpinningPayload, type Underpinning } from '../../contract/records/underpinning-payloads';
import { latest, loadConfigs } from '../config';
import { supplierRefusals } from '../suppliers/supplier-exists';
import type { ProjectCall, RecordKind, Refusal } from './kind';

const row = z.object({
  id: z.string(),
  supplier_id: z.string(),
  title: z.string(),
  starts: z.string(),
  ends: z.string(),
  targets: z.string(),
  supports: z.string(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});

async function refusals(u: Underpinning, call: ProjectCall): Promise<Refusal[]> {
  const doc = latest(await loadConfigs()).doc;
  const grades = doc.grading.grades.map((g) => g.id);
  const policies = doc.sla.policies.map((p) => p.id);
  const out = await supplierRefusals(u.supplierId, 'supplierId', call);
  for (const g of Object.keys(u.targets))
    if (!grades.includes(g))
      out.push({
        path: `targets.${g}`,
        message: `The configuration in force has no grade '${g}' (it has ${grades.join(', ')}).`,
      });
  u.supports.forEach((p, i) => {
    if (!policies.includes(p))
      out.push({
        path: `supports.${i}`,
        message: `The configuration in force has no SLA policy '${p}' (it has ${policies.join(', ')}).`,
      });
  });
  return out;
}

export const underpinningKind: RecordKind<
  Underpinning,
  z.infer<typeof row>,
  'title' | 'ends' | 'updated',
  'supplierId'
> = {
  name: 'underpinning',
  table: 'itr_underpinning',
  payload: underpinningPayload,
  row,
  toColumns: (u) => ({
    supplier_id: u.supplierId,
    title: u.title,
    starts: u.starts,
    ends: u.ends,
    targets: JSON.stringify(u.targets),
    supports: JSON.stringify(u.supports),
  }),
  fromRow: (r) => ({
    id: r.id,
    supplierId: r.supplier_id,
    title: r.title,
    starts: r.starts,
    ends: r.ends,
    targets: underpinningPayload.shape.targets.parse(JSON.parse(r.targets)),
    supports: underpinningPayload.shape.supports.parse(JSON.parse(r.supports)),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['title'],
  sort: { title: 'title', ends: 'ends', updated: 'updated_at' },
  defaultSort: { by: 'title', dir: 'asc' },
  filters: { supplierId: 'supplier_id' },
  check: refusals,
};
