// Satisfaction surveys (满意度调查): the scores, the periodic campaigns, and every survey (case by case
// and periodic) with search, sort, pages and CSV.
import { useState } from 'react';
import { SURVEY, type SurveyItem } from '@contract/records/survey';
import { useText } from '../../shared/i18n';
import type { TabProps } from '../ProjectPage';
import { RecordList, type Column } from '../records/RecordList';
import { useCustomerOptions } from '../records/useCustomerOptions';
import { CampaignsPanel } from './CampaignsPanel';
import { ScoresPanel } from './ScoresPanel';
import { useSurveyText } from './texts';
import { when } from './when';

export default function SurveysTab({ access }: TabProps) {
  const t = useSurveyText();
  const { locale, zone } = useText();
  const customers = useCustomerOptions();
  const [version, setVersion] = useState(0);
  const customer = (id: string) => customers.find((c) => c.id === id)?.name ?? t('unknownCustomer');
  // A case survey names its issue; a periodic one, whom it asked.
  const subject = (r: SurveyItem) => r.issueKey ?? `${t('kindperiodic')}: ${r.respondent ?? ''}`;
  const at = (ms: number | null) => (ms === null ? '' : when(ms, locale, zone));
  const columns: ReadonlyArray<Column<SurveyItem>> = [
    { label: t('issue'), sort: 'issueKey', cell: subject, csv: subject },
    {
      label: t('customer'),
      cell: (r) => (r.customerId ? customer(r.customerId) : t('none')),
      csv: (r) => (r.customerId ? customer(r.customerId) : ''),
    },
    {
      label: t('engineer'),
      cell: (r) => r.engineerName ?? r.engineer ?? t('none'),
      csv: (r) => r.engineerName ?? r.engineer ?? '',
    },
    { label: t('serviceType'), cell: (r) => r.serviceType ?? t('none'), csv: (r) => r.serviceType ?? '' },
    { label: t('sent'), sort: 'sentAt', cell: (r) => at(r.sentAt), csv: (r) => new Date(r.sentAt).toISOString() },
    {
      label: t('answered'),
      sort: 'answeredAt',
      cell: (r) => (r.answeredAt === null ? t('notYet') : at(r.answeredAt)),
      csv: (r) => (r.answeredAt === null ? '' : new Date(r.answeredAt).toISOString()),
    },
    { label: t('score'), sort: 'score', cell: (r) => r.score ?? t('none'), csv: (r) => r.score },
    { label: t('source'), cell: (r) => t(`source${r.source}`), csv: (r) => r.source },
    { label: t('comment'), cell: (r) => r.comment ?? '', csv: (r) => r.comment ?? '' },
  ];
  return (
    <>
      <ScoresPanel customer={customer} />
      <CampaignsPanel
        canChange={access.canChange}
        customers={customers}
        customer={customer}
        onOpened={() => setVersion(version + 1)}
      />
      <section aria-labelledby="surveys-heading" className="survey-section">
        <h2 id="surveys-heading">{t('caption')}</h2>
        <RecordList<SurveyItem>
          id="surveys"
          caption={t('caption')}
          listKey={SURVEY.list}
          columns={columns}
          searchWhat={t('what')}
          csvName="surveys"
          version={version}
        />
      </section>
    </>
  );
}
