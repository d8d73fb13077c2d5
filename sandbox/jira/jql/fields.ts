// The JQL fields the emulator searches: what each reads of an issue, which operators it takes, how an operand
// value compares with the issue's values, what ORDER BY sorts on, and, for WAS and CHANGED, its changelog.

import type { Field as JastField, OperatorValue } from '@atlassianlabs/jql-ast';
import type { CustomFieldKind, JqlChange, JqlIssue, JqlOptions } from '../jql';
import { JqlError } from './errors';
import { dateFunction, rejectFunction, userFunction } from './functions';
import { parseDate, searchTerms, unquote } from './literals';
import type { FunctionOperand, ValueOperand } from './operands';

export type Scalar = string | number;

/** One operand value, ready to test against one of an issue's values. */
export interface Matcher {
  readonly eq: (value: Scalar) => boolean;
  /** Sign of value − operand; undefined where the two do not compare, so no ordering operator matches. */
  readonly order: (value: Scalar) => number | undefined;
  readonly contains: (value: Scalar) => boolean;
}

export type Operator = OperatorValue;

export interface Field {
  readonly name: string;
  readonly operators: ReadonlySet<Operator>;
  /** For WAS and CHANGED: the changelog's field id and the value a change item records on either side. */
  readonly history?: {
    readonly fieldId: string;
    readonly read: (item: JqlChange, side: 'from' | 'to') => string | null;
  };
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
const HISTORY: readonly Operator[] = ['was', 'was not', 'was in', 'was not in', 'changed'];
const DATE_FORMATS =
  "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";
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

/** The operand's text, for fields that take no function. */
const valueOf = (operand: Operand, field: string): string =>
  operand.kind === 'value' ? operand.text : rejectFunction(operand, field);

/** Epoch ms of a date operand (a date, a period before or after now, or a date function). */
export function dateOf(operand: Operand, field: string, now: number, what = `field '${field}'`): number {
  if (operand.kind === 'function') return dateFunction(operand, field, now);
  const ms = parseDate(operand.text, now);
  if (ms === undefined) throw new JqlError(`Date value '${operand.text}' for ${what} is invalid. ${DATE_FORMATS}`);
  return ms;
}

/** Account ids a user operand stands for. */
export const usersOf = (operand: Operand, field: string, options: JqlOptions): readonly string[] =>
  operand.kind === 'function' ? userFunction(operand, field, options) : [operand.text];

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

const byName = (fieldId: string): NonNullable<Field['history']> => ({
  fieldId,
  read: (item, side) => (side === 'from' ? item.fromString : item.toString),
});

function priority(): Field {
  const rank = (value: Scalar) => PRIORITY_RANK.indexOf(String(lower(value)));
  const base = field(
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
  return { ...base, operators: new Set([...ORDERING, ...HISTORY]), history: byName('priority') };
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
  const base = field(
    name,
    EQUALITY,
    (issue) => list(issue[name]),
    (operand, options) => {
      const ids = new Set<Scalar>(usersOf(operand, name, options));
      return { eq: (value) => ids.has(value), order: unordered, contains: never };
    },
  );
  if (name === 'reporter') return base;
  const history = { fieldId: name, read: (item: JqlChange, side: 'from' | 'to') => item[side] };
  return { ...base, operators: new Set([...EQUALITY, ...HISTORY]), history };
}

function date(name: 'created' | 'updated'): Field {
  return field(
    name,
    ORDERING,
    (issue) => [issue[name]],
    (operand, options) => {
      const ms = dateOf(operand, name, options.now);
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
function propertyField(name: string, key: string, path: string): Field {
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

/** A custom field by its kind: options compare by name, text by search terms, numbers as numbers, users by account id. */
function customField(name: string, id: string, kind: CustomFieldKind): Field {
  const read = (issue: JqlIssue) => list(issue.custom[id]);
  if (kind === 'users') {
    return field(name, EQUALITY, read, (operand, options) => {
      const ids = new Set<Scalar>(usersOf(operand, name, options));
      return { eq: (value) => ids.has(value), order: unordered, contains: never };
    });
  }
  if (kind === 'option' || kind === 'options') {
    return named(name, (issue) => {
      const value = issue.custom[id] ?? null;
      return typeof value === 'number' ? String(value) : value;
    });
  }
  if (kind === 'string') {
    return field(name, ['~', '!~', 'is', 'is not'], read, (operand) => ({
      eq: never,
      order: unordered,
      contains: textMatcher(valueOf(operand, name)),
    }));
  }
  return field(name, ORDERING, read, (operand) => {
    const number = Number(valueOf(operand, name));
    const order = (value: Scalar) => (typeof value === 'number' && !Number.isNaN(number) ? value - number : undefined);
    return { eq: (value) => order(value) === 0, order, contains: never };
  });
}

const SYSTEM = new Map<string, Field>([
  ['project', named('project', (issue) => [issue.project, issue.projectId])],
  ['key', issueKey('key', (issue) => keyParts(issue.key))],
  ['id', issueKey('id', (issue) => [issue.id])],
  ['issuetype', named('issuetype', (issue) => issue.issuetype)],
  [
    'status',
    {
      ...named('status', (issue) => issue.status),
      operators: new Set([...EQUALITY, ...HISTORY]),
      history: byName('status'),
    },
  ],
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

/**
 * The field a clause or sort key names: a system field, `issue.property[key].path`, a property's searchAlias, or a
 * custom field as `cf[N]`, `customfield_N` or by name.
 */
export function resolveField(ref: JastField, options: JqlOptions): Field {
  const name = unquote(ref.text);
  const lowered = name.toLowerCase();
  if (name === '') throw new JqlError('A field name cannot be empty.');
  const [property] = ref.properties ?? [];
  if (property) {
    const key = property.key ? unquote(property.key.text) : '';
    const path = (property.path ?? []).map((part) => part.text).join('');
    const written = `${name}[${property.key?.text ?? ''}]${path}`;
    if (lowered === 'issue.property') return propertyField(written, key, path.replace(/^\./u, ''));
    return missing(written);
  }
  const system = SYSTEM.get(SYNONYMS[lowered] ?? lowered);
  if (system) return system;
  const alias = Object.entries(options.aliases ?? {}).find(([aliasName]) => aliasName.toLowerCase() === lowered);
  if (alias) return propertyField(alias[0], alias[1].key, alias[1].path);
  const id = /^cf\[(\d+)\]$/u.exec(lowered)?.[1];
  const custom = (options.customFields ?? []).find((f) =>
    id === undefined ? f.id === lowered || f.name.toLowerCase() === lowered : f.id === `customfield_${id}`,
  );
  if (custom) return customField(name, custom.id, custom.kind);
  return missing(name);
}

const missing = (name: string): never => {
  throw new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
};
