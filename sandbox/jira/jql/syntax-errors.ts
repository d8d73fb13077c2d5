// Jira's wording for the first error Atlassian's JQL grammar reports: reserved words and characters, broken
// strings and escapes from the offending token, "Expecting … but got …" from what the parser expected there.

import { JQLParser as P } from '@atlassianlabs/jql-parser';
import { syntaxError, type JqlError } from './errors';

export interface SyntaxFault {
  /** Token type of the offending token (Token.EOF, -1, at the end). */
  readonly type: number;
  readonly text: string;
  readonly at: number;
  /** Token types the parser could have taken instead. */
  readonly expected: readonly number[];
  /** Parser rule the error happened in. */
  readonly rule: number;
}

const EOF = -1;
const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const VALID_ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
/** Tokens that are text by themselves; anything else must be quoted to serve as a value, field or argument. */
const WORDS = new Set([P.STRING, P.POSNUMBER, P.NEGNUMBER, P.QUOTE_STRING, P.SQUOTE_STRING]);
const SINGLE: Readonly<Record<number, string>> = {
  [P.LPAREN]: "'('",
  [P.RPAREN]: "')'",
  [P.RBRACKET]: "']'",
  [P.LBRACKET]: "'['",
  [P.BY]: "'by'",
  [P.IN]: "'IN'",
  [P.NOT]: "'NOT'",
  [P.EMPTY]: "'EMPTY'",
  [P.POSNUMBER]: 'a custom field id (a positive number)',
};

const hex = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function syntaxMessage(jql: string, fault: SyntaxFault): JqlError {
  const fail = (at: number, detail: string) => syntaxError(jql, at, detail);
  switch (fault.type) {
    case P.RESERVED_WORD:
      return fail(
        fault.at,
        `'${fault.text}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
      );
    case P.ERROR_RESERVED:
      return fail(
        fault.at,
        `The character '${fault.text}' is a reserved JQL character. You must enclose it in a string or use the escape '${hex(fault.text)}' instead.`,
      );
    case P.ERRORCHAR:
      return badCharacter(jql, fault.at);
    case P.INVALID_QUOTE_STRING:
    case P.INVALID_SQUOTE_STRING:
      return badCharacter(jql, fault.at + fault.text.length - 1);
    case P.UNCLOSED_QUOTE_STRING:
    case P.UNCLOSED_SQUOTE_STRING: {
      const content = fault.text.slice(1).replace(/[\r\n]/g, ' ');
      return fail(
        fault.at,
        content
          ? `The quoted string '${content}' has not been completed.`
          : 'The quoted string has not been completed.',
      );
    }
    default:
      return fail(fault.at, expecting(fault, jql.slice(0, fault.at)));
  }
}

/** A backslash that starts no JQL escape, or a character (a control character) that must be escaped. */
function badCharacter(jql: string, at: number): JqlError {
  const char = jql[at] ?? '';
  if (char === '\\') {
    const next = jql[at + 1];
    if (next === undefined) return syntaxError(jql, at, `The escape sequence has not been completed. ${VALID_ESCAPES}`);
    const sequence = next === 'u' ? `\\u${/^[0-9a-fA-F]{0,3}./su.exec(jql.slice(at + 2))?.[0] ?? ''}` : `\\${next}`;
    return syntaxError(jql, at, `'${sequence}' is an illegal JQL escape sequence. ${VALID_ESCAPES}`);
  }
  const { line, character } = lineAndCharacter(jql, at);
  const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return syntaxError(
    jql,
    at,
    `The character 'U+${code}' on line ${line} at position ${character} must be escaped. Use the escape '${hex(char)}' instead.`,
  );
}

function lineAndCharacter(jql: string, at: number): { line: number; character: number } {
  const before = jql.slice(0, at).split('\n');
  return { line: before.length, character: before[before.length - 1]!.length + 1 };
}

/** "Expecting X but got 'T'." (or "… before/at the end of the query."), X named as Jira names it. */
function expecting(fault: SyntaxFault, before: string): string {
  const { expected, rule } = fault;
  const has = (type: number) => expected.includes(type);
  let what: string;
  let as: string | undefined;
  if (has(P.EQUALS)) what = `operator`;
  else if (rule === P.RULE_jqlArgument || rule === P.RULE_jqlArgumentList)
    [what, as] = ['a function argument', 'an argument'];
  else if (has(P.CUSTOMFIELD)) [what, as] = ['a field name', 'a field name'];
  else if (has(P.STRING)) [what, as] = ['either a value, list or function', 'a value'];
  else if (has(P.RPAREN) && has(P.COMMA)) what = "either ')' or ','";
  else if (has(P.ORDER)) what = "either 'OR' or 'AND'";
  else if (has(EOF)) what = /\b(?:asc|desc)\s*$/iu.test(before) ? "','" : "either 'ASC' or 'DESC'";
  else what = expected.map((type) => SINGLE[type] ?? `'${P.VOCABULARY.getDisplayName(type)}'`).join(' or ');
  const end = what === 'a field name' || what === 'a function argument' ? 'at' : 'before';
  let detail =
    fault.type === EOF
      ? `Expecting ${what} ${end} the end of the query.`
      : `Expecting ${what} but got '${fault.text}'.`;
  if (fault.type !== EOF && as && !WORDS.has(fault.type)) {
    detail +=
      fault.type === P.LBRACKET && as === 'a field name'
        ? " Did you mean 'cf['?"
        : ` You must surround '${fault.text}' in quotation marks to use it as ${as}.`;
  }
  return what === 'operator' ? `${detail} ${VALID_OPERATORS}` : detail;
}
