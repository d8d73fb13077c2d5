// "Supplier scorecard": three parts, one shown at a time, each a chart with its table and CSV — the latest
// audit's six dimensions as a radar per supplier, the tier's on-time rate by month as a line per supplier,
// and the UC flags counted per supplier.
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GadgetTable } from '@contract/gadgets';
import { SUPPLIERS, type SupplierScorecard, type SuppliersSettings } from '@contract/gadgets/suppliers';
import { AUDIT_DIMENSIONS } from '@contract/records/supplier-audit';
import { useText } from '../../shared/i18n';
import { monthLabel, named } from '../shared/cells';
import { ChartTable } from '../shared/ChartTable';
import { AXIS, BAD, GRID, SERIES, TOOLTIP } from '../shared/chart-style';
import { LoadedView } from '../shared/Loaded';
import { useGadgetData } from '../shared/useGadgetData';
import { useSupplierText } from '../../project/suppliers/texts';
import { useSuppliersText } from './texts';

type Part = 'audits' | 'onTime' | 'flags';
const PARTS: readonly Part[] = ['audits', 'onTime', 'flags'];

export function Suppliers(p: { readonly settings: SuppliersSettings; readonly gadgetId: string }) {
  const t = useSuppliersText();
  const dimension = useSupplierText(); // the audit's six dimensions, named as the Suppliers tab names them
  const text = useText();
  const [loaded, reload] = useGadgetData<SupplierScorecard>(SUPPLIERS.data, p.settings, p.gadgetId);
  const [part, setPart] = useState<Part>('audits');
  const label = (k: string) =>
    (AUDIT_DIMENSIONS as readonly string[]).includes(k) ? dimension(k as 'cooperation') : t(k as 'supplier');
  const name = (table: GadgetTable, id: unknown) => named(String(id), table, text);
  return (
    <LoadedView loaded={loaded} retry={reload} isEmpty={(d) => d.audits.rows.length === 0} empty={t('empty')}>
      {(card) => {
        const suppliers = card.audits.rows.map((r) => String(r['supplier']));
        const colour = (id: string) => SERIES[Math.max(0, suppliers.indexOf(id)) % SERIES.length]!;
        const audited = card.audits.rows.filter((r) => r['total'] !== null);
        const radar = AUDIT_DIMENSIONS.map((d) => ({
          dimension: dimension(d),
          ...Object.fromEntries(audited.map((r) => [String(r['supplier']), r[d]])),
        }));
        const months = [...new Set(card.onTime.rows.map((r) => String(r['month'])))];
        const trend = months.map((m) => ({
          month: monthLabel(m, text),
          ...Object.fromEntries(
            card.onTime.rows
              .filter((r) => r['month'] === m && r['onTimeRate'] !== null)
              .map((r) => [String(r['supplier']), Math.round(Number(r['onTimeRate']) * 1000) / 10]),
          ),
        }));
        const flagged = suppliers.map((s) => ({
          supplier: name(card.audits, s),
          flags: card.flags.rows.filter((r) => r['supplier'] === s).length,
        }));
        const flags: GadgetTable = {
          ...card.flags,
          rows: card.flags.rows.map((r) => ({ ...r, flag: t(r['flag'] as 'looser') })),
        };
        const onTimeSuppliers = [...new Set(card.onTime.rows.map((r) => String(r['supplier'])))];
        return (
          <div className="gadget-body">
            <div className="gadget-toolbar">
              <div className="switch" role="group" aria-label={t('section')}>
                {PARTS.map((k) => (
                  <button key={k} type="button" aria-pressed={part === k} onClick={() => setPart(k)}>
                    {t(k)}
                  </button>
                ))}
              </div>
            </div>
            {part === 'audits' && (
              <ChartTable
                table={card.audits}
                label={label}
                caption={t('auditsCaption')}
                csvName="itr-supplier-audits"
                chart={
                  audited.length === 0 ? (
                    <p className="gadget-state empty">{t('noAudit')}</p>
                  ) : (
                    <ResponsiveContainer width="100%" height="100%">
                      <RadarChart data={radar} outerRadius="70%">
                        <PolarGrid stroke={GRID} />
                        <PolarAngleAxis dataKey="dimension" tick={AXIS.tick} />
                        <PolarRadiusAxis
                          angle={90}
                          domain={[0, 5]}
                          tickCount={6}
                          tick={AXIS.tick}
                          stroke={AXIS.stroke}
                        />
                        {audited.map((r) => (
                          <Radar
                            key={String(r['supplier'])}
                            dataKey={String(r['supplier'])}
                            name={`${name(card.audits, r['supplier'])} (${String(r['period'])}: ${String(r['total'])})`}
                            stroke={colour(String(r['supplier']))}
                            fill={colour(String(r['supplier']))}
                            fillOpacity={0.15}
                            isAnimationActive={false}
                          />
                        ))}
                        <Tooltip {...TOOLTIP} />
                        <Legend />
                      </RadarChart>
                    </ResponsiveContainer>
                  )
                }
              />
            )}
            {part === 'onTime' && (
              <ChartTable
                table={card.onTime}
                label={label}
                caption={t('onTimeCaption')}
                csvName="itr-supplier-on-time"
                footer={<p className="gadget-note">{t('note')}</p>}
                chart={
                  <ResponsiveContainer width="100%" height="100%">
                    <LineChart data={trend} margin={{ left: 0, right: 8 }}>
                      <CartesianGrid stroke={GRID} vertical={false} />
                      <XAxis dataKey="month" {...AXIS} />
                      <YAxis domain={[0, 100]} unit="%" {...AXIS} />
                      <Tooltip {...TOOLTIP} />
                      <Legend />
                      {onTimeSuppliers.map((s) => (
                        <Line
                          key={s}
                          dataKey={s}
                          name={name(card.onTime, s)}
                          unit="%"
                          stroke={colour(s)}
                          strokeWidth={2}
                          connectNulls
                          isAnimationActive={false}
                        />
                      ))}
                    </LineChart>
                  </ResponsiveContainer>
                }
              />
            )}
            {part === 'flags' && (
              <ChartTable
                table={flags}
                label={label}
                caption={t('flagsCaption')}
                csvName="itr-supplier-uc-flags"
                footer={flags.rows.length === 0 ? <p className="gadget-note">{t('noFlags')}</p> : undefined}
                chart={
                  <ResponsiveContainer width="100%" height="100%">
                    <BarChart data={flagged} layout="vertical" margin={{ left: 8, right: 16 }}>
                      <CartesianGrid stroke={GRID} horizontal={false} />
                      <XAxis type="number" allowDecimals={false} {...AXIS} />
                      <YAxis type="category" dataKey="supplier" width={120} {...AXIS} />
                      <Tooltip {...TOOLTIP} />
                      <Bar dataKey="flags" name={t('flagCount')} fill={BAD} isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                }
              />
            )}
          </div>
        );
      }}
    </LoadedView>
  );
}
