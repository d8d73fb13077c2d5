// Override the quality-responsibility verdict: the party held responsible (a supplier named when it is
// one) and why. The resolver checks it; its message shows at the field it names, else below the form.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { PANEL, type PanelView } from '@contract/panel';
import { useState, type ReactNode } from 'react';
import { useText } from '../shared/i18n';
import { useAction } from './useAction';

type Field = 'party' | 'supplier' | 'reason';
const FIELDS: readonly string[] = ['party', 'supplier', 'reason'] satisfies Field[];

export function Override({
  canEdit,
  onDone,
  parties,
}: {
  readonly canEdit: boolean;
  readonly onDone: () => void;
  readonly parties: PanelView['parties'];
}) {
  const t = useText();
  const [party, setParty] = useState('');
  const [supplier, setSupplier] = useState('');
  const [reason, setReason] = useState('');
  const override = useAction(PANEL.overrideResponsibility, onDone);
  const o = override.outcome;
  const at = o && !o.ok && o.path && FIELDS.includes(o.path) ? (o.path as Field) : null;
  // A zod message is "path: message"; at its field the path goes without saying.
  const error = (field: Field) => (at === field ? o!.message.replace(`${field}: `, '') : null);
  const described = (field: Field) => (at === field ? { 'aria-describedby': `${field}-error` } : {});
  return (
    <form
      aria-labelledby="override"
      onSubmit={(e) => {
        e.preventDefault();
        void override.run({ party, ...(supplier.trim() ? { supplier } : {}), reason }, t('done'));
      }}
    >
      <h3 id="override">{t('override')}</h3>
      <div className="field">
        <label htmlFor="party">{t('party')}</label>
        <select
          id="party"
          value={party}
          disabled={!canEdit}
          aria-invalid={at === 'party'}
          {...described('party')}
          onChange={(e) => setParty(e.currentTarget.value)}
        >
          <option value="">{t('choose')}</option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[t.lang]}
            </option>
          ))}
        </select>
        <FieldError field="party">{error('party')}</FieldError>
      </div>
      {party === 'supplier' && (
        <div className="field">
          <label htmlFor="supplier">{t('supplierName')}</label>
          <Textfield
            id="supplier"
            value={supplier}
            isDisabled={!canEdit}
            isInvalid={at === 'supplier'}
            {...described('supplier')}
            onChange={(e) => setSupplier(e.currentTarget.value)}
          />
          <FieldError field="supplier">{error('supplier')}</FieldError>
        </div>
      )}
      <div className="field">
        <label htmlFor="override-reason">{t('overrideReason')}</label>
        <Textfield
          id="override-reason"
          value={reason}
          isDisabled={!canEdit}
          isInvalid={at === 'reason'}
          {...described('reason')}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <FieldError field="reason">{error('reason')}</FieldError>
      </div>
      <Button type="submit" isDisabled={!canEdit || override.busy}>
        {t('overrideSubmit')}
      </Button>
      {o && at === null && (
        <SectionMessage appearance={o.ok ? 'success' : 'error'}>
          <p role="status" id="override-outcome">
            {o.message}
          </p>
        </SectionMessage>
      )}
    </form>
  );
}

function FieldError({ field, children }: { readonly field: Field; readonly children: ReactNode }) {
  if (children === null) return null;
  return (
    <p className="field-error" id={`${field}-error`} role="alert">
      {children}
    </p>
  );
}
