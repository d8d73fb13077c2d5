// Adding or editing a supplier: name, the support tier it holds, a contact, and what it may subcontract.
import { useState } from 'react';
import type { Supplier, SupplierSetup } from '@contract/records/supplier';
import { useText } from '../../shared/i18n';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { RecordForm } from './RecordForm';
import { useSupplierText } from './texts';

const FIELDS = ['name', 'tier', 'contact', 'subcontracting'];

export function SupplierForm(p: {
  readonly initial: Supplier;
  readonly tiers: SupplierSetup['tiers'];
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useSupplierText();
  const text = useText();
  const form = useRecordForm('supplier.save', FIELDS);
  const [s, setS] = useState(p.initial);
  const [share, setShare] = useState(String(p.initial.subcontracting.maxSharePct));
  const [approved, setApproved] = useState(p.initial.subcontracting.approvedSubcontractors.join('\n'));
  const sub = s.subcontracting;
  return (
    <RecordForm
      heading={p.heading}
      level={3}

      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() => {
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
    </RecordForm>
  );
}
