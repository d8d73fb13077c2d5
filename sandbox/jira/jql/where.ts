// The WHERE part compiled to a predicate. NOT is pushed down to the clauses by De Morgan's laws, flipping each
// clause's operator, as Jira does: so `NOT assignee = x` is `assignee != x`, and neither matches an unassigned
// issue (Jira's != never matches an empty field).

import type { Clause, TerminalClause } from '@atlassianlabs/jql-ast';
import type { JqlIssue, JqlOptions } from '../jql';
import { JqlError } from './errors';
import { resolveField, type Field, type Matcher, type Operator } from './fields';
import { compileHistory } from './history';
import { searchTerms } from './literals';
import { operands } from './operands';

type Predicate = (issue: JqlIssue) => boolean;
type CurrentOperator = Exclude<Operator, 'was' | 'was not' | 'was in' | 'was not in' | 'changed'>;

const NEGATED: Readonly<Record<CurrentOperator, CurrentOperator>> = {
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
const HISTORY_NEGATED: Readonly<Record<string, boolean>> = {
  was: false,
  'was in': false,
  changed: false,
  'was not': true,
  'was not in': true,
};
const ORDER_TESTS: Partial<Readonly<Record<Operator, (sign: number) => boolean>>> = {
  '<': (sign) => sign < 0,
  '<=': (sign) => sign <= 0,
  '>': (sign) => sign > 0,
  '>=': (sign) => sign >= 0,
};

export function compileWhere(where: Clause, jql: string, options: JqlOptions, negated = false): Predicate {
  switch (where.clauseType) {
    case 'terminal':
      return compileClause(where, jql, options, negated);
    case 'not':
      return compileWhere(where.clause, jql, options, !negated);
    case 'compound': {
      const parts = where.clauses.map((child) => compileWhere(child, jql, options, negated));
      return (where.operator.value === 'and') !== negated
        ? (issue) => parts.every((part) => part(issue))
        : (issue) => parts.some((part) => part(issue));
    }
  }
}

function compileClause(clause: TerminalClause, jql: string, options: JqlOptions, negated: boolean): Predicate {
  const field = resolveField(clause.field, options);
  const operator = clause.operator?.value;
  if (operator === undefined) throw new Error(`The JQL grammar gave a clause without an operator in '${jql}'.`);
  if (!field.operators.has(operator))
    throw new JqlError(`The operator '${operator}' is not supported by the '${field.name}' field.`);
  const historyNegated = HISTORY_NEGATED[operator];
  if (historyNegated !== undefined) {
    const matches = compileHistory(field, clause, jql, options);
    return historyNegated !== negated ? (issue) => !matches(issue) : matches;
  }
  const operand = clause.operand;
  if (!operand) throw new Error(`The JQL grammar gave a clause without an operand in '${jql}'.`);
  // The grammar has already refused a list after a single-value operator and a single value after IN.
  const where = `for field '${field.name}'.`;
  const items = operands(jql, operand);
  const takesEmpty = ['=', '!=', 'in', 'not in', 'is', 'is not'].includes(operator);
  if (!takesEmpty && items.some((item) => item.kind === 'empty'))
    throw new JqlError(`Operator '${operator}' does not support searching for EMPTY values ${where}`);
  const [first] = items;
  if ((operator === '~' || operator === '!~') && first?.kind === 'value' && searchTerms(first.text).length === 0) {
    throw new JqlError(`The field '${field.name}' does not support searching for an empty string.`);
  }
  let matchesEmpty = false;
  const matchers: Matcher[] = [];
  for (const item of items) {
    const matcher = item.kind === 'empty' ? 'empty' : field.matcher(item, options);
    if (matcher === 'empty') matchesEmpty = true;
    else matchers.push(matcher);
  }
  const current = operator as CurrentOperator;
  return predicate(field, negated ? NEGATED[current] : current, matchers, matchesEmpty);
}

/** Multi-valued fields match `=` and IN when any value matches; `!=` and NOT IN when the field has values and none matches. */
function predicate(
  field: Field,
  operator: CurrentOperator,
  matchers: readonly Matcher[],
  matchesEmpty: boolean,
): Predicate {
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
