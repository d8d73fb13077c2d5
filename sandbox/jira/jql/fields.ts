// The JQL fields the emulator searches: what each reads of an issue, which operators it takes, how an operand
// value compares with the issue's values, and what ORDER BY sorts on.

import type { JqlIssue, JqlOptions } from '../jql';
import { JqlError } from './errors';
import { parseDate, searchTerms } from './literals';
import type { FieldRef, FunctionOperand, Operator, ValueOperand } from './parser';

export type Scalar = string | number;

/** One operand value, ready to test against one of an issue's values. */
export interface Matcher {
  readonly eq: (value: Scalar) => boolean;
  /** Sign of value − operand; undefined where the two do not compare, so no ordering operator matches. */
  readonly order: (value: Scalar) => number | undefined;
  readonly contains: (value: Scalar) => boolean;
}

export interface Field {
  readonly name: string;
  readonly operators: ReadonlySet<Operator>;
  /** The issue's values; none when the field is empty. Single-valued fields give at most one. */
  readonly values: (issue: JqlIssue) => readonly Scalar[];
  /** What ORDER BY compares; an empty key sorts as EMPTY. */
  readonly sortKey: (issue: JqlIssue) => readonly Scalar[];
  /** 'empty' for a value that means EMPTY (resolution = Unresolved). */
  readonly matcher: (operand: ValueOperand | FunctionOperand, options: JqlOptions) => Matcher | 'empty';
}

type Operand = ValueOperand | FunctionOperand;

const EQUALITY: readonly Operator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERING: readonly Operator[] = [...EQUALITY, '<', '<=', '>', '>='];
const FUNCTIONS = new Set(['now', 'currentuser']);
/** Jira's default priority scheme, least urgent first, so that `priority > Medium` means more urgent. */
const PRIORITY_RANK = ['lowest', 'low', 'medium', 'high', 'highest'];
const CATEGORY_ORDER = ['new', 'indeterminate', 'done'] as const;
const CATEGORY_VALUES: Readonly<Record<string, string>> = {
  'to do': 'new',
  new: 'new',
  '2': 'new',
  'in progress': 'indeterminate',
  indeterminate: 'indeterminate',
  '4': 'indeterminate',
  done: 'done',
  '3': 'done',
};

const never = () => false;
const unordered = () => undefined;
const list = (value: string | number | null | readonly string[] | undefined): readonly Scalar[] =>
  value === null || value === undefined ? [] : typeof value === 'object' ? value : [value];
const lower = (value: Scalar) => (typeof value === 'string' ? value.toLowerCase() : value);

/** The operand's text ('' for a function, which the caller evaluates); functions other than those `allowed` for the field are errors. */
function valueOf(operand: Operand, field: string, allowed: readonly string[] = []): string {
  if (operand.kind === 'value') return operand.text;
  const name = operand.name.toLowerCase();
  if (!FUNCTIONS.has(name)) throw new JqlError(`Unable to find JQL function '${operand.raw}'.`);
  if (!allowed.includes(name))
    throw new JqlError(`A value provided by the function '${operand.name}' is invalid for the field '${field}'.`);
  if (operand.args.length > 0)
    throw new JqlError(`Function '${operand.name}' expected '0' arguments but got '${operand.args.length}'.`);
  return '';
}

function field(
  name: string,
  operators: readonly Operator[],
  values: (issue: JqlIssue) => readonly Scalar[],
  matcher: Field['matcher'],
  sortKey: (issue: JqlIssue) => readonly Scalar[] = values,
): Field {
  return { name, operators: new Set(operators), values, sortKey, matcher };
}

/** Names compared case-insensitively (project keys, statuses, labels, …). */
function named(name: string, read: (issue: JqlIssue) => string | null | readonly string[]): Field {
  return field(
    name,
    EQUALITY,
    (issue) => list(read(issue)),
    (operand) => {
      const text = valueOf(operand, name).toLowerCase();
      return { eq: (value) => lower(value) === text, order: unordered, contains: never };
    },
    (issue) => {
      const value = read(issue);
      return value === null
        ? []
        : typeof value === 'string'
          ? [value.toLowerCase()]
          : value.map((v) => v.toLowerCase()).sort();
    },
  );
}

function priority(): Field {
  const rank = (value: Scalar) => PRIORITY_RANK.indexOf(String(lower(value)));
  return field(
    'priority',
    ORDERING,
    (issue) => list(issue.priority),
    (operand) => {
      const text = valueOf(operand, 'priority').toLowerCase();
      const own = rank(text);
      const order = (value: Scalar) => (own < 0 || rank(value) < 0 ? undefined : rank(value) - own);
      return { eq: (value) => lower(value) === text, order, contains: never };
    },
    (issue) => (issue.priority === null ? [] : [rank(issue.priority), issue.priority.toLowerCase()]),
  );
}

function resolution(): Field {
  const base = named('resolution', (issue) => issue.resolution);
  return {
    ...base,
    matcher: (operand, options) =>
      valueOf(operand, 'resolution').toLowerCase() === 'unresolved' ? 'empty' : base.matcher(operand, options),
  };
}

function user(name: 'assignee' | 'reporter'): Field {
  return field(
    name,
    EQUALITY,
    (issue) => list(issue[name]),
    (operand, options) => {
      const text = valueOf(operand, name, ['currentuser']);
      const id = operand.kind === 'function' ? (options.currentUser ?? null) : text;
      return { eq: (value) => value === id, order: unordered, contains: never };
    },
  );
}

function date(name: 'created' | 'updated'): Field {
  return field(
    name,
    ORDERING,
    (issue) => [issue[name]],
    (operand, options) => {
      const text = valueOf(operand, name, ['now']);
      const ms = operand.kind === 'function' ? options.now : parseDate(text, options.now);
      if (ms === undefined) {
        throw new JqlError(
          `Date value '${text}' for field '${name}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
        );
      }
      return {
        eq: (value) => value === ms,
        order: (value) => (typeof value === 'number' ? value - ms : undefined),
        contains: never,
      };
    },
  );
}

const keyParts = (key: string): [string, number] => {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash).toUpperCase(), Number(key.slice(dash + 1))];
};

/** An issue key or a numeric issue id (Jira treats `id` and `key` as one field); keys order within a project. */
function issueKey(name: string, sortKey: (issue: JqlIssue) => readonly Scalar[]): Field {
  return field(
    name,
    ORDERING,
    (issue) => [issue.key, issue.id],
    (operand) => {
      const text = valueOf(operand, name);
      if (/^\d+$/.test(text)) {
        const id = Number(text);
        return {
          eq: (value) => value === id,
          order: (value) => (typeof value === 'number' ? value - id : undefined),
          contains: never,
        };
      }
      if (!/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(text))
        throw new JqlError(`The issue key '${text}' for field '${name}' is invalid.`);
      const [project, number] = keyParts(text);
      const order = (value: Scalar) => {
        if (typeof value === 'number') return undefined;
        const [otherProject, otherNumber] = keyParts(value);
        return otherProject === project ? otherNumber - number : undefined;
      };
      return { eq: (value) => order(value) === 0, order, contains: never };
    },
    sortKey,
  );
}

function statusCategory(): Field {
  return field(
    'statusCategory',
    EQUALITY,
    (issue) => [issue.statusCategory],
    (operand) => {
      const text = valueOf(operand, 'statusCategory');
      const key = CATEGORY_VALUES[text.toLowerCase()];
      if (!key) throw new JqlError(`The value '${text}' does not exist for the field 'statusCategory'.`);
      return { eq: (value) => value === key, order: unordered, contains: never };
    },
    (issue) => [CATEGORY_ORDER.indexOf(issue.statusCategory)],
  );
}

function textMatcher(text: string): Matcher['contains'] {
  const terms = searchTerms(text);
  return (value) => typeof value === 'string' && terms.every((term) => value.toLowerCase().includes(term));
}

function summary(): Field {
  return field(
    'summary',
    ['~', '!~', 'is', 'is not'],
    (issue) => [issue.summary],
    (operand) => {
      return { eq: never, order: unordered, contains: textMatcher(valueOf(operand, 'summary')) };
    },
    (issue) => [issue.summary.toLowerCase()],
  );
}

/**
 * An indexed entity property. Numbers compare as numbers (a quoted numeric operand too); strings compare as
 * strings, exactly; a string value never orders against a bare number, as a number-typed index would not hold it.
 */
function property(name: string, key: string, path: string): Field {
  const values = (issue: JqlIssue) => list(issue.property(key, path));
  return field(
    name,
    [...ORDERING, '~', '!~'],
    values,
    (operand) => {
      const text = valueOf(operand, name);
      const number = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
      const bareNumber = operand.kind === 'value' && !operand.quoted && number !== undefined;
      return {
        eq: (value) => (typeof value === 'number' ? value === number : value === text),
        order: (value) => {
          if (typeof value === 'number') return number === undefined ? undefined : value - number;
          return bareNumber ? undefined : value < text ? -1 : value > text ? 1 : 0;
        },
        contains: textMatcher(text),
      };
    },
    (issue) => {
      const value = issue.property(key, path);
      return typeof value === 'object' ? [...value].sort() : list(value);
    },
  );
}

const SYSTEM = new Map<string, Field>([
  ['project', named('project', (issue) => [issue.project, issue.projectId])],
  ['key', issueKey('key', (issue) => keyParts(issue.key))],
  ['id', issueKey('id', (issue) => [issue.id])],
  ['issuetype', named('issuetype', (issue) => issue.issuetype)],
  ['status', named('status', (issue) => issue.status)],
  ['statuscategory', statusCategory()],
  ['priority', priority()],
  ['assignee', user('assignee')],
  ['reporter', user('reporter')],
  ['labels', named('labels', (issue) => issue.labels)],
  ['component', named('component', (issue) => issue.components)],
  ['resolution', resolution()],
  ['created', date('created')],
  ['updated', date('updated')],
  ['summary', summary()],
]);
const SYNONYMS: Readonly<Record<string, string>> = {
  issuekey: 'key',
  type: 'issuetype',
  createddate: 'created',
  updateddate: 'updated',
};

/** The field a clause or sort key names: a system field, `issue.property[key].path`, or a property alias. */
export function resolveField(ref: FieldRef, options: JqlOptions): Field {
  const name = ref.name.toLowerCase();
  if (ref.property) {
    if (name.startsWith('issue.property[')) return property(ref.name, ref.property.key, ref.property.path);
  } else {
    const system = SYSTEM.get(SYNONYMS[name] ?? name);
    if (system) return system;
    const alias = Object.entries(options.aliases ?? {}).find(([aliasName]) => aliasName.toLowerCase() === name);
    if (alias) return property(alias[0], alias[1].key, alias[1].path);
  }
  throw new JqlError(`Field '${ref.name}' does not exist or you do not have permission to view it.`);
}
