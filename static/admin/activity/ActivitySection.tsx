// Activity: what the app did to Jira lately and what Jira refused (with Jira's message), newest first,
// page by page; and, with the newest page, the recalculation jobs.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import Toggle from '@atlaskit/toggle';
import { useState } from 'react';
import { ActionTable } from './ActionTable';
import { JobTable } from './JobTable';
import { useActivityText } from './texts';
import { useActivity } from './useActivity';
import '../tables.css';

export default function ActivitySection() {
  const t = useActivityText();
  const [page, setPage] = useState(0);
  const [refusedOnly, setRefusedOnly] = useState(false);
  const { result, refresh } = useActivity(page, refusedOnly);
  return (
    <div className="activity">
      <h3>{t('actions')}</h3>
      <div className="row">
        <Toggle
          id="refused-only"
          isChecked={refusedOnly}
          onChange={(e) => {
            setRefusedOnly(e.currentTarget.checked);
            setPage(0);
          }}
        />
        <label htmlFor="refused-only">{t('refusedOnly')}</label>
        <Button appearance="subtle" onClick={refresh}>
          {t('refresh')}
        </Button>
      </div>
      {!result ? (
        <Spinner label={t('loading')} />
      ) : !result.ok ? (
        <SectionMessage appearance="error">
          <p>{t('failed', { message: result.error.message })}</p>
        </SectionMessage>
      ) : result.data.actions.length === 0 && page === 0 ? (
        <p>{refusedOnly ? t('noneRefused') : t('none')}</p>
      ) : (
        <>
          <ActionTable actions={result.data.actions} />
          {page === 0 && result.data.nextPage === null ? null : (
            <nav className="row pager" aria-label={t('page', { n: page + 1 })}>
              <Button onClick={() => setPage(page - 1)} isDisabled={page === 0}>
                {t('newer')}
              </Button>
              <span>{t('page', { n: page + 1 })}</span>
              <Button onClick={() => setPage(page + 1)} isDisabled={result.data.nextPage === null}>
                {t('older')}
              </Button>
            </nav>
          )}
        </>
      )}
      {result?.ok && page === 0 ? (
        <>
          <h3>{t('jobs')}</h3>
          <JobTable jobs={result.data.jobs} />
        </>
      ) : null}
    </div>
  );
}
