// "Budget vs actual and ROI": per month, the budget and the actual cost as bars with the forecast at
// completion against the budget at completion as lines; or the four benefit measures over time (net and
// per-capita output as bars, input-output ratio and ROI as lines on their own axis). The table and the CSV
// hold the rows per project and month the chart adds up; the formulas are under the chart.
import { useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GadgetTable } from '@contract/gadgets';
import { FINANCE_GADGET, type FinanceSettings } from '@contract/gadgets/finance';
import { useText } from '../../shared/i18n';
import { monthLabel } from '../shared/cells';
import { ChartTable } from '../shared/ChartTable';
import { AXIS, GRID, NEUTRAL, SERIES, TOOLTIP, WARN } from '../shared/chart-style';
import { LoadedView } from '../shared/Loaded';
import { useGadgetData } from '../shared/useGadgetData';
import { useFinanceGadgetText } from './texts';
import './finance.css';

type Key = Parameters<ReturnType<typeof useFinanceGadgetText>>[0];

interface MonthPoint {
  readonly month: string;
  readonly budget: number;
  readonly actual: number;
  readonly forecast: number | null;
  readonly budgetAtCompletion: number;
  readonly netOutput: number;
  readonly perCapita: number | null;
  readonly ioRatio: number | null;
  readonly roi: number | null;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** The rows of a month added up over the projects, the measures recomputed from the sums. */
export function byMonth(table: GadgetTable): MonthPoint[] {
  const months = [...new Set(table.rows.map((r) => String(r.month)))];
  return months.map((month) => {
    const rows = table.rows.filter((r) => r.month === month);
    const sum = (k: string) => rows.reduce((t, r) => t + num(r[k]), 0);
    const income = sum('income');
    const actual = sum('actual');
    const people = sum('people');
    const net = income - actual;
    return {
      month,
      budget: sum('budget') / 100,
      actual: actual / 100,
      forecast: rows.some((r) => r.forecast === null) ? null : sum('forecast') / 100,
      budgetAtCompletion: sum('budgetAtCompletion') / 100,
      netOutput: net / 100,
      perCapita: people > 0 ? net / people / 100 : null,
      ioRatio: actual > 0 ? income / actual : null,
      roi: actual > 0 ? net / actual : null,
    };
  });
}

export function Finance({ settings, gadgetId }: { readonly settings: FinanceSettings; readonly gadgetId: string }) {
  const t = useFinanceGadgetText();
  const text = useText();
  const [show, setShow] = useState<'money' | 'measures'>('money');
  const [loaded, reload] = useGadgetData<GadgetTable>(FINANCE_GADGET.data, settings, gadgetId);
  const money = (v: number) => new Intl.NumberFormat(text.locale, { maximumFractionDigits: 0 }).format(v);
  return (
    <LoadedView loaded={loaded} retry={reload} isEmpty={(d) => d.rows.length === 0} empty={t('empty')}>
      {(table) => {
        const data = byMonth(table).map((p) => ({ ...p, label: monthLabel(p.month, text) }));
        const several = new Set(table.rows.map((r) => r.project)).size > 1;
        const name = (k: Key) => t(k);
        return (
          <>
            <label className="field gadget-choice">
              <span>{t('show')}</span>
              <select value={show} onChange={(e) => setShow(e.target.value as 'money' | 'measures')}>
                <option value="money">{t('showMoney')}</option>
                <option value="measures">{t('showMeasures')}</option>
              </select>
            </label>
            <ChartTable
              table={table}
              label={(k) => t(k as Key)}
              caption={t('caption')}
              csvName="itr-finance"
              footer={
                <>
                  <p className="gadget-note">
                    {t('forecastMethod')} ({t(settings.forecast)}) ={' '}
                    {t(settings.forecast === 'remaining' ? 'remainingFormula' : 'runRateFormula')}
                  </p>
                  <p className="gadget-note">{t('formulas')}</p>
                  {several ? <p className="gadget-note">{t('added')}</p> : null}
                </>
              }
              chart={
                <ResponsiveContainer width="100%" height="100%">
                  {show === 'money' ? (
                    <ComposedChart data={data} margin={{ left: 8, right: 16 }}>
                      <CartesianGrid stroke={GRID} vertical={false} />
                      <XAxis dataKey="label" {...AXIS} />
                      <YAxis {...AXIS} tickFormatter={money} width={72} />
                      <Tooltip {...TOOLTIP} formatter={(v) => money(Number(v))} />
                      <Legend />
                      <Bar dataKey="budget" name={name('budget')} fill={SERIES[0]!} isAnimationActive={false} />
                      <Bar dataKey="actual" name={name('actual')} fill={SERIES[1]!} isAnimationActive={false} />
                      <Line
                        dataKey="forecast"
                        name={name('forecast')}
                        stroke={WARN}
                        strokeWidth={2}
                        isAnimationActive={false}
                      />
                      <Line
                        dataKey="budgetAtCompletion"
                        name={name('budgetAtCompletion')}
                        stroke={NEUTRAL}
                        strokeDasharray="6 4"
                        dot={false}
                        isAnimationActive={false}
                      />
                    </ComposedChart>
                  ) : (
                    <ComposedChart data={data} margin={{ left: 8, right: 16 }}>
                      <CartesianGrid stroke={GRID} vertical={false} />
                      <XAxis dataKey="label" {...AXIS} />
                      <YAxis yAxisId="money" {...AXIS} tickFormatter={money} width={72} />
                      <YAxis yAxisId="ratio" orientation="right" {...AXIS} width={48} />
                      <Tooltip
                        {...TOOLTIP}
                        formatter={(v, n) =>
                          n === name('roi')
                            ? `${(Number(v) * 100).toFixed(1)}%`
                            : n === name('ioRatio')
                              ? Number(v).toFixed(2)
                              : money(Number(v))
                        }
                      />
                      <Legend />
                      <Bar
                        yAxisId="money"
                        dataKey="netOutput"
                        name={name('netOutput')}
                        fill={SERIES[2]!}
                        isAnimationActive={false}
                      />
                      <Bar
                        yAxisId="money"
                        dataKey="perCapita"
                        name={name('perCapita')}
                        fill={SERIES[3]!}
                        isAnimationActive={false}
                      />
                      <Line
                        yAxisId="ratio"
                        dataKey="ioRatio"
                        name={name('ioRatio')}
                        stroke={SERIES[4]!}
                        strokeWidth={2}
                        isAnimationActive={false}
                      />
                      <Line
                        yAxisId="ratio"
                        dataKey="roi"
                        name={name('roi')}
                        stroke={WARN}
                        strokeWidth={2}
                        isAnimationActive={false}
                      />
                    </ComposedChart>
                  )}
                </ResponsiveContainer>
              }
            />
          </>
        );
      }}
    </LoadedView>
  );
}
