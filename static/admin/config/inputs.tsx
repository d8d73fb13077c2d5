// The inputs the forms are made of, each bound to one JSON path of the draft document.
import Textfield from '@atlaskit/textfield';
import { useState, type SyntheticEvent } from 'react';
import { formatMinutes, parseMinutes } from './duration';
import { useEditor } from './editor';
import { Field } from './Field';
import { getAt, type Path } from './path';
import { useConfigText } from './texts';
import { useText } from '../../shared/i18n';

interface Common {
  readonly path: Path;
  readonly label: string;
  readonly hint?: string;
  /** Empty input removes the key (the schema treats it as absent) instead of storing "". */
  readonly optional?: boolean;
  readonly hideLabel?: boolean;
}

const text = (e: SyntheticEvent<HTMLInputElement>) => e.currentTarget.value;

/** `suggestions`: the id of a <datalist> offering values. */
export function TextInput({
  path,
  label,
  hint,
  optional,
  placeholder,
  hideLabel,
  suggestions,
}: Common & { readonly placeholder?: string; readonly suggestions?: string }) {
  const { doc, set } = useEditor();
  const value = getAt(doc, path);
  return (
    <Field path={path} label={label} {...(hint ? { hint } : {})} hideLabel={hideLabel ?? false}>
      {(aria) => (
        <Textfield
          {...aria}
          isCompact
          isInvalid={aria['aria-invalid']}
          value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
          {...(placeholder ? { placeholder } : {})}
          {...(suggestions ? { list: suggestions } : {})}
          onChange={(e) => set(path, optional && text(e) === '' ? undefined : text(e))}
        />
      )}
    </Field>
  );
}

export function NumberInput({ path, label, hint, optional, step }: Common & { readonly step?: number }) {
  const { doc, set } = useEditor();
  const value = getAt(doc, path);
  return (
    <Field path={path} label={label} {...(hint ? { hint } : {})}>
      {(aria) => (
        <Textfield
          {...aria}
          isCompact
          type="number"
          step={step ?? 1}
          isInvalid={aria['aria-invalid']}
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(e) => set(path, text(e) === '' ? (optional ? undefined : null) : Number(text(e)))}
        />
      )}
    </Field>
  );
}

/** Keeps what the admin is typing while it is not yet a value, and follows outside changes of the value. */
export function useTyped<T>(value: T, show: (v: T) => string) {
  const [typed, setTyped] = useState({ raw: show(value), of: value });
  if (!Object.is(typed.of, value) && JSON.stringify(typed.of) !== JSON.stringify(value))
    setTyped({ raw: show(value), of: value });
  return [typed.raw, (raw: string, of: T) => setTyped({ raw, of })] as const;
}

/** Minutes, shown and typed as hours and minutes. */
export function MinutesInput({ path, label }: Common) {
  const t = useConfigText();
  const { lang } = useText();
  const { doc, set } = useEditor();
  const value = getAt(doc, path);
  const show = (v: unknown) => (typeof v === 'number' ? formatMinutes(v, lang) : '');
  const [raw, setRaw] = useTyped(value, show);
  const bad = raw.trim() !== '' && parseMinutes(raw) === undefined;
  return (
    <Field path={path} label={label} hint={bad ? t('durationHint') : t('durationUnits')}>
      {(aria) => (
        <Textfield
          {...aria}
          isCompact
          isInvalid={aria['aria-invalid'] || bad}
          value={raw}
          onChange={(e) => {
            const minutes = parseMinutes(text(e));
            setRaw(text(e), minutes === undefined ? value : minutes);
            if (minutes !== undefined) set(path, minutes);
          }}
        />
      )}
    </Field>
  );
}

/** The non-empty lines of what was typed, trimmed. */
export const lines = (typed: string): string[] =>
  typed
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** A list of names, one a line (empty: the key is removed when `optional`). */
export function ListInput({ path, label, hint, optional }: Common) {
  const { doc, set } = useEditor();
  const value = getAt(doc, path);
  const list = Array.isArray(value) ? value.map(String) : [];
  const [raw, setRaw] = useTyped(list, (l) => l.join('\n'));
  return (
    <Field path={path} label={label} {...(hint ? { hint } : {})}>
      {(aria) => (
        <textarea
          {...aria}
          className="cfg-textarea"
          rows={Math.min(Math.max(list.length, 2), 6)}
          value={raw}
          onChange={(e) => {
            const next = lines(e.currentTarget.value);
            setRaw(e.currentTarget.value, next);
            set(path, optional && next.length === 0 ? undefined : next);
          }}
        />
      )}
    </Field>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** One of `options`; `none` labels the choice of nothing (the key removed). A value the document holds
 * that is not among the options stays listed, so the admin sees what the check complains about. */
export function SelectInput({
  path,
  label,
  hint,
  options,
  none,
  hideLabel,
}: Omit<Common, 'optional'> & { readonly options: readonly Option[]; readonly none?: string }) {
  const { doc, set } = useEditor();
  const value = getAt(doc, path);
  const current = typeof value === 'string' ? value : '';
  const listed = options.some((o) => o.value === current) || current === '';
  return (
    <Field path={path} label={label} {...(hint ? { hint } : {})} hideLabel={hideLabel ?? false}>
      {(aria) => (
        <select
          {...aria}
          className="cfg-select"
          value={current}
          onChange={(e) => set(path, e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        >
          {(none !== undefined || current === '') && <option value="">{none ?? ''}</option>}
          {!listed && <option value={current}>{current}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxInput({ path, label }: Omit<Common, 'optional' | 'hint'>) {
  const { doc, set } = useEditor();
  return (
    <Field path={path} label={label}>
      {(aria) => (
        <input
          {...aria}
          type="checkbox"
          className="cfg-checkbox"
          checked={getAt(doc, path) === true}
          onChange={(e) => set(path, e.currentTarget.checked)}
        />
      )}
    </Field>
  );
}

/** A name in both languages ({ en, zh }), as two inputs. */
export function NamesInput({ path, label }: Pick<Common, 'path' | 'label'>) {
  const t = useConfigText();
  return (
    <div className="cfg-pair">
      <TextInput path={[...path, 'en']} label={t('inEnglish', { label })} />
      <TextInput path={[...path, 'zh']} label={t('inChinese', { label })} />
    </div>
  );
}
