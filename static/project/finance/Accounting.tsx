// A budget's accounting: the figures to date with the formula beside each, the four benefit measures, the
// budget table by phase, and the months (exported as CSV). The forecast's method is the reader's choice.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import { toCsv } from '@contract/csv';
import type { PanelResult } from '@contract/panel';
import {
  BUDGET,
  EXPENSE_ITEMS,
  INCOME_ITEMS,
  type Budget,
  type BudgetSummary,
  type ForecastMethod,
} from '@contract/records/budget';
import { call } from '../../shared/forge';
import { useText } from '../../shared/i18n';
import { download } from '../records/download';
import { money } from '../records/money';
import { useProjectText } from '../texts';
import { percent, ratio } from './amount';
import { itemLabel } from './BudgetForm';
import { useFinanceText } from './texts';

export function Accounting(p: { readonly budgets: readonly Budget[]; readonly version: number }) {
  const t = useFinanceText();
  const tp = useProjectText();
  const { locale } = useText();
  const [chosen, setChosen] = useState<string>('');
  const [method, setMethod] = useState<ForecastMethod>('remaining');
  const [result, setResult] = useState<PanelResult<{ budget: Budget; summary: BudgetSummary }> | null>(null);
  const budgetId = chosen || p.budgets[0]?.id || '';
  useEffect(() => {
    if (!budgetId) return;
    let live = true;
    setResult(null);
    void call<{ budget: Budget; summary: BudgetSummary }>(BUDGET.summary, { budgetId, method }).then(
      (r) => live && setResult(r),
    );
    return () => {
      live = false;
    };
  }, [budgetId, method, p.version]);
  const m = (cents: number | null) => (cents === null ? t('none') : money(cents, locale));

  const controls = (
    <div className="row wrap toolbar">
      <label htmlFor="fi-budget">{t('budget')}</label>
      <select id="fi-budget" value={budgetId} onChange={(e) => setChosen(e.currentTarget.value)}>
        {p.budgets.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title}
          </option>
        ))}
      </select>
      <fieldset className="inline">
        <legend>{t('forecastMethod')}</legend>
        {(['remaining', 'runRate'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="fi-method" checked={method === k} onChange={() => setMethod(k)} />
            {t(k)}
          </label>
        ))}
      </fieldset>
    </div>
  );
  if (p.budgets.length === 0)
    return (
      <section aria-labelledby="fi-accounting-h" className="record-section">
        <h2 id="fi-accounting-h">{t('accounting')}</h2>
        <p>{t('noBudget')}</p>
      </section>
    );
  return (
    <section aria-labelledby="fi-accounting-h" className="record-section">
      <h2 id="fi-accounting-h">{t('accounting')}</h2>
      {controls}
      {!result ? (
        <Spinner label={tp('loading')} />
      ) : !result.ok ? (
        <SectionMessage appearance="error" title={tp('failed')}>
          <p>{result.error.message}</p>
        </SectionMessage>
      ) : (
        <Figures budget={result.data.budget} s={result.data.summary} m={m} locale={locale} />
      )}
    </section>
  );
}

function Figures(p: {
  readonly budget: Budget;
  readonly s: BudgetSummary;
  readonly m: (cents: number | null) => string;
  readonly locale: string;
}) {
  const t = useFinanceText();
  const tp = useProjectText();
  const { s, m, locale } = p;
  const x = s.totals;
  const totals: ReadonlyArray<readonly [string, string, string]> = [
    [t('budgetTotal'), m(x.budget), ''],
    [t('budgetToDate'), m(x.budgetToDate), ''],
    [t('actual'), m(x.actual), t('fCost')],
    [t('burn'), percent(x.burn, locale), t('fBurn')],
    [t('variance'), m(x.variance), t('fVariance')],
    [`${t('forecast')} (${t(s.method)})`, m(x.forecast), s.method === 'remaining' ? t('fRemaining') : t('fRunRate')],
    [t('income'), m(x.income), t('fIncome')],
  ];
  const measures: ReadonlyArray<readonly [string, string, string]> = [
    [t('ioRatio'), ratio(x.measures.ioRatio, locale), t('fIoRatio')],
    [t('roi'), percent(x.measures.roi, locale), t('fRoi')],
    [t('netOutput'), m(x.measures.netOutput), t('fNetOutput')],
    [t('perCapita'), m(x.measures.perCapita === null ? null : Math.round(x.measures.perCapita)), t('fPerCapita')],
    [t('people'), String(x.measures.people), ''],
  ];
  const monthHeader = [
    t('month'),
    t('budget'),
    t('actualMonth'),
    t('labour'),
    t('costs'),
    t('hours'),
    t('income'),
    t('forecast'),
    t('ioRatio'),
    t('roi'),
    t('netOutput'),
    t('perCapita'),
    t('people'),
  ];
  const exportCsv = () =>
    download(
      `finance-${p.budget.title}.csv`,
      toCsv(
        monthHeader,
        s.months.map((r) => [
          r.month,
          (r.budget / 100).toFixed(2),
          (r.actual / 100).toFixed(2),
          (r.labour / 100).toFixed(2),
          (r.costs / 100).toFixed(2),
          r.hours.toFixed(2),
          (r.income / 100).toFixed(2),
          r.forecast === null ? null : (r.forecast / 100).toFixed(2),
          r.measures.ioRatio,
          r.measures.roi,
          (r.measures.netOutput / 100).toFixed(2),
          r.measures.perCapita === null ? null : (r.measures.perCapita / 100).toFixed(2),
          r.measures.people,
        ]),
      ),
    );
  const figureTable = (id: string, caption: string, rows: ReadonlyArray<readonly [string, string, string]>) => (
    <table className="grid figures" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('figure')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('formula')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value, formula]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{value}</td>
            <td className="formula">{formula}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <p className="small">
        {p.budget.currency} · {t('span', { from: p.budget.phases[0]!.from, to: p.budget.phases.at(-1)!.to })}
      </p>
      {x.unpricedHours > 0 ? (
        <SectionMessage appearance="warning">
          <p>{t('unpriced', { h: ratio(x.unpricedHours, locale) })}</p>
        </SectionMessage>
      ) : null}
      <div className="figure-tables">
        {figureTable('fi-totals', `${p.budget.title} · ${p.budget.currency}`, totals)}
        {figureTable('fi-measures', t('measures'), measures)}
      </div>
      <table className="grid" id="fi-phases">
        <caption>{t('byPhase')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('phase')}</th>
            <th scope="col">{t('from')}</th>
            <th scope="col">{t('to')}</th>
            {INCOME_ITEMS.map((k) => (
              <th scope="col" key={k}>
                {t('income')}: {itemLabel(k, t)}
              </th>
            ))}
            {EXPENSE_ITEMS.map((k) => (
              <th scope="col" key={k}>
                {t('expense')}: {itemLabel(k, t)}
              </th>
            ))}
            <th scope="col">
              {t('income')} · {t('total')}
            </th>
            <th scope="col">
              {t('expense')} · {t('total')}
            </th>
            <th scope="col">{t('net')}</th>
          </tr>
        </thead>
        <tbody>
          {p.budget.phases.map((ph, i) => (
            <tr key={i}>
              <th scope="row">{ph.name}</th>
              <td>{ph.from}</td>
              <td>{ph.to}</td>
              {INCOME_ITEMS.map((k) => (
                <td className="num" key={k}>
                  {m(ph.income[k])}
                </td>
              ))}
              {EXPENSE_ITEMS.map((k) => (
                <td className="num" key={k}>
                  {m(ph.expense[k])}
                </td>
              ))}
              <td className="num">{m(s.phases[i]!.income)}</td>
              <td className="num">{m(s.phases[i]!.expense)}</td>
              <td className="num">{m(s.phases[i]!.net)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row toolbar">
        <h3 id="fi-months-h">{t('byMonth')}</h3>
        <Button onClick={exportCsv}>{tp('export')}</Button>
      </div>
      <div className="scroll" role="region" aria-labelledby="fi-months-h" tabIndex={0}>
        <table className="grid" id="fi-months">
          <caption className="sr">{t('byMonth')}</caption>
          <thead>
            <tr>
              {monthHeader.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.months.map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.month}</th>
                <td className="num">{m(r.budget)}</td>
                <td className="num">{m(r.actual)}</td>
                <td className="num">{m(r.labour)}</td>
                <td className="num">{m(r.costs)}</td>
                <td className="num">{ratio(r.hours, locale)}</td>
                <td className="num">{m(r.income)}</td>
                <td className="num">{m(r.forecast)}</td>
                <td className="num">{ratio(r.measures.ioRatio, locale)}</td>
                <td className="num">{percent(r.measures.roi, locale)}</td>
                <td className="num">{m(r.measures.netOutput)}</td>
                <td className="num">{m(r.measures.perCapita === null ? null : Math.round(r.measures.perCapita))}</td>
                <td className="num">{r.measures.people}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
