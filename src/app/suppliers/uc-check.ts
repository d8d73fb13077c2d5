// The UC-vs-SLA check against the configuration in force and the project's margin: for one draft (the
// form's warning) or every UC of the project (the Suppliers tab's flags).

import type { UcCheckResult } from '../../contract/records/supplier';
import type { Underpinning } from '../../contract/records/underpinning-payloads';
import { checkUnderpinning, type UcCheckRules, type UcFlag, type UcToCheck } from '../../domain/suppliers';
import { pageRows } from '../../platform/sql/records';
import { latest, loadConfigs } from '../config';
import type { ProjectCall } from '../records/kind';
import { underpinningKind } from '../records/underpinning';
import { supplierSettings } from './settings';

export async function ucRules(call: ProjectCall): Promise<UcCheckRules> {
  const doc = latest(await loadConfigs()).doc;
  return {
    policies: doc.sla.policies.map((p) => ({ id: p.id, grades: p.when.grades ?? null, targets: p.targets })),
    grades: doc.grading.grades.map((g) => g.id),
    resolutionGoal: doc.ola.goal,
    marginPct: (await supplierSettings(call)).marginPct,
  };
}

export async function checkDraft(uc: UcToCheck, call: ProjectCall): Promise<UcFlag[]> {
  return checkUnderpinning(uc, await ucRules(call));
}

/** Every UC of the project (a project holds few; read a thousand at a time). */
async function allUnderpinnings(call: ProjectCall): Promise<Underpinning[]> {
  const out: Underpinning[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await pageRows(underpinningKind.table, underpinningKind.row, {
      projectId: call.project.id,
      equal: [],
      search: { columns: [], term: '' },
      order: [['title', 'asc']],
      limit: 1000,
      offset,
    });
    out.push(...page.rows.map(underpinningKind.fromRow));
    if (page.rows.length < 1000) return out;
  }
}

export async function checkProject(call: ProjectCall): Promise<UcCheckResult> {
  const rules = await ucRules(call);
  const items = (await allUnderpinnings(call)).map((u) => ({
    id: u.id,
    supplierId: u.supplierId,
    title: u.title,
    flags: checkUnderpinning(u, rules),
  }));
  return { marginPct: rules.marginPct, items };
}
