// The latest recalculation jobs: when each started, its status and how far it got.
import Lozenge from '@atlaskit/lozenge';
import type { ActivityJob } from '@contract/admin';
import { instant } from '../../shared/format';
import { useText } from '../../shared/i18n';
import { useActivityText } from './texts';

const STATUS = {
  running: ['running', 'inprogress'],
  done: ['done', 'success'],
  superseded: ['superseded', 'default'],
} as const;

export function JobTable({ jobs }: { readonly jobs: readonly ActivityJob[] }) {
  const t = useActivityText();
  const text = useText();
  if (jobs.length === 0) return <p>{t('noJobs')}</p>;
  return (
    <table className="grid">
      <thead>
        <tr>
          <th scope="col">{t('started')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('progress')}</th>
          <th scope="col">{t('updated')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((j) => {
          const [label, appearance] = j.status in STATUS ? STATUS[j.status as keyof typeof STATUS] : STATUS.superseded;
          return (
            <tr key={j.jobId} data-job={j.status}>
              <td>{instant(j.startedAt, text)}</td>
              <td>
                <Lozenge appearance={appearance}>{t(label)}</Lozenge>
              </td>
              <td>{j.total === null ? j.processed : `${j.processed} / ${j.total}`}</td>
              <td>{instant(j.updatedAt, text)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
