// The JQL the Jira emulator searches with: Atlassian's grammar parses it; we evaluate the clauses the app, the
// demo and agents use (system fields, custom fields, indexed entity properties, WAS and CHANGED) with Jira's
// error wording, and ORDER BY. Parsing, fields and evaluation live in ./jql/.

import { compileOrder } from './jql/order';
import { parseJql } from './jql/syntax';
import { compileWhere } from './jql/where';

export { JqlError } from './jql/errors';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';
export type CustomFieldKind = 'string' | 'option' | 'options' | 'number' | 'users';

/** One field's change in a changelog entry: ids in from/to (account ids for users), names in the strings. */
export interface JqlChange {
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

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
  /** Custom field values by field id (option names, text, numbers, account ids). */
  readonly custom: Readonly<Record<string, string | number | readonly string[] | null>>;
  /** Oldest first. */
  readonly changelog: readonly {
    readonly created: number;
    readonly author: string | null;
    readonly items: readonly JqlChange[];
  }[];
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
  /** The site's custom fields, for cf[N], customfield_N and their names. */
  readonly customFields?: readonly { readonly id: string; readonly name: string; readonly kind: CustomFieldKind }[];
  /** Account ids in a group, for membersOf(); undefined for a group that does not exist. */
  readonly members?: (group: string) => readonly string[] | undefined;
}

export interface CompiledJql {
  matches(issue: JqlIssue): boolean;
  /** ORDER BY comparator; without ORDER BY (and for ties) `created DESC, id DESC`. */
  compare(a: JqlIssue, b: JqlIssue): number;
}

/** Parses and checks `jql` once; throws JqlError with Jira's message for bad syntax, fields, operators or values. */
export function compileJql(jql: string, options: JqlOptions): CompiledJql {
  const query = parseJql(jql);
  const matches = query.where ? compileWhere(query.where, jql, options) : () => true;
  return { matches, compare: compileOrder(query.orderBy?.fields ?? [], options) };
}
