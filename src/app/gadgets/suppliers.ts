// "Supplier scorecard": for each supplier of the chosen projects, its latest audit (the latest period, the
// last edit among equal periods) with the six dimension scores and the weighted total as the audit stored
// them; per month, the OLA cycles its tier completed (the facts naming the supplier, or naming none with
// the supplier's tier in that project) met and late; and its UCs' flags from the Suppliers tab's own check.

import { z } from 'zod';
import type { Cell } from '../../contract/gadgets';
import type { SupplierScorecard, SuppliersSettings } from '../../contract/gadgets/suppliers';
import { supplierAuditPayload } from '../../contract/records/supplier-audit-payloads';
import { AUDIT_DIMENSIONS, periodSpan } from '../../domain/suppliers';
import type { LocalText } from '../../domain/text';
import { projectsWith } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import {
  olaByTier,
  projectAudits,
  projectSuppliers,
  type AuditRow,
  type OlaGroup,
  type SupplierRow,
} from '../../platform/sql/gadgets/suppliers';
import { latest, loadConfigs } from '../config';
import type { GadgetCall } from '../gadget-call';
import { checkProject } from '../suppliers/uc-check';
import { configNames } from './config-names';

export const AUDIT_COLUMNS = [
  { key: 'project', kind: 'text' },
  { key: 'supplier', kind: 'text' },
  { key: 'tier', kind: 'text' },
  { key: 'period', kind: 'text' },
  ...AUDIT_DIMENSIONS.map((d) => ({ key: d, kind: 'score' as const })),
  { key: 'total', kind: 'score' },
] as const;

export const ON_TIME_COLUMNS = [
  { key: 'month', kind: 'month' },
  { key: 'supplier', kind: 'text' },
  { key: 'met', kind: 'count' },
  { key: 'late', kind: 'count' },
  { key: 'onTimeRate', kind: 'percent' },
] as const;

export const FLAG_COLUMNS = [
  { key: 'project', kind: 'text' },
  { key: 'supplier', kind: 'text' },
  { key: 'uc', kind: 'text' },
  { key: 'flag', kind: 'text' },
  { key: 'policy', kind: 'text' },
  { key: 'grade', kind: 'text' },
  { key: 'goal', kind: 'text' },
  { key: 'ucMs', kind: 'duration' },
  { key: 'slaMs', kind: 'duration' },
  { key: 'allowedMs', kind: 'duration' },
] as const;

const storedScores = z.looseObject({ scores: supplierAuditPayload.shape.scores });
const MIN = 60_000;

/** The audit whose period ends last (a quarter and its last month end together); among those the last
 * edited, and among those edited at one instant, a month's (the narrower period). */
export function latestAudit(audits: readonly AuditRow[]): AuditRow | undefined {
  const rank = (a: AuditRow) => [periodSpan(a.period)?.to ?? -Infinity, a.updated_at, a.period.includes('Q') ? 0 : 1];
  let best: AuditRow | undefined;
  for (const a of audits) {
    if (!best) {
      best = a;
      continue;
    }
    const [x, y] = [rank(a), rank(best)];
    const i = x.findIndex((v, k) => v !== y[k]);
    if (i >= 0 && x[i]! > y[i]!) best = a;
  }
  return best;
}

/** Whether an OLA fact group counts for the supplier: it names the supplier, or names none and is of the
 * supplier's tier. */
export const countsFor = (s: SupplierRow, g: OlaGroup): boolean =>
  g.supplier === s.id || (g.supplier === null && s.tier !== null && g.tier === s.tier);

function auditRow(project: string, s: SupplierRow, a: AuditRow | undefined): Record<string, Cell> {
  const scores = a ? storedScores.parse(JSON.parse(a.scores)).scores : null;
  const row: Record<string, Cell> = { project, supplier: s.id, tier: s.tier, period: a?.period ?? null };
  for (const d of AUDIT_DIMENSIONS) row[d] = scores ? scores[d].score : null;
  row['total'] = a ? a.total : null;
  return row;
}

export function onTimeRows(
  months: readonly string[],
  suppliers: readonly SupplierRow[],
  groups: readonly OlaGroup[],
): Array<Record<string, Cell>> {
  return months.flatMap((month) =>
    suppliers
      .filter((s) => s.tier !== null)
      .map((s) => {
        let met = 0;
        let n = 0;
        for (const g of groups)
          if (g.month === month && countsFor(s, g)) {
            met += g.met;
            n += g.n;
          }
        return {
          month,
          supplier: s.id,
          met,
          late: n - met,
          onTimeRate: n === 0 ? null : Math.round((10_000 * met) / n) / 10_000, // a share, 0–1
        };
      }),
  );
}

export async function supplierScorecard(_s: SuppliersSettings, call: GadgetCall): Promise<SupplierScorecard> {
  const cfg = latest(await loadConfigs());
  const names: Record<string, LocalText> = configNames(cfg);
  const projects =
    call.projects.length === 0 ? [] : await projectsWith(new JiraClient({ as: 'app' }), 'keys', call.projects);
  const from = call.months[0]!;
  const to = call.months[call.months.length - 1]!;
  const audits: Array<Record<string, Cell>> = [];
  const onTime: Array<Record<string, Cell>> = [];
  const flags: Array<Record<string, Cell>> = [];
  for (const p of [...projects].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const suppliers = await projectSuppliers(p.id);
    if (suppliers.length === 0) continue;
    for (const s of suppliers) names[s.id] = { en: s.name, zh: s.name };
    const byAudit = await projectAudits(p.id);
    for (const s of suppliers)
      audits.push(auditRow(p.key, s, latestAudit(byAudit.filter((a) => a.supplier_id === s.id))));
    const tiers = [...new Set(suppliers.flatMap((s) => (s.tier === null ? [] : [s.tier])))];
    onTime.push(...onTimeRows(call.months, suppliers, await olaByTier(p.key, from, to, tiers)));
    const check = await checkProject({
      project: { id: p.id, key: p.key },
      accountId: call.accountId,
      now: call.now,
      canChange: false,
    });
    for (const uc of check.items) {
      names[uc.id] = { en: uc.title, zh: uc.title };
      for (const f of uc.flags)
        flags.push({
          project: p.key,
          supplier: uc.supplierId,
          uc: uc.id,
          flag: f.kind,
          policy: f.policy,
          grade: f.kind === 'unknownPolicy' ? null : f.grade,
          goal: f.kind === 'unknownPolicy' ? null : f.goal,
          ucMs: f.kind === 'looser' ? f.ucMinutes * MIN : null,
          slaMs: f.kind === 'unknownPolicy' ? null : f.slaMinutes * MIN,
          allowedMs: f.kind === 'unknownPolicy' ? null : f.allowedMinutes * MIN,
        });
    }
  }
  return {
    audits: { columns: AUDIT_COLUMNS, rows: audits, names },
    onTime: { columns: ON_TIME_COLUMNS, rows: onTime, names },
    flags: { columns: FLAG_COLUMNS, rows: flags, names },
  };
}
