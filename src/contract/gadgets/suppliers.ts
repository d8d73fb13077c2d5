// "Supplier scorecard": per supplier of the chosen projects, its latest audit on seed 003's six dimensions
// with the weighted total, the OLA results of the tier it holds per month, and its underpinning contracts'
// flags against the SLA (the Suppliers tab's UC check).

import type { BaseSettings, GadgetTable } from '../gadgets';

export const SUPPLIERS = { data: 'suppliers.data' } as const;

export type SuppliersSettings = BaseSettings;

export const DEFAULT_SUPPLIERS: SuppliersSettings = { projects: [], months: 12, refresh: 0 };

export interface SupplierScorecard {
  /** One row per supplier: its latest audit's six scores (1–5) and weighted total, or nulls before any. */
  readonly audits: GadgetTable;
  /** One row per supplier and month: its tier's OLA cycles met and late, and the on-time rate. */
  readonly onTime: GadgetTable;
  /** One row per flag of a supplier's UC (looser than the SLA less the margin, missing, unknown policy). */
  readonly flags: GadgetTable;
}
