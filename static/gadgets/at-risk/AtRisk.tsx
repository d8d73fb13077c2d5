// "At risk now": a bar per issue, its business hours left (overdue below zero), soonest first; the table
// links each issue.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GadgetTable } from '@contract/gadgets';
import { AT_RISK, type AtRiskSettings } from '@contract/gadgets/at-risk';
import { useText } from '../../shared/i18n';
import { formatCell } from '../shared/cells';
import { ChartTable } from '../shared/ChartTable';
import { AXIS, BAD, GRID, SERIES, TOOLTIP } from '../shared/chart-style';
import { LoadedView } from '../shared/Loaded';
import { useGadgetData } from '../shared/useGadgetData';
import { useAtRiskText } from './texts';

const HOUR = 3_600_000;

/** Hours left drawn in one colour, hours overdue (below zero) in another. */
const split = (hours: number) => (hours < 0 ? { left: 0, overdue: hours } : { left: hours, overdue: 0 });

export function AtRisk({ settings, gadgetId }: { readonly settings: AtRiskSettings; readonly gadgetId: string }) {
  const t = useAtRiskText();
  const text = useText();
  const [loaded, reload] = useGadgetData<GadgetTable>(AT_RISK.data, settings, gadgetId);
  const stateLabel = (s: string) =>
    ({ running: t('running'), paused: t('paused'), atRisk: t('atRisk'), breached: t('breachedState'), met: t('met') })[
      s
    ] ?? s;
  return (
    <LoadedView loaded={loaded} retry={reload} isEmpty={(d) => d.rows.length === 0} empty={t('empty')}>
      {(table) => {
        const shown: GadgetTable = {
          ...table,
          rows: table.rows.map((r) => ({ ...r, state: stateLabel(String(r.state)) })),
        };
        const leftCol = table.columns.find((c) => c.key === 'leftMs')!;
        const data = table.rows.map((r) => ({
          issue: String(r.issue),
          ...split(r.leftMs === null ? 0 : Math.round((Number(r.leftMs) / HOUR) * 10) / 10),
          shown: formatCell(leftCol, r.leftMs ?? null, table, text),
        }));
        return (
          <ChartTable
            table={shown}
            label={(k) => t(k as 'issue')}
            caption={t('caption')}
            csvName="itr-at-risk"
            link={(r, key) => (key === 'issue' ? `/browse/${String(r.issue)}` : null)}
            footer={<p className="gadget-note">{t('note')}</p>}
            chart={
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
                  <CartesianGrid stroke={GRID} horizontal={false} />
                  <XAxis type="number" {...AXIS} unit="h" />
                  <YAxis type="category" dataKey="issue" width={80} {...AXIS} />
                  <ReferenceLine x={0} stroke={BAD} />
                  <Legend />
                  <Tooltip
                    {...TOOLTIP}
                    formatter={(_v, _n, item) => [(item.payload as { shown: string }).shown, t('leftMs')]}
                  />
                  <Bar
                    dataKey="left"
                    stackId="t"
                    name={t('hoursLeft')}
                    fill={SERIES[0]!}
                    isAnimationActive={false}
                    maxBarSize={28}
                  />
                  <Bar
                    dataKey="overdue"
                    stackId="t"
                    name={t('hoursOverdue')}
                    fill={BAD}
                    isAnimationActive={false}
                    maxBarSize={28}
                  />
                </BarChart>
              </ResponsiveContainer>
            }
          />
        );
      }}
    </LoadedView>
  );
}
