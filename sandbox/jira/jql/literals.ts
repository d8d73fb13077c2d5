// Literal text as Jira reads it: JQL escapes, dates (absolute in UTC, or relative to now), the increments of the
// startOf…() functions, and text search (~).

const ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r' };

/** A string, field name or argument as written (quoted or not), its quotes removed and escapes decoded; the grammar has checked both. */
export function unquote(text: string): string {
  const body = text.length >= 2 && /^(["']).*\1$/su.test(text) ? text.slice(1, -1) : text;
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/gsu, (_, escape: string) =>
    escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (ESCAPES[escape] ?? escape),
  );
}

const UNIT_MS: Readonly<Record<string, number>> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };
const RELATIVE = /^([+-]?)((?:\d+[wdhm]\s*)+)$/;
const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;

/** Epoch ms for "yyyy-MM-dd", "yyyy/MM/dd", either with " HH:mm" (UTC), or a period like "-1d", "4w 2d"; undefined if neither. */
export function parseDate(text: string, now: number): number | undefined {
  const relative = RELATIVE.exec(text.trim());
  if (relative) {
    let span = 0;
    for (const [, count, unit] of relative[2]!.matchAll(/(\d+)([wdhm])/g)) span += Number(count) * UNIT_MS[unit!]!;
    return relative[1] === '-' ? now - span : now + span;
  }
  const absolute = ABSOLUTE.exec(text.trim());
  if (!absolute) return undefined;
  const part = (group: number) => Number(absolute[group] ?? 0);
  const [year, month, day, hour, minute] = [part(1), part(2), part(3), part(4), part(5)];
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(ms);
  const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
  return valid ? ms : undefined;
}

/**
 * The lower-cased terms of a text search: quoted phrases whole, other words split on spaces, trailing
 * wildcards dropped. Every term must occur in the text (Jira joins terms with AND); terms match as
 * substrings, which also serves Chinese text, where there are no spaces between words.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [match] of text.toLowerCase().matchAll(/"[^"]*"|\S+/g)) {
    const term = match
      .replace(/^"|"$/g, '')
      .replace(/[*?]+$/, '')
      .trim();
    if (term) terms.push(term);
  }
  return terms;
}
