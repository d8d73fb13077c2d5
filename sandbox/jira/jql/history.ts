// WAS and CHANGED, read off the issue's changelog: the values a field held over time (each span from the change
// that set it to the next one) and the changes themselves, narrowed by the predicates AFTER, BEFORE, DURING, ON,
// BY, FROM and TO.

import type { Predicate as JastPredicate, TerminalClause } from '@atlassianlabs/jql-ast';
import type { JqlIssue, JqlOptions } from '../jql';
import { JqlError } from './errors';
import { dateOf, usersOf, type Field } from './fields';
import { operands, type Operand } from './operands';

const DAY = 86_400_000;

/** A span in which the field held `from` (WAS), or a change at `start` = `end` from `from` to `to` (CHANGED). */
interface Moment {
  readonly start: number;
  readonly end: number;
  readonly by: string | null;
  readonly from: string | null;
  readonly to: string | null;
}
type Test = (moment: Moment) => boolean;

/** The issue matches WAS (IN) or CHANGED; the caller negates for WAS NOT (IN). */
export function compileHistory(
  field: Field,
  clause: TerminalClause,
  jql: string,
  options: JqlOptions,
): (issue: JqlIssue) => boolean {
  const history = field.history!;
  const changed = clause.operator?.value === 'changed';
  const tests = clause.predicates.map((predicate) => compilePredicate(predicate, field, jql, options));
  const held = clause.operand ? valueTest(field, operands(jql, clause.operand), options) : () => true;
  if (!changed) tests.push((moment) => held(moment.from));
  return (issue) => {
    const changes = issue.changelog.flatMap((entry) =>
      entry.items
        .filter((item) => item.fieldId === history.fieldId)
        .map((item) => ({
          start: entry.created,
          end: entry.created,
          by: entry.author,
          from: history.read(item, 'from'),
          to: history.read(item, 'to'),
        })),
    );
    const moments = changed ? changes : spans(issue, field, changes);
    return moments.some((moment) => tests.every((test) => test(moment)));
  };
}

function spans(issue: JqlIssue, field: Field, changes: readonly Moment[]): Moment[] {
  const current = field.values(issue)[0];
  let value = changes[0] ? changes[0].from : current === undefined ? null : String(current);
  let start = issue.created;
  let by = issue.reporter;
  const out: Moment[] = [];
  for (const change of changes) {
    out.push({ start, end: change.start, by, from: value, to: null });
    [value, start, by] = [change.to, change.start, change.by];
  }
  out.push({ start, end: Infinity, by, from: value, to: null });
  return out;
}

/** Whether a recorded value (null for none) is one of `items`. */
function valueTest(field: Field, items: readonly Operand[], options: JqlOptions): (value: string | null) => boolean {
  const empty = items.some((item) => item.kind === 'empty');
  const matchers = items.flatMap((item) => {
    if (item.kind === 'empty') return [];
    const matcher = field.matcher(item, options);
    return matcher === 'empty' ? [] : [matcher];
  });
  return (value) => (value === null ? empty : matchers.some((matcher) => matcher.eq(value)));
}

function compilePredicate(predicate: JastPredicate, field: Field, jql: string, options: JqlOptions): Test {
  const name = predicate.operator.value;
  const items = predicate.operand ? operands(jql, predicate.operand) : [];
  const dates = () =>
    items.map((item) =>
      item.kind === 'empty'
        ? fail(`The ${name.toUpperCase()} predicate does not support EMPTY.`)
        : dateOf(item, field.name, options.now, `predicate '${name}'`),
    );
  const one = () => {
    const [date, ...rest] = dates();
    if (date === undefined || rest.length > 0)
      return fail(`The ${name.toUpperCase()} predicate must be supplied with only 1 date value.`);
    return date;
  };
  switch (name) {
    case 'after': {
      const date = one();
      return (moment) => moment.end > date;
    }
    case 'before': {
      const date = one();
      return (moment) => moment.start < date;
    }
    case 'on': {
      const day = Math.floor(one() / DAY) * DAY;
      return (moment) => moment.start < day + DAY && moment.end >= day;
    }
    case 'during': {
      const range = dates();
      if (range.length !== 2) return fail('The DURING predicate must be supplied with exactly 2 date values.');
      const [from, to] = range as [number, number];
      return (moment) => moment.start <= to && moment.end >= from;
    }
    case 'by': {
      const users = new Set(items.flatMap((item) => (item.kind === 'empty' ? [] : usersOf(item, field.name, options))));
      return (moment) => moment.by !== null && users.has(moment.by);
    }
    case 'from':
    case 'to': {
      const test = valueTest(field, items, options);
      return (moment) => test(moment[name]);
    }
  }
}

const fail = (message: string): never => {
  throw new JqlError(message);
};
