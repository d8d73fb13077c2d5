// Opening a periodic survey: a title, one customer or all, and the closing day. The resolver's refusal
// lands at the field its path names ("campaign.closesOn").
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { SURVEY, type CampaignInput, type CampaignLink, type Campaign } from '@contract/records/survey';
import { call } from '../../shared/forge';
import { CustomerSelect } from '../records/CustomerSelect';
import { FormField } from '../records/FormField';
import type { CustomerOption } from '../records/useCustomerOptions';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { useSurveyText } from './texts';

const FIELDS = ['title', 'customerId', 'closesOn'] as const;

export function CampaignForm(p: {
  readonly customers: readonly CustomerOption[];
  readonly onDone: (opened: { campaign: Campaign; links: CampaignLink[] } | null) => void;
}) {
  const t = useSurveyText();
  const tp = useProjectText();
  const [v, setV] = useState<CampaignInput>({ id: newId(), title: '', customerId: null, closesOn: '' });
  const [error, setError] = useState<{ message: string; path?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const at = (f: (typeof FIELDS)[number]) => (error?.path === `campaign.${f}` ? error.message : undefined);
  const general = error && !FIELDS.some((f) => at(f) !== undefined) ? error.message : undefined;
  return (
    <form
      className="record"
      aria-label={t('open')}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void call<{ campaign: Campaign; links: CampaignLink[] }>(SURVEY.openCampaign, { campaign: v }).then((r) => {
          setBusy(false);
          setError(r.ok ? null : r.error);
          if (r.ok) p.onDone(r.data);
        });
      }}
    >
      <h3>{t('open')}</h3>
      {general ? (
        <p className="error" role="alert">
          {general}
        </p>
      ) : null}
      <FormField id="campaign-title" label={t('title')} error={at('title')}>
        {(a) => <input {...a} value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} />}
      </FormField>
      <CustomerSelect
        id="campaign-customer"
        label={t('customer')}
        choose={t('allCustomers')}
        customers={p.customers}
        value={v.customerId ?? ''}
        error={at('customerId')}
        onChange={(id) => setV({ ...v, customerId: id || null })}
      />
      <FormField id="campaign-closes" label={t('closesOn')} hint={t('closesHint')} error={at('closesOn')}>
        {(a) => (
          <input
            {...a}
            type="date"
            value={v.closesOn}
            onChange={(e) => setV({ ...v, closesOn: e.currentTarget.value })}
          />
        )}
      </FormField>
      <div className="row">
        <Button type="submit" appearance="primary" isDisabled={busy}>
          {busy ? t('opening') : t('openIt')}
        </Button>
        <Button appearance="subtle" onClick={() => p.onDone(null)}>
          {tp('cancel')}
        </Button>
      </div>
    </form>
  );
}
