// The supplier scorecard's reads: a project's suppliers, their audits (few per supplier), and the OLA
// results of the suppliers' tiers per month, one GROUP BY over itr_fact_ola's (project, month, tier, met)
// index.

import { z } from 'zod';
import { rows } from '../store';

const num = z.coerce.number();

const supplier = z.object({ id: z.string(), name: z.string(), tier: z.string().nullable() });
export type SupplierRow = z.infer<typeof supplier>;

export async function projectSuppliers(projectId: string): Promise<SupplierRow[]> {
  return rows(
    supplier,
    'SELECT id, name, tier FROM itr_supplier WHERE project_id = ? ORDER BY name, id LIMIT 500',
    projectId,
  );
}

const audit = z.object({
  supplier_id: z.string(),
  period: z.string(),
  scores: z.string(),
  total: num,
  updated_at: num,
});
export type AuditRow = z.infer<typeof audit>;

/** A project's supplier audits (newest edits first: the latest 5,000 are plenty for a scorecard). */
export async function projectAudits(projectId: string): Promise<AuditRow[]> {
  return rows(
    audit,
    `SELECT supplier_id, period, scores, total, updated_at FROM itr_supplier_audit WHERE project_id = ?
     ORDER BY updated_at DESC LIMIT 5000`,
    projectId,
  );
}

const olaGroup = z.object({ month: z.string(), tier: z.string(), supplier: z.string().nullable(), met: num, n: num });
export type OlaGroup = z.infer<typeof olaGroup>;

export const OLA_BY_TIER_SQL = (tiers: number) =>
  `SELECT month, tier, supplier, SUM(met) AS met, COUNT(*) AS n FROM itr_fact_ola
   WHERE project = ? AND month >= ? AND month <= ? AND tier IN (${Array(tiers).fill('?').join(',')})
   GROUP BY month, tier, supplier`;

/** Completed OLA cycles of some tiers of a project per month, tier and supplier: met and in all. */
export async function olaByTier(
  projectKey: string,
  from: string,
  to: string,
  tiers: readonly string[],
): Promise<OlaGroup[]> {
  if (tiers.length === 0) return [];
  return rows(olaGroup, OLA_BY_TIER_SQL(tiers.length), projectKey, from, to, ...tiers);
}
