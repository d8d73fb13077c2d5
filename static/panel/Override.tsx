// Override the quality-responsibility verdict: the party held responsible (a supplier named when it is
// one) and why. The resolver checks it; its message shows at the field it names, else below the form.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { PANEL } from '@contract/panel';
import { useState, type ReactNode } from 'react';
import { useText } from '../shared/i18n';
import { useAction, type ActionProps } from './useAction';

type Field = 'party' | 'supplier' | 'reason';
const FIELDS: readonly string[] = ['party', 'supplier', 'reason'] satisfies Field[];

export function Override({ canEdit, onDone, parties }: ActionProps) {
  const t = useText();
  const [party, setParty] = useState('');
  const [supplier, setSupplier] = useState('');
  const [reason, setReason] = useState('');
  const override = useAction(PANEL.overrideResponsibility, () => {
    setReason('');
    onDone();
  });
  const o = override.outcome;
  const at = o && !o.ok && o.path && FIELDS.includes(o.path) ? (o.path as Field) : null;
  // A zod message is "path: message"; at its field the path goes without saying.
  const error = (field: Field) => (at === field ? o!.message.replace(`${field}: `, '') : null);
  const field = (name: Field) => ({ name, error: error(name), disabled: !canEdit });
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
          {...(at === 'party' ? { 'aria-describedby': 'party-error' } : {})}
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
        <TextField
          id="supplier"
          label={t('supplierName')}
          value={supplier}
          onChange={setSupplier}
          {...field('supplier')}
        />
      )}
      <TextField
        id="override-reason"
        label={t('overrideReason')}
        value={reason}
        onChange={setReason}
        {...field('reason')}
      />
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

/** A labelled text field with its error below it, described by it while it shows. */
function TextField(p: {
  readonly id: string;
  readonly name: Field;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | null;
  readonly disabled: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      <Textfield
        id={p.id}
        value={p.value}
        isDisabled={p.disabled}
        isInvalid={p.error !== null}
        {...(p.error !== null ? { 'aria-describedby': `${p.name}-error` } : {})}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      />
      <FieldError field={p.name}>{p.error}</FieldError>
    </div>
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
