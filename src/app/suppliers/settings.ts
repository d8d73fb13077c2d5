// The project's supplier settings: the UC margin and the audit weights (defaults until an administrator
// saves others).

import { DEFAULT_AUDIT_WEIGHTS } from '../../domain/suppliers';
import { supplierSettingsPayload, type SupplierSettings } from '../../contract/records/supplier-payloads';
import { supplierSettingsRow, upsertSupplierSettings } from '../../platform/sql/suppliers';
import type { SupplierSetup } from '../../contract/records/supplier';
import { latest, loadConfigs } from '../config';
import type { ProjectCall } from '../records/kind';

/** A UC must be 20 % stricter than the SLA it backs unless the project says otherwise. */
export const DEFAULT_SUPPLIER_SETTINGS: SupplierSettings = { marginPct: 20, weights: { ...DEFAULT_AUDIT_WEIGHTS } };

export async function supplierSettings(call: ProjectCall): Promise<SupplierSettings> {
  const r = await supplierSettingsRow(call.project.id);
  if (!r) return DEFAULT_SUPPLIER_SETTINGS;
  return supplierSettingsPayload.parse({ marginPct: r.margin_pct, weights: JSON.parse(r.weights) as unknown });
}

export async function saveSupplierSettings(s: SupplierSettings, call: ProjectCall): Promise<SupplierSettings> {
  await upsertSupplierSettings(call.project.id, s.marginPct, JSON.stringify(s.weights), call.now, call.accountId);
  return s;
}

/** The settings with the configuration's tiers, grades and SLA policies, for the tab's forms. */
export async function supplierSetup(call: ProjectCall): Promise<SupplierSetup> {
  const doc = latest(await loadConfigs()).doc;
  return {
    ...(await supplierSettings(call)),
    tiers: doc.ola.tiers.map((t) => ({ id: t.id, name: t.name })),
    grades: doc.grading.grades.map((g) => ({ id: g.id, name: g.name })),
    policies: doc.sla.policies.map((p) => ({ id: p.id, grades: p.when.grades ?? null, targets: p.targets })),
    resolutionGoal: doc.ola.goal,
  };
}
