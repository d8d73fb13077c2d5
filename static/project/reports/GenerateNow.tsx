// "Generate now" for one customer and month (administrators): the same code the daily job runs, so a
// report already made is found, not made twice. Useful when reports were turned on mid-month.
import { useState } from 'react';
import { REPORT, type GenerateOutcome } from '@contract/records/report';
import { CustomerSelect } from '../records/CustomerSelect';
import { FormField } from '../records/FormField';
import { SubmitRow } from '../records/SubmitRow';
import { useCall } from '../records/useCall';
import type { CustomerOption } from '../records/useCustomerOptions';
import { useReportText } from './texts';

/** The month before this one, 'YYYY-MM', in the reader's own calendar. */
function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function GenerateNow(p: { readonly customers: readonly CustomerOption[]; readonly onMade: () => void }) {
  const t = useReportText();
  const generate = useCall<GenerateOutcome>(REPORT.generate);
  const [customerId, setCustomerId] = useState('');
  const [month, setMonth] = useState(lastMonth);
  const [note, setNote] = useState<string | null>(null);
  const error = generate.error;
  const at = (path: string) => (error?.path === path ? error.message : undefined);
  return (
    <form
      className="record"
      aria-label={t('generate')}
      onSubmit={(e) => {
        e.preventDefault();
        setNote(null);
        void generate.run({ customerId, month }).then((r) => {
          if (!r) return;
          const key = r.report.issueKey ?? t('noIssue');
          setNote(r.created ? t('generated', { key }) : t('existed', { key }));
          p.onMade();
        });
      }}
    >
      <h3>{t('generate')}</h3>
      {error && error.path !== 'customerId' && error.path !== 'month' ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div className="row">
        <CustomerSelect
          id="gen-customer"
          label={t('customer')}
          choose={t('chooseCustomer')}
          customers={p.customers}
          value={customerId}
          error={at('customerId')}
          onChange={setCustomerId}
        />
        <FormField id="gen-month" label={t('month')} error={at('month')}>
          {(a) => <input {...a} type="month" value={month} onChange={(e) => setMonth(e.currentTarget.value)} />}
        </FormField>
      </div>
      <SubmitRow busy={generate.busy} label={t('generateFor', { month })} busyLabel={t('generating')} note={note} />
    </form>
  );
}
