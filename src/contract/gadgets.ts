// The dashboard gadgets' shared contract (zod-free: the browser imports it): the gadgets' module keys,
// the settings every gadget's edit view saves, and the table each gadget answers with. A chart is drawn
// from the same table the viewer can read and download, so the two never disagree.

import type { LocalText } from '../domain/text';

export const GADGETS = {
  sla: 'itr-gadget-sla',
  satisfaction: 'itr-gadget-satisfaction',
  suppliers: 'itr-gadget-suppliers',
  finance: 'itr-gadget-finance',
  atRisk: 'itr-gadget-at-risk',
} as const;
export type GadgetName = keyof typeof GADGETS;

/** What every gadget's edit view saves (Jira hands it back as `extension.gadgetConfiguration`). */
export interface BaseSettings {
  /** Project keys; none: every project the viewer may browse. */
  readonly projects: readonly string[];
  /** Months back from the current one, the current month included. */
  readonly months: number;
  /** Minutes between refreshes (Jira's `refresh` setting); 0: never. */
  readonly refresh: number;
}

export const MONTH_CHOICES = [3, 6, 12, 24] as const;
export const REFRESH_CHOICES = [0, 15, 30, 60] as const;
export const DEFAULT_SETTINGS: BaseSettings = { projects: [], months: 12, refresh: 0 };
/** Projects one gadget may name (Jira's project lookup takes 50 a call). */
export const MAX_GADGET_PROJECTS = 50;

/** How a column's values read; the browser formats and labels them, the CSV keeps them raw. */
export type ColumnKind = 'text' | 'month' | 'count' | 'percent' | 'ratio' | 'money' | 'duration' | 'score' | 'time';

export interface Column {
  readonly key: string;
  readonly kind: ColumnKind;
  /** A label from the data (a customer's or supplier's name); otherwise the gadget's texts label `key`. */
  readonly label?: string;
}

export type Cell = string | number | null;

export interface GadgetTable {
  readonly columns: readonly Column[];
  readonly rows: ReadonlyArray<Readonly<Record<string, Cell>>>;
  /** Names of the ids text cells hold (goals, service types, tiers), in both languages: the browser shows
   * the viewer's, in the table, the chart and the CSV alike. */
  readonly names?: Readonly<Record<string, LocalText>>;
}

/** A project the viewer may pick in an edit view. */
export interface GadgetProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export const GADGET = {
  projects: 'gadget.projects',
} as const;
