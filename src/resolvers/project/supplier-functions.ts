// The Suppliers and Third parties tabs' functions: their five record kinds, the UC check, the audit
// pre-fill and settings, and marking a third-party agreement reviewed.

import { z } from 'zod';
import { disputeKind } from '../../app/records/dispute';
import { supplierKind } from '../../app/records/supplier';
import { supplierAuditKind } from '../../app/records/supplier-audit';
import { thirdPartyKind } from '../../app/records/third-party';
import { underpinningKind } from '../../app/records/underpinning';
import { auditDraft } from '../../app/suppliers/audit-draft';
import { saveAudit } from '../../app/suppliers/audit-save';
import { saveSupplierSettings, supplierSetup } from '../../app/suppliers/settings';
import { supplierTier } from '../../app/suppliers/supplier-exists';
import { removeSupplier } from '../../app/suppliers/supplier-remove';
import { markReviewed, today } from '../../app/suppliers/third-party-review';
import { checkDraft, checkProject } from '../../app/suppliers/uc-check';
import { removePayload } from '../../contract/project-payloads';
import { SUPPLIER } from '../../contract/records/supplier';
import { SUPPLIER_AUDIT } from '../../contract/records/supplier-audit';
import { auditFormPayload } from '../../contract/records/supplier-audit-payloads';
import { auditDraftPayload, supplierSettingsPayload } from '../../contract/records/supplier-payloads';
import { THIRD_PARTY } from '../../contract/records/third-party';
import { UNDERPINNING } from '../../contract/records/underpinning';
import { ucTermsPayload } from '../../contract/records/underpinning-payloads';
import type { ResolverFunction } from '../../platform/resolver';
import { projectFunction, Refused } from './project-function';
import { recordFunctions } from './record-functions';

export const SUPPLIER_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  ...recordFunctions(supplierKind),
  ...recordFunctions(underpinningKind),
  ...recordFunctions(supplierAuditKind),
  ...recordFunctions(disputeKind),
  ...recordFunctions(thirdPartyKind),
  // An audit is saved from its form; the server adds the weights and the total.
  [SUPPLIER_AUDIT.save]: projectFunction('change', z.strictObject({ record: auditFormPayload }), async (p, call) => {
    const r = await saveAudit(p.record, call);
    if (!r.ok) throw new Refused('invalid', r.refusals[0]!.message, `record.${r.refusals[0]!.path}`);
    return r.record;
  }),
  // A supplier is removed only once nothing names it.
  [SUPPLIER.remove]: projectFunction('change', removePayload, async ({ id }, call) => {
    const r = await removeSupplier(id, call);
    if (r === 'notFound') throw new Refused('notFound', 'There is no such record.', 'id');
    if (r !== 'removed') throw new Refused('conflict', `This supplier still has ${r.held}; delete those first.`, 'id');
    return { id };
  }),
  [SUPPLIER.ucCheck]: projectFunction('read', z.strictObject({}), (_p, call) => checkProject(call)),
  [UNDERPINNING.check]: projectFunction('read', ucTermsPayload, (p, call) => checkDraft(p, call)),
  [SUPPLIER.auditDraft]: projectFunction('read', auditDraftPayload, async (p, call) => {
    const s = await supplierTier(p.supplierId, call);
    if (!s) throw new Refused('notFound', `${call.project.key} has no such supplier.`, 'supplierId');
    return auditDraft(p, s.tier, call);
  }),
  [SUPPLIER.settings]: projectFunction('read', z.strictObject({}), (_p, call) => supplierSetup(call)),
  [SUPPLIER.saveSettings]: projectFunction('change', supplierSettingsPayload, (p, call) =>
    saveSupplierSettings(p, call),
  ),
  [THIRD_PARTY.reviewed]: projectFunction('change', removePayload, async ({ id }, call) => {
    const r = await markReviewed(id, call);
    if (!r) throw new Refused('notFound', 'There is no such third party.', 'id');
    return r;
  }),
  [THIRD_PARTY.today]: projectFunction('read', z.strictObject({}), async (_p, call) => ({
    today: await today(call.now),
  })),
};
