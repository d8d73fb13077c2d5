// "SLA closure and OLA on-time rates": per month and split value, the completed cycles met and breached
// and their rate, met / (met + breached) (running and paused cycles are no facts, so never counted).

import type { BaseSettings, GadgetTable } from '../gadgets';

export const SLA = { data: 'sla.data', filters: 'sla.filters', breached: 'sla.breached' } as const;

export const SLA_SPLITS = ['serviceType', 'customer', 'tier', 'project'] as const;
export type SlaSplit = (typeof SLA_SPLITS)[number];

/** 'sla': the cycles of the configuration's measured goal (resolution); 'ola': each support tier's result. */
export const SLA_MEASURES = ['sla', 'ola'] as const;
export type SlaMeasure = (typeof SLA_MEASURES)[number];

export interface SlaSettings extends BaseSettings {
  readonly split: SlaSplit;
  readonly measure: SlaMeasure;
  /** A saved filter's id: only its issues count (as many as SLA_FILTER_CAP of them); '': no filter. */
  readonly filterId: string;
}

export const DEFAULT_SLA: SlaSettings = {
  projects: [],
  months: 12,
  refresh: 0,
  split: 'serviceType',
  measure: 'sla',
  filterId: '',
};

/** Split values drawn as their own line; the rest are summed as OTHER. */
export const SLA_TOP = 6;
/** Issues of a saved filter the gadget reads at most (ids only). */
export const SLA_FILTER_CAP = 1000;
/** Breached issues a drill-down link lists at most. */
export const SLA_DRILL_CAP = 100;
/** Split cell values that are not ids: the values beyond the top ones, and facts without one. */
export const SLA_OTHER = '~other';
export const SLA_NONE = '~none';

/** Rows: month, split, met, breached, rate (0–1, null when nothing completed). A row's breached issues are
 * read only when asked for (SLA.breached). */
export interface SlaData extends GadgetTable {
  readonly measure: SlaMeasure;
  /** The goal counted ('sla'). */
  readonly goal: string;
  /** The saved filter applied: its name, and whether it matched more issues than the gadget reads. */
  readonly filter: {
    readonly id: string;
    readonly name: string;
    readonly issues: number;
    readonly capped: boolean;
  } | null;
}

export interface SlaFilterChoice {
  readonly id: string;
  readonly name: string;
}

/** sla.breached: one cell's breached issues, for the settings shown. */
export interface SlaBreachedQuery extends SlaSettings {
  /** The cell's month ('YYYY-MM', one of the months shown). */
  readonly month: string;
  /** The cell's split value as the row names it: an id, SLA_NONE or SLA_OTHER. */
  readonly value: string;
}

/** The drill-down: Jira's JQL for the cell's breached issues (at most SLA_DRILL_CAP, by key; null when none)
 * and how many it lists. */
export interface SlaBreached {
  readonly jql: string | null;
  readonly listed: number;
}
