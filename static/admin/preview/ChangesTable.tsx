// The issues the draft would change, most significant first or by key: type, grade and tier, each goal's
// state, deadline (in the viewer's zone) and target (business time) before → after, breaches, new actions.
import Button from '@atlaskit/button/new';
import type { Pair, PreviewIssue, PreviewReport } from '@contract/admin-preview';
import type { LocalText } from '@contract/panel';
import { useState } from 'react';
import { ClockLozenge } from '../../shared/clock';
import { duration, instant } from '../../shared/format';
import { useText } from '../../shared/i18n';
import { actionList } from './Totals';
import { usePreviewText } from './texts';

type Sort = 'severity' | 'key';
const byKey = (a: PreviewIssue, b: PreviewIssue) => a.key.localeCompare(b.key, 'en', { numeric: true });

export function ChangesTable({ report }: { readonly report: PreviewReport }) {
  const t = usePreviewText();
  const [sort, setSort] = useState<Sort>('severity');
  const rows = sort === 'key' ? [...report.issues].sort(byKey) : report.issues; // the resolver ranks them
  return (
    <>
      <div className="row" role="group" aria-label={t('sortBy')}>
        <span>{t('sortBy')}</span>
        {(['severity', 'key'] as const).map((s) => (
          <Button
            key={s}
            appearance="subtle"
            isSelected={sort === s}
            aria-pressed={sort === s}
            onClick={() => setSort(s)}
          >
            {t(s === 'severity' ? 'bySeverity' : 'byKey')}
          </Button>
        ))}
      </div>
      <div className="preview-table-wrap">
        <table className="preview-table">
          <caption>
            {t('table')}
            {report.changed > report.issues.length ? ` · ${t('shown', { n: report.issues.length })}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sort === 'key' ? 'ascending' : 'none'}>
                {t('issue')}
              </th>
              <th scope="col">{t('classification')}</th>
              <th scope="col">{t('goals')}</th>
              <th scope="col">{t('breaches')}</th>
              <th scope="col">{t('newActions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((issue) => (
              <Row key={issue.key} issue={issue} names={report.names} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Row({ issue, names }: { readonly issue: PreviewIssue; readonly names: PreviewReport['names'] }) {
  const t = usePreviewText();
  const text = useText();
  const name = (table: Readonly<Record<string, LocalText>>, id: string | null) =>
    id === null ? t('none') : (table[id]?.[text.lang] ?? id);
  const moved = (label: string, table: Readonly<Record<string, LocalText>>, p: Pair<string> | undefined) =>
    p && (
      <li key={label}>
        {label}: {name(table, p[0])} → {name(table, p[1])}
      </li>
    );
  const when = (ms: number | null) => (ms === null ? t('none') : instant(ms, text));
  const span = (ms: number | null) => (ms === null ? t('none') : duration(ms, text));
  return (
    <tr data-issue={issue.key}>
      <th scope="row">{issue.key}</th>
      <td>
        {issue.serviceType || issue.grade || issue.tier ? (
          <ul className="plain">
            {moved(t('serviceType'), names.serviceTypes, issue.serviceType)}
            {moved(t('grade'), names.grades, issue.grade)}
            {moved(t('tier'), names.tiers, issue.tier)}
          </ul>
        ) : (
          t('none')
        )}
      </td>
      <td>
        <ul className="plain preview-goals">
          {issue.goals.map((g) => (
            <li key={g.goal} data-goal={g.goal}>
              <div className="row">
                <strong>{name(names.goals, g.goal)}</strong>
                {g.state[0] && <ClockLozenge state={g.state[0]} />}
                {g.state[0] !== g.state[1] && (
                  <>
                    <span aria-hidden="true">→</span>
                    {g.state[1] && <ClockLozenge state={g.state[1]} />}
                  </>
                )}
              </div>
              {g.targetMs[0] !== g.targetMs[1] && (
                <div className="why">{t('target', { from: span(g.targetMs[0]), to: span(g.targetMs[1]) })}</div>
              )}
              {g.deadline[0] !== g.deadline[1] && (
                <div className="why">{t('due', { from: when(g.deadline[0]), to: when(g.deadline[1]) })}</div>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td>
        {issue.breachesAdded > 0 && <span className="preview-added">+{issue.breachesAdded}</span>}{' '}
        {issue.breachesRemoved > 0 && <span className="preview-removed">−{issue.breachesRemoved}</span>}
        {issue.breachesAdded === 0 && issue.breachesRemoved === 0 && t('none')}
      </td>
      <td>{actionList(issue.newActions, t) || t('none')}</td>
    </tr>
  );
}
