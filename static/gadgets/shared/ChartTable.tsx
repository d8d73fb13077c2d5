// Every chart has its table behind it: one switch shows the chart or the same rows as a table, and the
// CSV holds those rows as the table shows them (raw numbers, the viewer's names).
import { router } from '@forge/bridge';
import { useState, type ReactNode } from 'react';
import { toCsv } from '@contract/csv';
import type { GadgetTable } from '@contract/gadgets';
import { useText } from '../../shared/i18n';
import { download } from '../../project/records/download';
import { csvCell, formatCell } from './cells';
import { useGadgetText } from './texts';

export interface ChartTableProps {
  readonly table: GadgetTable;
  /** The column's heading in the viewer's language. */
  readonly label: (key: string) => string;
  readonly caption: string;
  readonly csvName: string;
  readonly chart: ReactNode;
  /** A cell that links somewhere (an issue, a drill-down search). */
  readonly link?: (row: GadgetTable['rows'][number], key: string) => string | null;
  /** A cell whose target is asked for when followed (a button that reads, then navigates): its label. */
  readonly drill?: (row: GadgetTable['rows'][number], key: string) => { label: string; go: () => void } | null;
  readonly footer?: ReactNode;
}

export function ChartTable(p: ChartTableProps) {
  const t = useGadgetText();
  const text = useText();
  const [as, setAs] = useState<'chart' | 'table'>('chart');
  const heading = (key: string) => p.table.columns.find((c) => c.key === key)?.label ?? p.label(key);
  const saveCsv = () =>
    download(
      `${p.csvName}.csv`,
      toCsv(
        p.table.columns.map((c) => heading(c.key)),
        p.table.rows.map((r) => p.table.columns.map((c) => csvCell(c, r[c.key] ?? null, p.table, text))),
      ),
    );
  return (
    <div className="gadget-body">
      <div className="gadget-toolbar">
        <div className="switch" role="group" aria-label={t('view')}>
          {(['chart', 'table'] as const).map((k) => (
            <button key={k} type="button" aria-pressed={as === k} onClick={() => setAs(k)}>
              {t(k)}
            </button>
          ))}
        </div>
        <button type="button" className="gadget-button" onClick={saveCsv}>
          {t('csv')}
        </button>
      </div>
      {as === 'chart' ? (
        <figure className="gadget-chart" aria-label={p.caption}>
          {p.chart}
        </figure>
      ) : (
        <div className="gadget-table-wrap" tabIndex={0} role="region" aria-label={p.caption}>
          <table className="gadget-table">
            <caption>{p.caption}</caption>
            <thead>
              <tr>
                {p.table.columns.map((c) => (
                  <th key={c.key} scope="col" className={c.kind === 'text' || c.kind === 'month' ? '' : 'num'}>
                    {heading(c.key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.table.rows.map((r, i) => (
                <tr key={i}>
                  {p.table.columns.map((c) => {
                    const shown = formatCell(c, r[c.key] ?? null, p.table, text);
                    const to = p.link?.(r, c.key) ?? null;
                    const drill = p.drill?.(r, c.key) ?? null;
                    return (
                      <td key={c.key} className={c.kind === 'text' || c.kind === 'month' ? '' : 'num'}>
                        {drill ? (
                          <button type="button" className="gadget-drill" aria-label={drill.label} onClick={drill.go}>
                            {shown}
                          </button>
                        ) : to ? (
                          <a href={to} onClick={(e) => follow(e, to)}>
                            {shown}
                          </a>
                        ) : (
                          shown
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.footer}
    </div>
  );
}

/** Links open in Jira's page, not inside the gadget's frame. */
export function follow(e: { preventDefault(): void }, to: string): void {
  e.preventDefault();
  void router.navigate(to);
}
