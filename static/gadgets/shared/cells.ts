// How a table cell reads for the viewer (their language, zone and number format) — the table, the chart's
// labels and tooltips and the CSV all go through here, so they agree.
import type { Cell, Column, GadgetTable } from '@contract/gadgets';
import { duration, instant } from '../../shared/format';
import type { Text } from '../../shared/i18n';

export function monthLabel(month: string, t: Text): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(t.locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

/** A text cell's id shown by its configured name, when the table names it. */
export function named(value: string, table: GadgetTable, t: Text): string {
  const n = table.names?.[value];
  return n ? n[t.lang] : value;
}

export function formatCell(column: Column, value: Cell, table: GadgetTable, t: Text): string {
  if (value === null) return '—';
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(t.locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
  switch (column.kind) {
    case 'text':
      return named(String(value), table, t);
    case 'month':
      return monthLabel(String(value), t);
    case 'count':
      return number(Number(value), 0);
    case 'percent':
      return `${number(Number(value) * 100, 1)}%`;
    case 'ratio':
      return number(Number(value), 2);
    case 'money':
      return number(Number(value) / 100, 2);
    case 'duration':
      return `${Number(value) < 0 ? '−' : ''}${duration(Number(value), t)}`;
    case 'score':
      return number(Number(value), 2);
    case 'time':
      return instant(Number(value), t);
  }
}

/** The CSV's cells: raw numbers (a spreadsheet computes with them), names and months as the viewer reads
 * them, instants as ISO 8601. */
export function csvCell(column: Column, value: Cell, table: GadgetTable, t: Text): string | number | null {
  if (value === null) return null;
  if (column.kind === 'text') return named(String(value), table, t);
  if (column.kind === 'time') return new Date(Number(value)).toISOString();
  if (column.kind === 'money') return Number(value) / 100;
  return value;
}
