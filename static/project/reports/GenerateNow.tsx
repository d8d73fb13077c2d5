// "Generate now" for one customer and month (administrators): the same code the daily job runs, so a
// report already made is found, not made twice. Useful when reports were turned on mid-month.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { REPORT, type GenerateOutcome } from '@contract/records/report';
import { call } from '../../shared/forge';
import { FormField } from '../records/FormField';
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
  const [customerId, setCustomerId] = useState('');
  const [month, setMonth] = useState(lastMonth);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; path?: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  return (
    <form
      className="record"
      aria-label={t('generate')}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setNote(null);
        void call<GenerateOutcome>(REPORT.generate, { customerId, month }).then((r) => {
          setBusy(false);
          setError(r.ok ? null : r.error);
          if (!r.ok) return;
          const key = r.data.report.issueKey ?? t('noIssue');
          setNote(r.data.created ? t('generated', { key }) : t('existed', { key }));
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
        <FormField
          id="gen-customer"
          label={t('customer')}
          error={error?.path === 'customerId' ? error.message : undefined}
        >
          {(a) => (
            <select {...a} value={customerId} onChange={(e) => setCustomerId(e.currentTarget.value)}>
              <option value="">{t('chooseCustomer')}</option>
              {p.customers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="gen-month" label={t('month')} error={error?.path === 'month' ? error.message : undefined}>
          {(a) => <input {...a} type="month" value={month} onChange={(e) => setMonth(e.currentTarget.value)} />}
        </FormField>
      </div>
      <div className="row">
        <Button type="submit" appearance="primary" isDisabled={busy}>
          {busy ? t('generating') : t('generateFor', { month })}
        </Button>
        {note ? (
          <span className="small" role="status">
            {note}
          </span>
        ) : null}
      </div>
    </form>
  );
}
