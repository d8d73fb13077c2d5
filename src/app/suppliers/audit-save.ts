// Saving an audit: the form's scores, totalled on the server with the project's weights of the moment.

import type { AuditForm, SupplierAudit } from '../../contract/records/supplier-audit-payloads';
import { AUDIT_DIMENSIONS, weightedTotal } from '../../domain/suppliers';
import type { ProjectCall } from '../records/kind';
import { saveRecord, type SaveOutcome } from '../records/service';
import { supplierAuditKind } from '../records/supplier-audit';
import type { Changed } from '../records/kind';
import { supplierSettings } from './settings';

export async function saveAudit(form: AuditForm, call: ProjectCall): Promise<SaveOutcome<SupplierAudit & Changed>> {
  const { weights } = await supplierSettings(call);
  const scores = Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, form.scores[d].score])) as Record<
    (typeof AUDIT_DIMENSIONS)[number],
    number
  >;
  return saveRecord(supplierAuditKind, call, { ...form, weights, total: weightedTotal(scores, weights) });
}
