// "SLA closure and OLA on-time rates": a line per split value (the largest ones, the rest as "other") of
// the rate by month; in the table behind it, a row's breached count opens its breached issues in Jira's
// issue search (read from the resolver when followed).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { router } from '@forge/bridge';
import { useState } from 'react';
import {
  SLA,
  SLA_DRILL_CAP,
  SLA_FILTER_CAP,
  type SlaBreached,
  type SlaData,
  type SlaSettings,
} from '@contract/gadgets/sla';
import { call } from '../../shared/forge';
import { useText } from '../../shared/i18n';
import { monthLabel, named } from '../shared/cells';
import { ChartTable } from '../shared/ChartTable';
import { AXIS, GRID, SERIES, TOOLTIP } from '../shared/chart-style';
import { LoadedView } from '../shared/Loaded';
import { useGadgetData } from '../shared/useGadgetData';
import { useSlaText } from './texts';

/** Jira's issue search for a drill-down's JQL. */
export const searchLink = (jql: string) => `/issues/?jql=${encodeURIComponent(jql)}`;

export function Sla({ settings, gadgetId }: { readonly settings: SlaSettings; readonly gadgetId: string }) {
  const t = useSlaText();
  const text = useText();
  const [loaded, reload] = useGadgetData<SlaData>(SLA.data, settings, gadgetId);
  const [drillError, setDrillError] = useState<string | null>(null);
  /** Reads the cell's breached issues, then opens them in Jira's issue search. */
  const follow = async (month: string, value: string) => {
    setDrillError(null);
    const r = await call<SlaBreached>(SLA.breached, { ...settings, month, value });
    if (!r.ok) setDrillError(r.error.message);
    else if (r.data.jql === null) setDrillError(t('drillNone'));
    else await router.navigate(searchLink(r.data.jql));
  };
  return (
    <LoadedView loaded={loaded} retry={reload} isEmpty={(d) => d.rows.length === 0} empty={t('empty')}>
      {(table) => {
        const splits = [...new Set(table.rows.map((r) => String(r['split'])))];
        const months = [...new Set(table.rows.map((r) => String(r['month'])))];
        const data = months.map((m) => ({
          month: monthLabel(m, text),
          ...Object.fromEntries(
            table.rows
              .filter((r) => r['month'] === m && r['rate'] !== null)
              .map((r) => [String(r['split']), Math.round(Number(r['rate']) * 1000) / 10]),
          ),
        }));
        const f = table.filter;
        return (
          <ChartTable
            table={table}
            label={(k) => (k === 'split' ? t(settings.split) : t(k as 'met'))}
            caption={t(table.measure === 'sla' ? 'captionSla' : 'captionOla')}
            csvName={`itr-${table.measure}-by-${settings.split}`}
            drill={(r, key) =>
              key === 'breached' && Number(r['breached']) > 0
                ? {
                    label: t('drill', {
                      n: Number(r['breached']),
                      month: monthLabel(String(r['month']), text),
                      split: named(String(r['split']), table, text),
                    }),
                    go: () => void follow(String(r['month']), String(r['split'])),
                  }
                : null
            }
            footer={
              <>
                {f && (
                  <p className="gadget-note">
                    {f.capped
                      ? t('filterCapped', { name: f.name, n: SLA_FILTER_CAP })
                      : t('filterNote', { name: f.name, n: f.issues })}
                  </p>
                )}
                <p className="gadget-note">{t('note', { n: SLA_DRILL_CAP })}</p>
                {drillError && (
                  <p className="field-error" role="alert">
                    {drillError}
                  </p>
                )}
              </>
            }
            chart={
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={data} margin={{ left: 0, right: 16, top: 8 }}>
                  <CartesianGrid stroke={GRID} vertical={false} />
                  <XAxis dataKey="month" {...AXIS} />
                  <YAxis domain={[0, 100]} unit="%" width={48} {...AXIS} />
                  <Legend />
                  <Tooltip {...TOOLTIP} formatter={(v) => `${String(v)}%`} />
                  {splits.map((s, i) => (
                    <Line
                      key={s}
                      dataKey={s}
                      name={named(s, table, text)}
                      stroke={SERIES[i % SERIES.length]!}
                      strokeWidth={2}
                      dot={{ r: 3 }}
                      connectNulls
                      isAnimationActive={false}
                    />
                  ))}
                </LineChart>
              </ResponsiveContainer>
            }
          />
        );
      }}
    </LoadedView>
  );
}
