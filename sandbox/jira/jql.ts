// The JQL subset the Jira emulator searches with: the app's clauses over system fields and indexed entity
// properties, Jira's error wording, and ORDER BY. Parsing, fields and evaluation live in ./jql/.

import { compileOrder } from './jql/order';
import { parseJql } from './jql/parser';
import { compileWhere } from './jql/where';

export { JqlError } from './jql/errors';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** What the evaluator reads of an issue. */
export interface JqlIssue {
  readonly id: number;
  readonly key: string;
  /** Project key. */
  readonly project: string;
  /** Project id: JQL names a project by either. */
  readonly projectId: string;
  readonly issuetype: string;
  readonly status: string;
  readonly statusCategory: StatusCategoryKey;
  readonly priority: string | null;
  /** accountId */
  readonly assignee: string | null;
  /** accountId */
  readonly reporter: string | null;
  readonly labels: readonly string[];
  readonly components: readonly string[];
  readonly resolution: string | null;
  /** epoch ms */
  readonly created: number;
  /** epoch ms */
  readonly updated: number;
  readonly summary: string;
  /** Indexed entity-property value at `path` (e.g. key "itr", path "nextCheckAt"), or undefined. */
  property(key: string, path: string): string | number | readonly string[] | undefined;
}

export interface JqlOptions {
  /** Aliases from jira:entityProperty searchAlias (e.g. itrGrade → {key:'itr', path:'grade'}). */
  readonly aliases?: Readonly<Record<string, { key: string; path: string }>>;
  /** epoch ms, for now() and relative dates like -1d */
  readonly now: number;
  /** accountId for currentUser(); without one, currentUser() matches nobody. */
  readonly currentUser?: string | null;
}

export interface CompiledJql {
  matches(issue: JqlIssue): boolean;
  /** ORDER BY comparator; without ORDER BY (and for ties) `created DESC, id DESC`. */
  compare(a: JqlIssue, b: JqlIssue): number;
}

/** Parses and checks `jql` once; throws JqlError with Jira's message for bad syntax, fields, operators or values. */
export function compileJql(jql: string, options: JqlOptions): CompiledJql {
  const query = parseJql(jql);
  const matches = query.where ? compileWhere(query.where, options) : () => true;
  return { matches, compare: compileOrder(query.orderBy, options) };
}
