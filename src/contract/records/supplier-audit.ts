// Supplier audits on seed 003's six dimensions: scores 1–5 with notes, weighted into a total the server
// computes with the project's weights. Zod-free (the browser imports it); schemas in supplier-audit-payloads.ts.

export { AUDIT_DIMENSIONS, type AuditDimension } from '../../domain/suppliers/audit';
export type { AuditForm, SupplierAudit } from './supplier-audit-payloads';

export const SUPPLIER_AUDIT = {
  list: 'supplierAudit.list',
  save: 'supplierAudit.save',
  remove: 'supplierAudit.remove',
} as const;
