// "Satisfaction and complaints": for the group chosen (all, or one customer or engineer), the month's
// score distribution as stacked bars with CSAT as a line, and complaints against praise; the table and the
// CSV hold every group's rows.
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GadgetTable } from '@contract/gadgets';
import { ALL_GROUP, SATISFACTION, type SatisfactionSettings } from '@contract/gadgets/satisfaction';
import { useText } from '../../shared/i18n';
import { monthLabel, named } from '../shared/cells';
import { ChartTable } from '../shared/ChartTable';
import { AXIS, BAD, GOOD, GRID, NEUTRAL, SERIES, TOOLTIP, WARN } from '../shared/chart-style';
import { LoadedView } from '../shared/Loaded';
import { useGadgetData } from '../shared/useGadgetData';
import { useSatisfactionText } from './texts';

/** Score 1 to 5: red through neutral to green. */
const SCORE_COLOURS = [BAD, WARN, NEUTRAL, SERIES[0]!, GOOD];

export function Satisfaction(p: { readonly settings: SatisfactionSettings; readonly gadgetId: string }) {
  const t = useSatisfactionText();
  const text = useText();
  const [loaded, reload] = useGadgetData<GadgetTable>(SATISFACTION.data, p.settings, p.gadgetId);
  const [group, setGroup] = useState(ALL_GROUP);
  const [chart, setChart] = useState<'scores' | 'voice'>('scores');
  const empty = (d: GadgetTable) =>
    d.rows.every(
      (r) => r['answered'] === 0 && r['praise'] === 0 && r['complaintsCustomer'] === 0 && r['complaintsUser'] === 0,
    );
  return (
    <LoadedView loaded={loaded} retry={reload} isEmpty={empty} empty={t('empty')}>
      {(table) => {
        const groups = [...new Set(table.rows.map((r) => String(r['group'])))];
        const shown = groups.includes(group) ? group : ALL_GROUP;
        const data = table.rows
          .filter((r) => r['group'] === shown)
          .map((r) => ({
            month: monthLabel(String(r['month']), text),
            ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [`s${k}`, Number(r[`score${k}`])])),
            csat: r['csat'] === null ? null : Math.round(Number(r['csat']) * 1000) / 10,
            complaints: Number(r['complaintsCustomer']) + Number(r['complaintsUser']),
            praise: Number(r['praise']),
          }));
        const label = (k: string) =>
          k === 'group' ? t(p.settings.split === 'customer' ? 'groupCustomer' : 'groupEngineer') : t(k as 'month');
        const scores = (
          <ComposedChart data={data} margin={{ left: 0, right: 8 }}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="month" {...AXIS} />
            <YAxis yAxisId="n" allowDecimals={false} {...AXIS} />
            <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" {...AXIS} />
            <Tooltip {...TOOLTIP} />
            <Legend />
            {[1, 2, 3, 4, 5].map((k) => (
              <Bar
                key={k}
                yAxisId="n"
                dataKey={`s${k}`}
                stackId="scores"
                name={t(`score${k}` as 'score1')}
                fill={SCORE_COLOURS[k - 1]!}
                isAnimationActive={false}
              />
            ))}
            <Line
              yAxisId="pct"
              dataKey="csat"
              name={t('csat')}
              unit="%"
              stroke={SERIES[1]!}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        );
        const voice = (
          <BarChart data={data} margin={{ left: 0, right: 8 }}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="month" {...AXIS} />
            <YAxis allowDecimals={false} {...AXIS} />
            <Tooltip {...TOOLTIP} />
            <Legend />
            <Bar dataKey="complaints" name={t('complaints')} fill={BAD} isAnimationActive={false} />
            <Bar dataKey="praise" name={t('praise')} fill={GOOD} isAnimationActive={false} />
          </BarChart>
        );
        return (
          <>
            <div className="gadget-toolbar">
              <label className="field">
                <span>{t('show')}</span>{' '}
                <select value={shown} onChange={(e) => setGroup(e.target.value)}>
                  {groups.map((g) => (
                    <option key={g} value={g}>
                      {named(g, table, text)}
                    </option>
                  ))}
                </select>
              </label>
              <div className="switch" role="group" aria-label={t('chartOf')}>
                {(['scores', 'voice'] as const).map((k) => (
                  <button key={k} type="button" aria-pressed={chart === k} onClick={() => setChart(k)}>
                    {t(k)}
                  </button>
                ))}
              </div>
            </div>
            <ChartTable
              table={table}
              label={label}
              caption={t('caption')}
              csvName="itr-satisfaction"
              footer={<p className="gadget-note">{t('note')}</p>}
              chart={
                <ResponsiveContainer width="100%" height="100%">
                  {chart === 'scores' ? scores : voice}
                </ResponsiveContainer>
              }
            />
          </>
        );
      }}
    </LoadedView>
  );
}
