// Recording a value-added service: what, for whom, when, its cost, and a note on each of the four
// principles (the resolver refuses one that does not hold, at its checkbox).
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { ValueAdded, ValueAddedCheck } from '@contract/records/value-added';
import { CustomerSelect } from '../records/CustomerSelect';
import { FormField } from '../records/FormField';
import type { CustomerOption } from '../records/useCustomerOptions';
import { useRecordForm } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { useValueAddedText } from './texts';

const CHECKS: readonly ValueAddedCheck[] = ['agreedServiceUnaffected', 'fitsNeed', 'costAcceptable', 'canExtend'];
const FIELDS = ['customerId', 'title', 'deliveredOn', 'costCents', ...CHECKS.map((c) => `checks.${c}`)];

export function ValueAddedForm(p: {
  readonly initial: ValueAdded;
  readonly customers: readonly CustomerOption[];
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useValueAddedText();
  const tp = useProjectText();
  const form = useRecordForm('valueAdded.save', FIELDS);
  const [v, setV] = useState(p.initial);
  const [cost, setCost] = useState((p.initial.costCents / 100).toFixed(2));
  const set = <K extends keyof ValueAdded>(k: K, value: ValueAdded[K]) => setV({ ...v, [k]: value });
  const setCheck = (k: ValueAddedCheck, holds: boolean, note: string) =>
    setV({ ...v, checks: { ...v.checks, [k]: { holds, note } } });
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        const costCents = Math.round(Number(cost.replace(/,/g, '')) * 100);
        void form
          .save({ ...v, costCents: Number.isFinite(costCents) ? costCents : -1 })
          .then((ok) => ok && p.onDone(true));
      }}
    >
      <h3>{p.heading}</h3>
      {form.general ? (
        <p className="error" role="alert">
          {form.general}
        </p>
      ) : null}
      <FormField id="va-title" label={t('title')} error={form.at('title')}>
        {(a) => <input {...a} value={v.title} onChange={(e) => set('title', e.currentTarget.value)} />}
      </FormField>
      <CustomerSelect
        id="va-customer"
        label={t('customer')}
        choose={t('chooseCustomer')}
        customers={p.customers}
        value={v.customerId}
        error={form.at('customerId')}
        onChange={(id) => set('customerId', id)}
      />
      <FormField id="va-delivered" label={t('deliveredOn')} error={form.at('deliveredOn')}>
        {(a) => (
          <input {...a} type="date" value={v.deliveredOn} onChange={(e) => set('deliveredOn', e.currentTarget.value)} />
        )}
      </FormField>
      <FormField id="va-cost" label={t('cost')} hint={t('costHint')} error={form.at('costCents')}>
        {(a) => <input {...a} inputMode="decimal" value={cost} onChange={(e) => setCost(e.currentTarget.value)} />}
      </FormField>
      <fieldset className="checks">
        <legend>{t('checks')}</legend>
        {CHECKS.map((k) => {
          const c = v.checks[k];
          const err = form.at(`checks.${k}`);
          return (
            <div key={k} className="field">
              <label className="row">
                <input
                  type="checkbox"
                  id={`va-${k}`}
                  checked={c.holds}
                  aria-invalid={err !== undefined}
                  aria-describedby={err ? `va-${k}-error` : undefined}
                  onChange={(e) => setCheck(k, e.currentTarget.checked, c.note)}
                />
                {t(k)}
              </label>
              <label htmlFor={`va-${k}-note`} className="sr">
                {t('note')}: {t(k)}
              </label>
              <input
                id={`va-${k}-note`}
                placeholder={t('note')}
                value={c.note}
                onChange={(e) => setCheck(k, c.holds, e.currentTarget.value)}
              />
              {err ? (
                <span className="error" id={`va-${k}-error`} role="alert">
                  {err}
                </span>
              ) : null}
            </div>
          );
        })}
      </fieldset>
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
