// JQL tokens: bare words (keywords, field names, unquoted values, numbers), quoted strings, operators and
// punctuation, each with its offset for error positions.

import { syntaxError } from './errors';

export type TokenKind = 'word' | 'string' | 'op' | '(' | ')' | ',' | '[' | ']' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Decoded text: escapes resolved, quotes removed; `&&`, `||` and `!` arrive as the words AND, OR, NOT. */
  readonly text: string;
  /** The text as written. */
  readonly raw: string;
  readonly at: number;
}

const PUNCTUATION: Readonly<Record<string, TokenKind>> = { '(': '(', ')': ')', ',': ',', '[': '[', ']': ']' };
const OPERATORS = ['!=', '!~', '<=', '>=', '=', '<', '>', '~'];
const WORD_END = /[\s"'()[\],=!<>~&|]/;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string, at: number, end: number) =>
    tokens.push({ kind, text, raw: jql.slice(at, end), at });
  let i = 0;
  while (i < jql.length) {
    const c = jql[i]!;
    const at = i;
    const punctuation = PUNCTUATION[c];
    const operator = OPERATORS.find((op) => jql.startsWith(op, i));
    if (/\s/.test(c)) {
      i++;
    } else if (punctuation) {
      push(punctuation, c, at, ++i);
    } else if (operator) {
      i += operator.length;
      push('op', operator, at, i);
    } else if (c === '&' || c === '|' || c === '!') {
      i += jql[i + 1] === c && c !== '!' ? 2 : 1;
      push('word', c === '&' ? 'AND' : c === '|' ? 'OR' : 'NOT', at, i);
    } else if (c === '"' || c === "'") {
      let text = '';
      for (i++; jql[i] !== c;) {
        if (i >= jql.length)
          throw syntaxError(jql, at, `The quoted string '${jql.slice(at + 1)}' has not been completed.`);
        [text, i] = jql[i] === '\\' ? escape(jql, i, text) : [text + jql[i]!, i + 1];
      }
      push('string', text, at, ++i);
    } else {
      let text = '';
      while (i < jql.length && !WORD_END.test(jql[i]!))
        [text, i] = jql[i] === '\\' ? escape(jql, i, text) : [text + jql[i]!, i + 1];
      push('word', text, at, i);
    }
  }
  tokens.push({ kind: 'eof', text: '', raw: '', at: jql.length });
  return tokens;
}

/** Appends the escape sequence at `i` (a backslash) to `text`; returns the new text and the offset after it. */
function escape(jql: string, i: number, text: string): [string, number] {
  const next = jql[i + 1];
  if (next === undefined) throw syntaxError(jql, i, "The escape sequence '\\' is not complete.");
  if (next !== 'u') return [text + (ESCAPES[next] ?? next), i + 2];
  const hex = jql.slice(i + 2, i + 6);
  if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw syntaxError(jql, i, `The escape sequence '\\u${hex}' is illegal.`);
  return [text + String.fromCharCode(parseInt(hex, 16)), i + 6];
}
