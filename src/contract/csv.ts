// CSV as spreadsheets read and write it (RFC 4180): fields quoted when they hold a comma, quote or line
// break; quotes doubled; CRLF between records. A leading BOM lets Excel read UTF-8 (Chinese) correctly.
// Zod-free and pure: the browser exports with it, the server imports with it.

const needsQuotes = /[",\r\n]/;
/** Cells a spreadsheet would run as a formula are prefixed with a quote (CSV injection). */
const formula = /^[=+\-@\t\r]/;

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && formula.test(s)) s = `'${s}`;
  return needsQuotes.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Records of a CSV text; a malformed quote is reported with its line. */
export function parseCsv(text: string): { readonly rows: string[][] } | { readonly error: string } {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  let quoted = false;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        if (i < src.length && !/[,\r\n]/.test(src[i]!)) return { error: `Line ${line}: text after a closing quote.` };
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) return { error: `Line ${line}: a quote is never closed.` };
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { rows: rows.filter((r) => r.length > 1 || r[0] !== '') };
}
