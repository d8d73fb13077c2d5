// Recording a complaint or praise: what, who through, for which customer and issue, and a complaint's
// handling (leaving 'open' stamps when it was first handled). Refusals land at their field.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { FEEDBACK, FEEDBACK_STATUSES, type Feedback } from '@contract/records/feedback';
import { CustomerSelect } from '../records/CustomerSelect';
import { FormField } from '../records/FormField';
import { fromLocalInput, toLocalInput } from '../records/local-time';
import type { CustomerOption } from '../records/useCustomerOptions';
import { useRecordForm } from '../records/useRecordForm';
import { useText } from '../../shared/i18n';
import { useProjectText } from '../texts';
import { useFeedbackText } from './texts';

const FIELDS = ['kind', 'via', 'customerId', 'issueKey', 'engineer', 'receivedAt', 'text', 'status', 'handledAt'];

export function FeedbackForm(p: {
  readonly initial: Feedback;
  readonly customers: readonly CustomerOption[];
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useFeedbackText();
  const tp = useProjectText();
  const { zone } = useText();
  const form = useRecordForm(FEEDBACK.save, FIELDS);
  const [v, setV] = useState(p.initial);
  const set = <K extends keyof Feedback>(k: K, value: Feedback[K]) => setV({ ...v, [k]: value });
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        void form.save(v).then((ok) => ok && p.onDone(true));
      }}
    >
      <h3>{p.heading}</h3>
      {form.general ? (
        <p className="error" role="alert">
          {form.general}
        </p>
      ) : null}
      <div className="row">
        <FormField id="fb-kind" label={t('kind')} error={form.at('kind')}>
          {(a) => (
            <select
              {...a}
              value={v.kind}
              onChange={(e) => set('kind', e.currentTarget.value === 'praise' ? 'praise' : 'complaint')}
            >
              <option value="complaint">{t('complaint')}</option>
              <option value="praise">{t('praise')}</option>
            </select>
          )}
        </FormField>
        <FormField id="fb-via" label={t('via')} error={form.at('via')}>
          {(a) => (
            <select
              {...a}
              value={v.via}
              onChange={(e) => set('via', e.currentTarget.value === 'customer' ? 'customer' : 'user')}
            >
              <option value="customer">{t('customerChannel')}</option>
              <option value="user">{t('userChannel')}</option>
            </select>
          )}
        </FormField>
        <CustomerSelect
          id="fb-customer"
          label={t('customer')}
          choose={t('noCustomer')}
          customers={p.customers}
          value={v.customerId ?? ''}
          error={form.at('customerId')}
          onChange={(id) => set('customerId', id || null)}
        />
      </div>
      <FormField id="fb-text" label={t('text')} error={form.at('text')}>
        {(a) => <textarea {...a} rows={3} value={v.text} onChange={(e) => set('text', e.currentTarget.value)} />}
      </FormField>
      <div className="row">
        <FormField id="fb-received" label={t('received')} error={form.at('receivedAt')}>
          {(a) => (
            <input
              {...a}
              type="datetime-local"
              value={toLocalInput(v.receivedAt, zone)}
              onChange={(e) => set('receivedAt', fromLocalInput(e.currentTarget.value, zone))}
            />
          )}
        </FormField>
        <FormField id="fb-issue" label={t('issue')} hint={t('issueHint')} error={form.at('issueKey')}>
          {(a) => (
            <input
              {...a}
              value={v.issueKey ?? ''}
              onChange={(e) => set('issueKey', e.currentTarget.value.trim().toUpperCase() || null)}
            />
          )}
        </FormField>
      </div>
      {v.kind === 'praise' ? (
        <FormField id="fb-engineer" label={t('engineer')} hint={t('engineerHint')} error={form.at('engineer')}>
          {(a) => (
            <input
              {...a}
              value={v.engineer ?? ''}
              onChange={(e) => set('engineer', e.currentTarget.value.trim() || null)}
            />
          )}
        </FormField>
      ) : null}
      <div className="row">
        <FormField id="fb-status" label={t('status')} error={form.at('status')}>
          {(a) => (
            <select
              {...a}
              value={v.status}
              onChange={(e) => {
                const status = FEEDBACK_STATUSES.find((s) => s === e.currentTarget.value) ?? 'open';
                const handledAt = status === 'open' ? null : (v.handledAt ?? Date.now());
                setV({ ...v, status, handledAt });
              }}
            >
              {FEEDBACK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(s)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {v.handledAt !== null ? (
          <FormField id="fb-handled" label={t('handledAt')} error={form.at('handledAt')}>
            {(a) => (
              <input
                {...a}
                type="datetime-local"
                value={toLocalInput(v.handledAt!, zone)}
                onChange={(e) => set('handledAt', fromLocalInput(e.currentTarget.value, zone))}
              />
            )}
          </FormField>
        ) : null}
      </div>
      <div className="row">
        <Button type="submit" appearance="primary" isDisabled={form.busy}>
          {form.busy ? tp('saving') : tp('save')}
        </Button>
        <Button appearance="subtle" onClick={() => p.onDone(false)}>
          {tp('cancel')}
        </Button>
      </div>
    </form>
  );
}
