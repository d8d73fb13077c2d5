// What the last check said the configuration turns on: the projects in scope, Jira's approximate count
// of their issues, and the changes the app will make.
import type { SetupReport } from '@contract/admin';
import { useSetupText, type SetupTextKey } from './texts';

export function CheckReport({ report }: { readonly report: SetupReport }) {
  const t = useSetupText();
  const { projects, approximateIssues } = report.scope;
  return (
    <section aria-labelledby="report-title">
      <h3 id="report-title">{t('report')}</h3>
      <dl className="facts">
        <dt>{t('reportProjects')}</dt>
        <dd data-report="projects">
          {projects.length > 0 ? projects.map((p) => `${p.key} · ${p.name}`).join(', ') : t('reportNone')}
        </dd>
        <dt>{t('reportIssues')}</dt>
        <dd data-report="issues">{approximateIssues ?? '—'}</dd>
        <dt>{t('reportEffects')}</dt>
        <dd data-report="effects">
          {report.effectsOn.length > 0
            ? report.effectsOn.map((e) => t(`e_${e}` as SetupTextKey).split(/[:：]/)[0]).join(', ')
            : t('reportNone')}
        </dd>
      </dl>
    </section>
  );
}
