// A customer's user: name, email, account id (when they have one), VIP or standard.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { CUSTOMER_USER_TIERS, type CustomerUser } from '@contract/records/customer-user';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { useCustomersText } from './texts';

const FIELDS = ['name', 'email', 'accountId', 'tier'];

export function UserForm(p: {
  readonly initial: CustomerUser;
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useCustomersText();
  const tp = useProjectText();
  const form = useRecordForm('customerUser.save', FIELDS);
  const [v, setV] = useState(p.initial);
  const optional = (k: 'email' | 'accountId') => (
    <FormField id={`cuu-${k}`} label={t(k)} error={form.at(k)}>
      {(a) => (
        <input
          {...a}
          value={v[k] ?? ''}
          onChange={(e) => setV({ ...v, [k]: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })}
        />
      )}
    </FormField>
  );
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        void form.save(v).then((ok) => ok && p.onDone(true));
      }}
    >
      <h4>{p.heading}</h4>
      {form.general ? (
        <p className="error" role="alert">
          {form.general}
        </p>
      ) : null}
      <FormField id="cuu-name" label={t('userName')} error={form.at('name')}>
        {(a) => <input {...a} value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} />}
      </FormField>
      {optional('email')}
      {optional('accountId')}
      <FormField id="cuu-tier" label={t('userTier')} error={form.at('tier')}>
        {(a) => (
          <select
            {...a}
            value={v.tier}
            onChange={(e) => setV({ ...v, tier: e.currentTarget.value as CustomerUser['tier'] })}
          >
            {CUSTOMER_USER_TIERS.map((x) => (
              <option key={x} value={x}>
                {t(x)}
              </option>
            ))}
          </select>
        )}
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
