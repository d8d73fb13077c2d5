// Just enough of MySQL's lexical rules to police a Forge SQL request before it reaches the server: where
// statements end and which words are code, with literals, quoted identifiers and comments out of the way.

/** One statement's code: string literals blanked to '', comments dropped, `quoted` identifiers unquoted. */
export interface StatementCode {
  readonly code: string;
  /** The first keyword, upper-cased (after any opening parentheses), e.g. SELECT, CREATE. */
  readonly keyword: string;
  /** The second keyword, upper-cased, for two-word statements (START TRANSACTION, CREATE DATABASE). */
  readonly secondKeyword: string;
}

/** The non-empty statements of a query, in order; a lone trailing `;` does not make a second one. */
export function statementsOf(query: string): StatementCode[] {
  return codeOf(query)
    .split(';')
    .map((code) => code.trim())
    .filter((code) => code !== '')
    .map((code) => {
      const words = /^[\s(]*([A-Za-z_]+)(?:\s+([A-Za-z_]+))?/.exec(code);
      return { code, keyword: (words?.[1] ?? '').toUpperCase(), secondKeyword: (words?.[2] ?? '').toUpperCase() };
    });
}

function codeOf(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1] ?? '';
    if (c === "'" || c === '"') {
      i = endOfQuoted(query, i, c, true);
      out += "''";
    } else if (c === '`') {
      const end = endOfQuoted(query, i, c, false);
      out += query.slice(i + 1, end - 1).replace(/[^\w$]/g, '_');
      i = end;
    } else if (c === '#' || (c === '-' && next === '-' && /^[\s]?$/.test(query[i + 2] ?? ''))) {
      const newline = query.indexOf('\n', i);
      i = newline < 0 ? query.length : newline;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const close = query.indexOf('*/', i + 2);
      const end = close < 0 ? query.length : close + 2;
      // /*! … */ and /*M! … */ are MySQL/MariaDB "executable comments": the server runs what is inside.
      const executable = /^\/\*M?!\d*/.exec(query.slice(i, end));
      out += executable ? ` ${codeOf(query.slice(i + executable[0].length, close < 0 ? end : close))} ` : ' ';
      i = end;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Index just past the closing quote; a doubled quote is an escaped one, and so is a backslash in strings. */
function endOfQuoted(text: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (backslashEscapes && c === '\\') i += 2;
    else if (c === quote && text[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i += 1;
  }
  return text.length;
}
