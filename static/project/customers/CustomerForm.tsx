// A customer: contract holder, tier, SLA policy, term, value, account manager, the rules that make an issue
// theirs, and the contacts who act for them. The resolver's refusal lands at the field its path names.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Customer, CustomerMatching } from '@contract/records/customer';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { fromLines, toLines } from './lines';
import { useCustomersText } from './texts';

const RULES: ReadonlyArray<keyof CustomerMatching> = ['fieldValues', 'organizations', 'emailDomains', 'reporterGroups'];
const FIELDS = [
  'name',
  'tier',
  'policy',
  'calendar',
  'termStart',
  'termEnd',
  'valueCents',
  'currency',
  'accountManager',
  'contacts',
  ...RULES.map((r) => `matching.${r}`),
];

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export function CustomerForm(p: {
  readonly initial: Customer;
  readonly heading: string;
  /** Names of people known by account id (the customer's users). */
  readonly names: ReadonlyMap<string, string>;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useCustomersText();
  const tp = useProjectText();
  const form = useRecordForm('customer.save', FIELDS);
  const [v, setV] = useState(p.initial);
  const [value, setValue] = useState(p.initial.valueCents === null ? '' : (p.initial.valueCents / 100).toFixed(2));
  const [rules, setRules] = useState(
    () =>
      Object.fromEntries(RULES.map((r) => [r, toLines(p.initial.matching[r])])) as Record<
        keyof CustomerMatching,
        string
      >,
  );
  const [contacts, setContacts] = useState(toLines(p.initial.contacts));
  const set = <K extends keyof Customer>(k: K, x: Customer[K]) => setV({ ...v, [k]: x });
  const text = (k: 'tier' | 'policy' | 'calendar' | 'accountManager' | 'currency', hint?: string) => (
    <FormField id={`cu-${k}`} label={t(k)} hint={hint} error={form.at(k)}>
      {(a) => <input {...a} value={v[k] ?? ''} onChange={(e) => set(k, orNull(e.currentTarget.value))} />}
    </FormField>
  );
  const known = fromLines(contacts).filter((c) => p.names.has(c));
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        const cents = value.trim() === '' ? null : Math.round(Number(value.replace(/,/g, '')) * 100);
        void form
          .save({
            ...v,
            valueCents: cents === null || Number.isFinite(cents) ? cents : -1,
            matching: Object.fromEntries(RULES.map((r) => [r, fromLines(rules[r])])),
            contacts: fromLines(contacts),
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
      <FormField id="cu-name" label={t('name')} error={form.at('name')}>
        {(a) => <input {...a} value={v.name} onChange={(e) => set('name', e.currentTarget.value)} />}
      </FormField>
      {text('tier', t('tierHint'))}
      {text('policy', t('policyHint'))}
      {text('calendar', t('calendarHint'))}
      <div className="row">
        {(['termStart', 'termEnd'] as const).map((k) => (
          <FormField key={k} id={`cu-${k}`} label={t(k)} error={form.at(k)}>
            {(a) => (
              <input {...a} type="date" value={v[k] ?? ''} onChange={(e) => set(k, orNull(e.currentTarget.value))} />
            )}
          </FormField>
        ))}
      </div>
      <div className="row">
        <FormField id="cu-value" label={t('value')} hint={t('valueHint')} error={form.at('valueCents')}>
          {(a) => <input {...a} inputMode="decimal" value={value} onChange={(e) => setValue(e.currentTarget.value)} />}
        </FormField>
        {text('currency')}
      </div>
      {text('accountManager', t('accountHint'))}
      <fieldset className="checks">
        <legend>{t('matching')}</legend>
        {RULES.map((r) => (
          <FormField key={r} id={`cu-${r}`} label={t(r)} hint={t('onePerLine')} error={form.at(`matching.${r}`)}>
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={rules[r]}
                onChange={(e) => setRules({ ...rules, [r]: e.currentTarget.value })}
              />
            )}
          </FormField>
        ))}
      </fieldset>
      <FormField id="cu-contacts" label={t('contacts')} hint={t('contactsHint')} error={form.at('contacts')}>
        {(a) => <textarea {...a} rows={2} value={contacts} onChange={(e) => setContacts(e.currentTarget.value)} />}
      </FormField>
      {known.length ? (
        <ul className="small">
          {known.map((c) => (
            <li key={c}>
              {c}: {t('knownAs', { name: p.names.get(c)! })}
            </li>
          ))}
        </ul>
      ) : null}
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
