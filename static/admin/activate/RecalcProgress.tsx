// The recalculation's progress bar: how many open issues are done of Jira's approximate count.
import ProgressBar from '@atlaskit/progress-bar';
import type { RecalculationProgress } from '@contract/admin';
import { useActivateText } from './texts';

export function RecalcProgress({ job }: { readonly job: RecalculationProgress }) {
  const t = useActivateText();
  const { processed, total } = job;
  const label =
    job.status === 'done'
      ? t('recalcDone', { processed })
      : job.status === 'superseded'
        ? t('recalcSuperseded')
        : total === null
          ? t('recalcRunningUnknown', { processed })
          : t('recalcRunning', { processed, total });
  const value = job.status === 'done' ? 1 : total ? Math.min(processed / total, 1) : 0;
  return (
    <div className="recalc" data-status={job.status}>
      <p id="recalc-label" role="status">
        {label}
      </p>
      <ProgressBar
        ariaLabel={label}
        value={value}
        isIndeterminate={job.status === 'running' && total === null}
        appearance={job.status === 'done' ? 'success' : 'default'}
      />
    </div>
  );
}
