// The supplier and supplier-settings payloads (server only).

import { z } from 'zod';
import { AUDIT_DIMENSIONS, type AuditDimension } from '../../domain/suppliers';
import { recordId, text } from '../project-payloads';

/** A configuration id (a tier, grade or policy): what the configuration's own ids look like. */
export const configId = z
  .string()
  .regex(/^(?!__proto__$)[A-Za-z0-9_-]{1,64}$/, { message: 'An id is 1–64 letters, digits, _ or -.' });

const subcontracting = z
  .strictObject({
    allowed: z.boolean(),
    maxSharePct: z.number().int({ message: 'A share is a whole percent.' }).min(0).max(100),
    approvedSubcontractors: z.array(text(191)).max(50, { message: 'At most 50 subcontractors.' }),
  })
  .superRefine((s, ctx) => {
    if (!s.allowed && (s.maxSharePct > 0 || s.approvedSubcontractors.length > 0))
      ctx.addIssue({
        code: 'custom',
        path: [s.maxSharePct > 0 ? 'maxSharePct' : 'approvedSubcontractors'],
        message: 'This supplier may not subcontract: the share must be 0 % and no subcontractor approved.',
      });
    if (s.allowed && s.maxSharePct === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['maxSharePct'],
        message: 'A supplier allowed to subcontract needs a share above 0 %.',
      });
    const seen = new Set<string>();
    s.approvedSubcontractors.forEach((n, i) => {
      if (seen.has(n.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: ['approvedSubcontractors', i], message: `'${n}' is listed twice.` });
      seen.add(n.toLowerCase());
    });
  });

export const supplierPayload = z.strictObject({
  id: recordId,
  name: text(191),
  tier: configId.nullable(),
  contact: text(191).nullable(),
  subcontracting,
});
export type Supplier = z.infer<typeof supplierPayload>;

const weight = z.number().int({ message: 'A weight is a whole percent.' }).min(0).max(100);

export const supplierSettingsPayload = z.strictObject({
  /** How much stricter than the SLA a UC must be, whole percent. */
  marginPct: z.number().int({ message: 'A margin is a whole percent.' }).min(0).max(90),
  weights: z
    .strictObject(Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, weight])) as Record<AuditDimension, typeof weight>)
    .refine((w) => Object.values(w).reduce((a, b) => a + b, 0) === 100, {
      message: 'The weights must add up to 100.',
    }),
});
export type SupplierSettings = z.infer<typeof supplierSettingsPayload>;

/** An audit period: a quarter (2026-Q3) or a month (2026-09). */
export const auditPeriod = z
  .string()
  .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, { message: 'A period is a quarter (2026-Q3) or a month (2026-09).' });

export const auditDraftPayload = z.strictObject({ supplierId: recordId, period: auditPeriod });
