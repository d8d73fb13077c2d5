// A contract: the customer, the SLA policy bought, its term, value and when to remind of its renewal.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Contract } from '@contract/records/contract';
import { FormField } from '../records/FormField';
import type { CustomerOption } from '../records/useCustomerOptions';
import { useRecordForm } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { useContractsText } from './texts';

const FIELDS = ['customerId', 'title', 'policy', 'starts', 'ends', 'valueCents', 'remindDays'];

export function ContractForm(p: {
  readonly initial: Contract;
  readonly customers: readonly CustomerOption[];
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useContractsText();
  const tp = useProjectText();
  const form = useRecordForm('contract.save', FIELDS);
  const [v, setV] = useState(p.initial);
  const [value, setValue] = useState(p.initial.valueCents === null ? '' : (p.initial.valueCents / 100).toFixed(2));
  const [remind, setRemind] = useState(String(p.initial.remindDays));
  const set = <K extends keyof Contract>(k: K, x: Contract[K]) => setV({ ...v, [k]: x });
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        const cents = value.trim() === '' ? null : Math.round(Number(value.replace(/,/g, '')) * 100);
        const days = Number(remind);
        void form
          .save({
            ...v,
            valueCents: cents === null || Number.isFinite(cents) ? cents : -1,
            remindDays: Number.isInteger(days) ? days : -1,
          })
          .then((ok) => ok && p.onDone(true));
      }}
    >
      <h3>{p.heading}</h3>
      {form.general ? (
        <p className="error" role="alert">
          {form.general}
        </p>
      ) : null}
      <FormField id="ct-title" label={t('title')} error={form.at('title')}>
        {(a) => <input {...a} value={v.title} onChange={(e) => set('title', e.currentTarget.value)} />}
      </FormField>
      <FormField id="ct-customer" label={t('customer')} error={form.at('customerId')}>
        {(a) => (
          <select {...a} value={v.customerId} onChange={(e) => set('customerId', e.currentTarget.value)}>
            <option value="">{t('chooseCustomer')}</option>
            {p.customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="ct-policy" label={t('policy')} hint={t('policyHint')} error={form.at('policy')}>
        {(a) => <input {...a} value={v.policy} onChange={(e) => set('policy', e.currentTarget.value)} />}
      </FormField>
      <div className="row">
        {(['starts', 'ends'] as const).map((k) => (
          <FormField key={k} id={`ct-${k}`} label={t(k)} error={form.at(k)}>
            {(a) => <input {...a} type="date" value={v[k]} onChange={(e) => set(k, e.currentTarget.value)} />}
          </FormField>
        ))}
      </div>
      <FormField id="ct-value" label={t('value')} hint={t('valueHint')} error={form.at('valueCents')}>
        {(a) => <input {...a} inputMode="decimal" value={value} onChange={(e) => setValue(e.currentTarget.value)} />}
      </FormField>
      <FormField id="ct-remind" label={t('remindDays')} hint={t('remindHint')} error={form.at('remindDays')}>
        {(a) => <input {...a} inputMode="numeric" value={remind} onChange={(e) => setRemind(e.currentTarget.value)} />}
      </FormField>
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
