// What-if: the draft previewed on the recent issues in scope before it is activated — totals, then the
// issues it would change.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { SectionProps } from '../AdminPage';
import { useAdminText } from '../texts';
import { ChangesTable } from './ChangesTable';
import { Totals } from './Totals';
import { usePreviewText } from './texts';
import { usePreview } from './usePreview';
import './preview.css';

export default function PreviewSection({ draft }: SectionProps) {
  const t = usePreviewText();
  const admin = useAdminText();
  const { state, run } = usePreview(draft);
  return (
    <section aria-labelledby="what-if" className="preview">
      <h2 id="what-if">{admin('whatIf')}</h2>
      <p>{t('intro')}</p>
      <Button appearance="primary" onClick={run} isDisabled={!draft.doc || state.phase === 'running'}>
        {t('run')}
      </Button>
      <div role="status" className="preview-status">
        {state.phase === 'running' && (
          <span className="row">
            <Spinner size="small" />
            {t('running')}
          </span>
        )}
      </div>
      {state.phase === 'failed' && (
        <SectionMessage appearance="error" title={t('failed')}>
          {state.issues.length === 0 ? (
            <p>{state.message}</p>
          ) : (
            <>
              <ul>
                {state.issues.map((i) => (
                  <li key={`${i.path} ${i.message}`}>
                    <code>{i.path === '' ? t('whole') : i.path}</code>: {i.message}
                  </li>
                ))}
              </ul>
              <p>{t('inJson')}</p>
            </>
          )}
        </SectionMessage>
      )}
      {state.phase === 'done' && (
        <div data-preview="done">
          {state.of !== draft.doc && <p className="why">{t('stale')}</p>}
          <Totals report={state.report} />
          {state.report.changed > 0 ? (
            <ChangesTable report={state.report} />
          ) : (
            <p>{t(state.report.examined === 0 ? 'noneExamined' : 'nothing')}</p>
          )}
        </div>
      )}
    </section>
  );
}
