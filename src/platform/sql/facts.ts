// KPI facts in SQL (append-only): INSERT IGNORE, so a fact written again, by a retried evaluation, a
// recalculation or a prune, changes nothing. Also the reads the fact writer needs: the projects' supplier
// tiers, and the stored closed issues a recalculation backfills facts from.

import { z } from 'zod';
import type { IssueFact, OlaFact, SlaFact } from '../../domain/kpi-facts';
import { refreshSlaMonths } from './sla-month';
import { rows, write } from './store';

type Param = string | number | null;
const BATCH = 200;
const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

async function insertIgnore<T>(table: string, columns: string, items: readonly T[], values: (t: T) => Param[]) {
  const width = columns.split(',').length;
  for (let i = 0; i < items.length; i += BATCH) {
    const b = items.slice(i, i + BATCH);
    await write(
      `INSERT IGNORE INTO ${table} (${columns}) VALUES ${b.map(() => `(${marks(width)})`).join(', ')}`,
      ...b.flatMap(values),
    );
  }
}

const SLA_COLUMNS =
  'issue_id, goal, cycle_start, issue_key, project, month, service, service_type, grade, customer, tier, supplier, cycle_stop, target_ms, elapsed_ms, met, config_version';
const OLA_COLUMNS =
  'issue_id, tier, cycle_start, issue_key, project, month, customer, service_type, supplier, cycle_stop, target_ms, elapsed_ms, met';
const ISSUE_COLUMNS = 'issue_id, issue_key, project, month, customer, service_type, grade';

export async function addSlaFacts(facts: readonly SlaFact[]): Promise<void> {
  await insertIgnore('itr_kpi_fact', SLA_COLUMNS, facts, (f) => [
    Number(f.issueId),
    f.goal,
    f.start,
    f.issueKey,
    f.project,
    f.month,
    f.service,
    f.serviceType,
    f.grade,
    f.customer,
    f.tier,
    f.supplier,
    f.stop,
    f.targetMs,
    f.elapsedMs,
    f.met ? 1 : 0,
    f.configVersion,
  ]);
}

export async function addOlaFacts(facts: readonly OlaFact[]): Promise<void> {
  await insertIgnore('itr_fact_ola', OLA_COLUMNS, facts, (f) => [
    Number(f.issueId),
    f.tier,
    f.start,
    f.issueKey,
    f.project,
    f.month,
    f.customer,
    f.serviceType,
    f.supplier,
    f.stop,
    f.targetMs,
    f.elapsedMs,
    f.met ? 1 : 0,
  ]);
}

export async function addIssueFacts(facts: readonly IssueFact[]): Promise<void> {
  await insertIgnore('itr_fact_issue', ISSUE_COLUMNS, facts, (f) => [
    Number(f.issueId),
    f.issueKey,
    f.project,
    f.month,
    f.customer,
    f.serviceType,
    f.grade,
  ]);
}

const supplierRow = z.object({ project_id: z.string(), id: z.string(), tier: z.string().nullable() });
export type SupplierTierRow = z.infer<typeof supplierRow>;

/** The suppliers of these projects (by Jira project id) with the support tier each holds. */
export async function supplierTiers(projectIds: readonly string[]): Promise<SupplierTierRow[]> {
  if (projectIds.length === 0) return [];
  return rows(
    supplierRow,
    `SELECT project_id, id, tier FROM itr_supplier WHERE project_id IN (${marks(projectIds.length)})`,
    ...projectIds,
  );
}

const num = z.coerce.number();
const closedRow = z.object({
  issue_id: num,
  issue_key: z.string(),
  project: z.string(),
  snapshot: z.string(),
  state: z.string(),
});
export type ClosedIssueRow = z.infer<typeof closedRow>;

/** Evaluated in-scope issues closed at their last change, after `afterId` in id order: a page of them. */
export async function closedIssuesAfter(afterId: number, limit: number): Promise<ClosedIssueRow[]> {
  return rows(
    closedRow,
    `SELECT issue_id, issue_key, project, snapshot, state FROM itr_issue
     WHERE issue_id > ? AND open_flag = 0 AND in_scope = 1 AND state IS NOT NULL ORDER BY issue_id LIMIT ${limit}`,
    afterId,
  );
}

const spanRow = z.object({ first: num.nullable(), last: num.nullable() });

/** The earliest and latest stop of the SLA facts (read on the cycle_stop index). */
export async function slaFactSpan(): Promise<{ first: number | null; last: number | null }> {
  const [r] = await rows(spanRow, 'SELECT MIN(cycle_stop) AS first, MAX(cycle_stop) AS last FROM itr_kpi_fact');
  return r ?? { first: null, last: null };
}

const projectRow = z.object({ project: z.string() });

/** Facts written before they had a month (pruning's, before v008) get the month their cycle stopped in;
 * the projects whose facts got it are rolled up again for that month. */
export async function setMissingMonth(month: string, from: number, to: number): Promise<number> {
  const projects = await rows(
    projectRow,
    'SELECT DISTINCT project FROM itr_kpi_fact WHERE cycle_stop >= ? AND cycle_stop < ? AND month IS NULL',
    from,
    to,
  );
  if (projects.length === 0) return 0;
  const updated = await write(
    'UPDATE itr_kpi_fact SET month = ? WHERE cycle_stop >= ? AND cycle_stop < ? AND month IS NULL',
    month,
    from,
    to,
  );
  await refreshSlaMonths(projects.map((p) => ({ project: p.project, month })));
  return updated;
}
