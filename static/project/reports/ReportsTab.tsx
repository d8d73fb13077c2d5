// Monthly service reports: where they go, the reports made (each opening its Jira issue through Jira's
// router), and for the project's administrators "generate now".
import { useState } from 'react';
import type { ServiceReport } from '@contract/records/report';
import type { TabProps } from '../ProjectPage';
import { through } from '../../panel/links';
import { RecordList, type Column } from '../records/RecordList';
import { useCustomerOptions } from '../records/useCustomerOptions';
import { GenerateNow } from './GenerateNow';
import { ReportSettingsForm } from './ReportSettingsForm';
import { useReportText } from './texts';

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** Cycles met over all cycles measured, across the goals. */
function slaRate(r: ServiceReport): number | null {
  const met = r.figures.sla.reduce((n, g) => n + g.met, 0);
  const all = r.figures.sla.reduce((n, g) => n + g.met + g.breached, 0);
  return all === 0 ? null : met / all;
}

export default function ReportsTab({ access }: TabProps) {
  const t = useReportText();
  const customers = useCustomerOptions();
  const [version, setVersion] = useState(0);
  const name = (r: ServiceReport) => r.customerName ?? t('removedCustomer');
  const columns: ReadonlyArray<Column<ServiceReport>> = [
    { label: t('customer'), sort: 'customer', cell: name, csv: name },
    { label: t('month'), sort: 'month', cell: (r) => r.month, csv: (r) => r.month },
    {
      label: t('issue'),
      cell: (r) =>
        r.issueKey ? (
          <a href={`/browse/${r.issueKey}`} onClick={through('navigate', `/browse/${r.issueKey}`)}>
            {r.issueKey}
          </a>
        ) : (
          t('noIssue')
        ),
      csv: (r) => r.issueKey,
    },
    { label: t('dueOn'), sort: 'dueOn', cell: (r) => r.dueOn, csv: (r) => r.dueOn },
    { label: t('reviewDueOn'), cell: (r) => r.reviewDueOn, csv: (r) => r.reviewDueOn },
    { label: t('sla'), cell: (r) => percent(slaRate(r)), csv: (r) => slaRate(r) },
    { label: t('received'), cell: (r) => r.figures.issues.received, csv: (r) => r.figures.issues.received },
    {
      label: t('satisfaction'),
      cell: (r) => r.figures.satisfaction.average?.toFixed(2) ?? '—',
      csv: (r) => r.figures.satisfaction.average,
    },
    {
      label: t('complaints'),
      cell: (r) => r.figures.complaints.customer + r.figures.complaints.user,
      csv: (r) => r.figures.complaints.customer + r.figures.complaints.user,
    },
  ];
  return (
    <>
      <ReportSettingsForm canChange={access.canChange} />
      {access.canChange ? <GenerateNow customers={customers} onMade={() => setVersion(version + 1)} /> : null}
      <RecordList<ServiceReport>
        id="service-reports"
        caption={t('caption')}
        listKey="report.list"
        columns={columns}
        searchWhat={t('what')}
        csvName="service-reports"
        version={version}
      />
    </>
  );
}
