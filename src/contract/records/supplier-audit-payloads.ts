// The supplier audit payloads (server only): the form as sent, and the audit as stored (with the weights
// it was totalled with, so changing the weights later does not rewrite past audits).

import { z } from 'zod';
import { AUDIT_DIMENSIONS, type AuditDimension } from '../../domain/suppliers/audit';
import { recordId } from '../project-payloads';
import { auditPeriod, supplierSettingsPayload } from './supplier-payloads';

const dimension = z.strictObject({
  score: z
    .number({ error: 'Give a score from 1 to 5.' })
    .int({ message: 'A score is a whole number from 1 to 5.' })
    .min(1, { message: 'A score is from 1 to 5.' })
    .max(5, { message: 'A score is from 1 to 5.' }),
  note: z.string().trim().max(500, { message: 'At most 500 characters.' }),
});

const scores = z.strictObject(
  Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, dimension])) as Record<AuditDimension, typeof dimension>,
);

const form = {
  id: recordId,
  supplierId: recordId,
  period: auditPeriod,
  scores,
  note: z.string().trim().max(1000, { message: 'At most 1000 characters.' }),
};

export const auditFormPayload = z.strictObject(form);
export type AuditForm = z.infer<typeof auditFormPayload>;

export const supplierAuditPayload = z.strictObject({
  ...form,
  weights: supplierSettingsPayload.shape.weights,
  total: z.number().min(1).max(5),
});
export type SupplierAudit = z.infer<typeof supplierAuditPayload>;
