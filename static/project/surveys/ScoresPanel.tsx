// Scores for a date range (the year up to today until the viewer picks one): overall, and per engineer,
// service type and customer with count, average and the 1–5 distribution.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import type { PanelResult } from '@contract/panel';
import { SURVEY, type ScoreGroup, type Scores } from '@contract/records/survey';
import { call } from '../../shared/forge';
import { useProjectText } from '../texts';
import { useSurveyText } from './texts';

type Range = { readonly from?: string; readonly to?: string };

export function ScoresPanel(p: { readonly customer: (id: string) => string }) {
  const t = useSurveyText();
  const tp = useProjectText();
  const [range, setRange] = useState<Range>({});
  const [typed, setTyped] = useState({ from: '', to: '' });
  const [scores, setScores] = useState<PanelResult<Scores> | null>(null);
  useEffect(() => {
    setScores(null);
    void call<Scores>(SURVEY.scores, { ...range }).then((r) => {
      setScores(r);
      if (r.ok) setTyped({ from: r.data.from, to: r.data.to });
    });
  }, [range]);
  const table = (caption: string, groups: readonly ScoreGroup[], name: (key: string) => string) => (
    <table className="grid scores">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group')}</th>
          <th scope="col">{t('count')}</th>
          <th scope="col">{t('average')}</th>
          <th scope="col">{t('distribution')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key}>
            <th scope="row">{g.key ? name(g.key) : t('none')}</th>
            <td>{g.count}</td>
            <td>
              <meter min={1} max={5} low={2.5} high={3.5} optimum={5} value={g.average} aria-label={t('average')} />{' '}
              {g.average.toFixed(2)}
            </td>
            <td>
              {t('distributionOf', {
                s1: g.distribution[0],
                s2: g.distribution[1],
                s3: g.distribution[2],
                s4: g.distribution[3],
                s5: g.distribution[4],
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="scores-heading" className="survey-section">
      <h2 id="scores-heading">{t('scores')}</h2>
      <form
        className="row toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setRange({ ...(typed.from ? { from: typed.from } : {}), ...(typed.to ? { to: typed.to } : {}) });
        }}
      >
        <label htmlFor="scores-from">{t('from')}</label>
        <input
          id="scores-from"
          className="search date"
          type="date"
          value={typed.from}
          onChange={(e) => setTyped({ ...typed, from: e.currentTarget.value })}
        />
        <label htmlFor="scores-to">{t('to')}</label>
        <input
          id="scores-to"
          className="search date"
          type="date"
          value={typed.to}
          onChange={(e) => setTyped({ ...typed, to: e.currentTarget.value })}
        />
        <Button type="submit">{t('show')}</Button>
      </form>
      {!scores ? (
        <Spinner label={tp('loading')} />
      ) : !scores.ok ? (
        <SectionMessage appearance="error" title={tp('failed')}>
          <p>{scores.error.message}</p>
        </SectionMessage>
      ) : scores.data.overall.count === 0 ? (
        <p>{t('noAnswers')}</p>
      ) : (
        <>
          <p role="status">
            {t('overall', { avg: scores.data.overall.average.toFixed(2), n: scores.data.overall.count })} ·{' '}
            {t('distributionOf', {
              s1: scores.data.overall.distribution[0],
              s2: scores.data.overall.distribution[1],
              s3: scores.data.overall.distribution[2],
              s4: scores.data.overall.distribution[3],
              s5: scores.data.overall.distribution[4],
            })}
          </p>
          <div className="score-tables">
            {table(t('byEngineer'), scores.data.byEngineer, (k) => k)}
            {table(t('byServiceType'), scores.data.byServiceType, (k) => k)}
            {table(t('byCustomer'), scores.data.byCustomer, p.customer)}
          </div>
        </>
      )}
    </section>
  );
}
