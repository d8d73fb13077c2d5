// The project page's shared contract (zod-free: the browser imports it): how every list is asked for and
// answered, and the tabs. Each record kind's own function names and types live beside it
// (src/contract/records/*.ts); their zod schemas in *-payloads.ts, which the browser imports as types only.

export const PROJECT_TABS = [
  'customers',
  'contracts',
  'communication',
  'reports',
  'feedback',
  'surveys',
  'valueAdded',
  'suppliers',
  'thirdParties',
  'finance',
] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

export type SortDirection = 'asc' | 'desc';

/** One page of a list: 0-based page, a search over the kind's text columns, one sort key. */
export interface ListQuery<S extends string = string> {
  readonly page?: number;
  readonly pageSize?: number;
  readonly search?: string;
  readonly sort?: { readonly by: S; readonly dir: SortDirection };
  /** Equality filters on the kind's filterable columns (a customer's contracts, a supplier's audits). */
  readonly filter?: Readonly<Record<string, string>>;
}

export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Page sizes: the lists show 25; a CSV export reads 1,000 a call. */
export const PAGE_SIZE = 25;
export const EXPORT_PAGE_SIZE = 1000;
/** Largest CSV an export assembles (rows): beyond it the file says it was cut. */
export const EXPORT_MAX_ROWS = 50_000;

/** What the caller may do on this project, asked of Jira as the caller. */
export interface ProjectAccess {
  readonly project: { readonly id: string; readonly key: string };
  readonly canChange: boolean;
}

export const PROJECT = {
  access: 'project.access',
} as const;
