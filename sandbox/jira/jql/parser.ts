// JQL syntax tree: clauses joined by NOT > AND > OR, then an optional ORDER BY. Fields and values are checked
// later, against the field table, so syntax errors and field errors read like Jira's.

import { syntaxError } from './errors';
import { tokenize, type Token } from './lexer';

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export interface ValueOperand {
  readonly kind: 'value';
  readonly text: string;
  readonly quoted: boolean;
  readonly raw: string;
}
export interface FunctionOperand {
  readonly kind: 'function';
  readonly name: string;
  readonly args: readonly string[];
  readonly raw: string;
}
export interface EmptyOperand {
  readonly kind: 'empty';
  readonly raw: string;
}
export type SingleOperand = ValueOperand | FunctionOperand | EmptyOperand;
export interface ListOperand {
  readonly kind: 'list';
  readonly items: readonly SingleOperand[];
  readonly raw: string;
}
export type Operand = SingleOperand | ListOperand;

export interface FieldRef {
  readonly name: string;
  /** `issue.property[key].path`; null for a plain field name. */
  readonly property: { readonly key: string; readonly path: string } | null;
}
export interface Clause {
  readonly kind: 'clause';
  readonly field: FieldRef;
  readonly operator: Operator;
  readonly operand: Operand;
}
export type Where =
  | Clause
  | { readonly kind: 'and' | 'or'; readonly children: readonly Where[] }
  | { readonly kind: 'not'; readonly child: Where };
export interface SortKey {
  readonly field: FieldRef;
  readonly descending: boolean;
}
export interface Query {
  readonly where: Where | null;
  readonly orderBy: readonly SortKey[];
}

const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const RESERVED = new Set(['AND', 'OR', 'NOT', 'IN', 'IS', 'ORDER', 'BY', 'ASC', 'DESC']);

export function parseJql(jql: string): Query {
  const tokens = tokenize(jql);
  let index = 0;
  const peek = (ahead = 0): Token => tokens[Math.min(index + ahead, tokens.length - 1)]!;
  const next = (): Token => tokens[Math.min(index++, tokens.length - 1)]!;
  const isWord = (token: Token, word: string) => token.kind === 'word' && token.text.toUpperCase() === word;
  const fail = (token: Token, expecting: string, after = ''): never => {
    const got = token.kind === 'eof' ? 'got the end of the query.' : `got '${token.raw}'.`;
    throw syntaxError(jql, token.at, `Expecting ${expecting} but ${got}${after}`);
  };
  const expect = (kind: Token['kind'], what: string): Token => (peek().kind === kind ? next() : fail(peek(), what));

  const or = (): Where => joined('or', 'OR', and);
  const and = (): Where => joined('and', 'AND', not);
  function joined(kind: 'and' | 'or', word: string, operand: () => Where): Where {
    const children = [operand()];
    while (isWord(peek(), word)) {
      next();
      children.push(operand());
    }
    return children.length === 1 ? children[0]! : { kind, children };
  }
  function not(): Where {
    if (isWord(peek(), 'NOT')) {
      next();
      return { kind: 'not', child: not() };
    }
    if (peek().kind === '(') {
      next();
      const inner = or();
      expect(')', "')'");
      return inner;
    }
    return { kind: 'clause', field: field(), operator: operator(), operand: operand() };
  }

  function field(): FieldRef {
    const token = peek();
    if ((token.kind !== 'word' || RESERVED.has(token.text.toUpperCase())) && token.kind !== 'string')
      return fail(token, 'a field name');
    next();
    if (peek().kind !== '[') return { name: token.text, property: null };
    next();
    const key = peek().kind === 'string' || peek().kind === 'word' ? next().text : fail(peek(), 'a property key');
    expect(']', "']'");
    const path = peek();
    if (path.kind !== 'word' || !path.text.startsWith('.') || path.text.length < 2)
      return fail(path, "'.' and a property path");
    next();
    return { name: `${token.text}[${key}]${path.text}`, property: { key, path: path.text.slice(1) } };
  }

  function operator(): Operator {
    const token = next();
    if (token.kind === 'op') return token.text as Operator;
    if (isWord(token, 'IN')) return 'in';
    if (isWord(token, 'NOT') && isWord(peek(), 'IN')) {
      next();
      return 'not in';
    }
    if (isWord(token, 'IS')) {
      if (!isWord(peek(), 'NOT')) return 'is';
      next();
      return 'is not';
    }
    return fail(token, 'operator', ` ${VALID_OPERATORS}`);
  }

  function operand(): Operand {
    if (peek().kind !== '(') return single();
    const open = next();
    const items = [single()];
    while (peek().kind === ',') {
      next();
      items.push(single());
    }
    const close = expect(')', "')'");
    return { kind: 'list', items, raw: jql.slice(open.at, close.at + 1) };
  }

  function single(): SingleOperand {
    const token = peek();
    const word = token.text.toUpperCase();
    if (token.kind === 'word' && RESERVED.has(word)) {
      fail(
        token,
        'either a value, list or function',
        ` You must surround '${token.raw}' in quotation marks to use it as a value.`,
      );
    }
    if (token.kind !== 'word' && token.kind !== 'string') return fail(token, 'either a value, list or function');
    next();
    if (token.kind === 'word' && (word === 'EMPTY' || word === 'NULL')) return { kind: 'empty', raw: token.raw };
    if (token.kind === 'string' || peek().kind !== '(')
      return { kind: 'value', text: token.text, quoted: token.kind === 'string', raw: token.raw };
    next();
    const args: string[] = [];
    while (peek().kind !== ')') {
      if (args.length > 0) expect(',', "')'");
      args.push(peek().kind === 'word' || peek().kind === 'string' ? next().text : fail(peek(), 'a function argument'));
    }
    const close = next();
    return { kind: 'function', name: token.text, args, raw: jql.slice(token.at, close.at + 1) };
  }

  function sortKeys(): SortKey[] {
    const keys: SortKey[] = [];
    do {
      if (keys.length > 0) next();
      const sortField = field();
      const direction = isWord(peek(), 'ASC') || isWord(peek(), 'DESC') ? next().text.toUpperCase() : 'ASC';
      keys.push({ field: sortField, descending: direction === 'DESC' });
    } while (peek().kind === ',');
    return keys;
  }

  const where = peek().kind === 'eof' || isWord(peek(), 'ORDER') ? null : or();
  let orderBy: SortKey[] = [];
  if (isWord(peek(), 'ORDER')) {
    next();
    if (!isWord(peek(), 'BY')) fail(peek(), "'by'");
    next();
    orderBy = sortKeys();
  }
  if (peek().kind !== 'eof')
    fail(peek(), orderBy.length > 0 ? "either ',' or the end of the query" : "either 'OR' or 'AND'");
  return { where, orderBy };
}
