// Adding or editing a supplier: name, the support tier it holds, a contact, and what it may subcontract.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Supplier, SupplierSetup } from '@contract/records/supplier';
import { useText } from '../../shared/i18n';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { useSupplierText } from './texts';

const FIELDS = ['name', 'tier', 'contact', 'subcontracting'];

export function SupplierForm(p: {
  readonly initial: Supplier;
  readonly tiers: SupplierSetup['tiers'];
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useSupplierText();
  const tp = useProjectText();
  const text = useText();
  const form = useRecordForm('supplier.save', FIELDS);
  const [s, setS] = useState(p.initial);
  const [share, setShare] = useState(String(p.initial.subcontracting.maxSharePct));
  const [approved, setApproved] = useState(p.initial.subcontracting.approvedSubcontractors.join('\n'));
  const sub = s.subcontracting;
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        const names = approved
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean);
        const record = {
          ...s,
          contact: s.contact?.trim() ? s.contact : null,
          subcontracting: { ...sub, maxSharePct: Number(share), approvedSubcontractors: names },
        };
        void form.save(record).then((ok) => ok && p.onDone(true));
      }}
    >
      <h3>{p.heading}</h3>
      {form.general ? (
        <p className="error" role="alert">
          {form.general}
        </p>
      ) : null}
      <FormField id="sup-name" label={t('name')} error={form.at('name')}>
        {(a) => <input {...a} value={s.name} onChange={(e) => setS({ ...s, name: e.currentTarget.value })} />}
      </FormField>
      <FormField id="sup-tier" label={t('tier')} error={form.at('tier')}>
        {(a) => (
          <select {...a} value={s.tier ?? ''} onChange={(e) => setS({ ...s, tier: e.currentTarget.value || null })}>
            <option value="">{t('noTier')}</option>
            {p.tiers.map((x) => (
              <option key={x.id} value={x.id}>
                {x.id} · {text.local(x.name)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="sup-contact" label={t('contact')} error={form.at('contact')}>
        {(a) => (
          <input {...a} value={s.contact ?? ''} onChange={(e) => setS({ ...s, contact: e.currentTarget.value })} />
        )}
      </FormField>
      <fieldset className="checks">
        <legend>{t('subcontracting')}</legend>
        <label className="row">
          <input
            type="checkbox"
            checked={sub.allowed}
            onChange={(e) => setS({ ...s, subcontracting: { ...sub, allowed: e.currentTarget.checked } })}
          />
          {t('allowed')}
        </label>
        <FormField id="sup-share" label={t('maxShare')} error={form.at('subcontracting.maxSharePct')}>
          {(a) => <input {...a} inputMode="numeric" value={share} onChange={(e) => setShare(e.currentTarget.value)} />}
        </FormField>
        <FormField
          id="sup-approved"
          label={t('approved')}
          hint={t('approvedHint')}
          error={form.at('subcontracting.approvedSubcontractors')}
        >
          {(a) => <textarea {...a} rows={3} value={approved} onChange={(e) => setApproved(e.currentTarget.value)} />}
        </FormField>
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
