// Suppliers (seed 003: supplier relationship management): the support tier they hold, a contact, and what
// they may subcontract; and the project's supplier settings (the UC margin, the audit weights). Zod-free
// (the browser imports it); the schemas are in supplier-payloads.ts.

import type { AuditDimension, ProposedScore, UcFlag } from '../../domain/suppliers';

export type { Supplier, SupplierSettings } from './supplier-payloads';
export type { AuditDimension, ProposedScore, UcFlag };

export const SUPPLIER = {
  list: 'supplier.list',
  save: 'supplier.save',
  remove: 'supplier.remove',
  /** Every UC of the project with the ways it is looser than the SLAs it supports. */
  ucCheck: 'supplier.ucCheck',
  /** Scores proposed for an audit from the issues the supplier's tier handled in the period. */
  auditDraft: 'supplier.auditDraft',
  settings: 'supplier.settings',
  saveSettings: 'supplier.saveSettings',
} as const;

export interface UcCheckItem {
  readonly id: string;
  readonly supplierId: string;
  readonly title: string;
  readonly flags: readonly UcFlag[];
}

export interface UcCheckResult {
  readonly marginPct: number;
  readonly items: readonly UcCheckItem[];
}

export interface AuditDraft {
  /** The OLA tier the supplier holds; null when it holds none (no data then). */
  readonly tier: string | null;
  /** Issues of the period the tier handled. */
  readonly issues: number;
  readonly scores: Readonly<Record<AuditDimension, ProposedScore>>;
}
