// Suppliers (seed 003: supplier relationship management): the support tier they hold, a contact, and what
// they may subcontract; and the project's supplier settings (the UC margin, the audit weights). Zod-free
// (the browser imports it); the schemas are in supplier-payloads.ts.

import type { AuditDimension, ProposedScore, UcFlag } from '../../domain/suppliers';
import type { LocalText } from '../panel';
import type { SupplierSettings } from './supplier-payloads';

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
  /** The settings, and the configuration's tiers, grades and SLA policies the forms offer. */
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

/** What the Suppliers tab's forms offer: the settings and the configuration in force's names. */
export interface SupplierSetup extends SupplierSettings {
  readonly tiers: ReadonlyArray<{ readonly id: string; readonly name: LocalText }>;
  readonly grades: ReadonlyArray<{ readonly id: string; readonly name: LocalText }>;
  readonly policies: ReadonlyArray<{
    readonly id: string;
    /** Grades it covers; null: every grade. */
    readonly grades: readonly string[] | null;
    readonly targets: Readonly<Record<string, number>>;
  }>;
  /** The goal a UC's resolution target backs; its response target backs the others. */
  readonly resolutionGoal: string;
}
