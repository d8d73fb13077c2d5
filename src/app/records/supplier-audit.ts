// Supplier audits as a record kind. The stored audit carries the weights it was totalled with; its save
// goes through ../suppliers/audit-save.ts, which takes the project's weights and computes the total.

import { z } from 'zod';
import { supplierAuditPayload, type SupplierAudit } from '../../contract/records/supplier-audit-payloads';
import { rowsWhereIn } from '../../platform/sql/records';
import { supplierRefusals } from '../suppliers/supplier-exists';
import type { ProjectCall, RecordKind, Refusal } from './kind';

const row = z.object({
  id: z.string(),
  supplier_id: z.string(),
  period: z.string(),
  scores: z.string(),
  total: z.coerce.number(),
  note: z.string(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});

const stored = z.strictObject({
  scores: supplierAuditPayload.shape.scores,
  weights: supplierAuditPayload.shape.weights,
});

/** One audit per supplier and period: a second one is refused (edit the first). */
async function refusals(a: SupplierAudit, call: ProjectCall): Promise<Refusal[]> {
  const out = await supplierRefusals(a.supplierId, 'supplierId', call);
  if (out.length) return out;
  const same = await rowsWhereIn('itr_supplier_audit', row, call.project.id, 'supplier_id', [a.supplierId]);
  if (same.some((r) => r.period === a.period && r.id !== a.id))
    out.push({ path: 'period', message: `This supplier already has an audit for ${a.period}; edit that one.` });
  return out;
}

export const supplierAuditKind: RecordKind<
  SupplierAudit,
  z.infer<typeof row>,
  'period' | 'total' | 'updated',
  'supplierId'
> = {
  name: 'supplierAudit',
  table: 'itr_supplier_audit',
  payload: supplierAuditPayload,
  row,
  toColumns: (a) => ({
    supplier_id: a.supplierId,
    period: a.period,
    scores: JSON.stringify({ scores: a.scores, weights: a.weights }),
    total: a.total,
    note: a.note,
  }),
  fromRow: (r) => {
    const s = stored.parse(JSON.parse(r.scores));
    return {
      id: r.id,
      supplierId: r.supplier_id,
      period: r.period,
      scores: s.scores,
      weights: s.weights,
      total: r.total,
      note: r.note,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    };
  },
  search: ['period', 'note'],
  sort: { period: 'period', total: 'total', updated: 'updated_at' },
  defaultSort: { by: 'period', dir: 'desc' },
  filters: { supplierId: 'supplier_id' },
  check: refusals,
};
