// The preview's totals as tiles, and what the numbers do not cover (capped, partial, projects not held).
import SectionMessage from '@atlaskit/section-message';
import type { ActionKind, PreviewReport } from '@contract/admin-preview';
import { instant } from '../../shared/format';
import { useText } from '../../shared/i18n';
import { usePreviewText } from './texts';

export function actionList(actions: PreviewReport['actions'], t: ReturnType<typeof usePreviewText>): string {
  return (Object.entries(actions) as Array<[ActionKind, number]>).map(([k, n]) => `${n} × ${t(k)}`).join(', ');
}

export function Totals({ report }: { readonly report: PreviewReport }) {
  const t = usePreviewText();
  const text = useText();
  const actions = Object.values(report.actions).reduce((a, b) => a + b, 0);
  const tiles = [
    ['examined', report.examined, t('ofMatched', { n: report.matched, since: instant(report.since, text) })],
    ['changed', report.changed, ''],
    ['breachesAdded', report.breachesAdded, ''],
    ['breachesRemoved', report.breachesRemoved, ''],
    ['actions', actions, actionList(report.actions, t)],
  ] as const;
  return (
    <>
      <ul className="preview-tiles" aria-label={t('totals')}>
        {tiles.map(([key, n, detail]) => (
          <li key={key} data-total={key}>
            <span className="preview-tile-label">{t(key)}</span>
            <strong className="preview-tile-value">{n}</strong>
            {detail && <span className="preview-tile-detail">{detail}</span>}
          </li>
        ))}
      </ul>
      {report.partial && (
        <SectionMessage appearance="warning">
          <p>{t('partial', { n: report.examined })}</p>
        </SectionMessage>
      )}
      {!report.partial && report.matched > report.examined && <p className="why">{t('capped', { cap: report.cap })}</p>}
      {report.unpreviewedProjects.length > 0 && (
        <p className="why">{t('unpreviewed', { projects: report.unpreviewedProjects.join(', ') })}</p>
      )}
      {report.leavingScope > 0 && <p className="why">{t('leaving', { n: report.leavingScope })}</p>}
      {report.jqlChanged && <p className="why">{t('jqlChanged')}</p>}
      <p className="why">{t('meta', { calls: report.jiraCalls, seconds: (report.elapsedMs / 1000).toFixed(1) })}</p>
    </>
  );
}
