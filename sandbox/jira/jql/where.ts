// The WHERE part compiled to a predicate. NOT is pushed down to the clauses by De Morgan's laws, flipping each
// clause's operator, as Jira does: so `NOT assignee = x` is `assignee != x`, and neither matches an unassigned
// issue (Jira's != never matches an empty field).

import type { JqlIssue, JqlOptions } from '../jql';
import { JqlError } from './errors';
import { resolveField, type Field, type Matcher } from './fields';
import { searchTerms } from './literals';
import type { Clause, Operator, Where } from './parser';

type Predicate = (issue: JqlIssue) => boolean;

const NEGATED: Readonly<Record<Operator, Operator>> = {
  '=': '!=',
  '!=': '=',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  '~': '!~',
  '!~': '~',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
};
const ORDER_TESTS: Partial<Readonly<Record<Operator, (sign: number) => boolean>>> = {
  '<': (sign) => sign < 0,
  '<=': (sign) => sign <= 0,
  '>': (sign) => sign > 0,
  '>=': (sign) => sign >= 0,
};

export function compileWhere(where: Where, options: JqlOptions, negated = false): Predicate {
  if (where.kind === 'clause') return compileClause(where, options, negated);
  if (where.kind === 'not') return compileWhere(where.child, options, !negated);
  const parts = where.children.map((child) => compileWhere(child, options, negated));
  return (where.kind === 'and') !== negated
    ? (issue) => parts.every((part) => part(issue))
    : (issue) => parts.some((part) => part(issue));
}

function compileClause(clause: Clause, options: JqlOptions, negated: boolean): Predicate {
  const { operator, operand } = clause;
  const field = resolveField(clause.field, options);
  const where = `for field '${field.name}'.`;
  if (!field.operators.has(operator))
    throw new JqlError(`The operator '${operator}' is not supported by the '${field.name}' field.`);
  const isList = operator === 'in' || operator === 'not in';
  if (isList !== (operand.kind === 'list')) {
    throw new JqlError(
      `Operator '${operator}' does not support the ${isList ? 'non-list' : 'list'} value '${operand.raw}' ${where}`,
    );
  }
  const items = operand.kind === 'list' ? operand.items : [operand];
  const takesEmpty = ['=', '!=', 'in', 'not in', 'is', 'is not'].includes(operator);
  if (!takesEmpty && items.some((item) => item.kind === 'empty'))
    throw new JqlError(`Operator '${operator}' does not support searching for EMPTY values ${where}`);
  if ((operator === 'is' || operator === 'is not') && operand.kind !== 'empty') {
    throw new JqlError(
      `Operator '${operator}' only supports the EMPTY and NULL keywords; got '${operand.raw}' ${where}`,
    );
  }
  if ((operator === '~' || operator === '!~') && operand.kind === 'value' && searchTerms(operand.text).length === 0) {
    throw new JqlError(`The field '${field.name}' does not support searching for an empty string.`);
  }
  let matchesEmpty = false;
  const matchers: Matcher[] = [];
  for (const item of items) {
    const matcher = item.kind === 'empty' ? 'empty' : field.matcher(item, options);
    if (matcher === 'empty') matchesEmpty = true;
    else matchers.push(matcher);
  }
  return predicate(field, negated ? NEGATED[operator] : operator, matchers, matchesEmpty);
}

/** Multi-valued fields match `=` and IN when any value matches; `!=` and NOT IN when the field has values and none matches. */
function predicate(field: Field, operator: Operator, matchers: readonly Matcher[], matchesEmpty: boolean): Predicate {
  const { values } = field;
  const equal = (value: string | number) => matchers.some((matcher) => matcher.eq(value));
  // ~, !~ and the ordering operators take exactly one value.
  const first = matchers[0];
  switch (operator) {
    case '=':
    case 'in':
    case 'is':
      return (issue) => {
        const own = values(issue);
        return own.length === 0 ? matchesEmpty : own.some(equal);
      };
    case '!=':
    case 'not in':
    case 'is not':
      return (issue) => {
        const own = values(issue);
        return own.length > 0 && !own.some(equal);
      };
    case '~':
      return (issue) => values(issue).some((value) => first!.contains(value));
    case '!~':
      return (issue) => {
        const own = values(issue);
        return own.length > 0 && !own.some((value) => first!.contains(value));
      };
    default: {
      const test = ORDER_TESTS[operator]!;
      return (issue) =>
        values(issue).some((value) => {
          const sign = first!.order(value);
          return sign !== undefined && test(sign);
        });
    }
  }
}
