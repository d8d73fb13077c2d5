// The project's supplier settings: the UC margin and the audit weights (administrators change them).
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { AUDIT_DIMENSIONS, type AuditDimension } from '@contract/records/supplier-audit';
import { SUPPLIER, type SupplierSettings } from '@contract/records/supplier';
import type { PanelResult } from '@contract/panel';
import { call } from '../../shared/forge';
import { FormField } from '../records/FormField';
import { useProjectText } from '../texts';
import { useSupplierText } from './texts';

export function SettingsForm(p: {
  readonly initial: SupplierSettings;
  readonly canChange: boolean;
  readonly onSaved: () => void;
}) {
  const t = useSupplierText();
  const tp = useProjectText();
  const [margin, setMargin] = useState(String(p.initial.marginPct));
  const [weights, setWeights] = useState<Record<AuditDimension, string>>(
    Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, String(p.initial.weights[d])])) as Record<
      AuditDimension,
      string
    >,
  );
  const [answer, setAnswer] = useState<PanelResult<unknown> | null>(null);
  const sum = AUDIT_DIMENSIONS.reduce((s, d) => s + (Number(weights[d]) || 0), 0);
  const err = (path: string) =>
    answer && !answer.ok && answer.error.path?.startsWith(path) ? answer.error.message : undefined;
  return (
    <details className="settings">
      <summary>{t('settings')}</summary>
      <form
        className="record"
        aria-label={t('settings')}
        onSubmit={(e) => {
          e.preventDefault();
          const payload = {
            marginPct: Number(margin),
            weights: Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, Number(weights[d])])),
          };
          void call<unknown>(SUPPLIER.saveSettings, payload).then((r) => {
            setAnswer(r);
            if (r.ok) p.onSaved();
          });
        }}
      >
        <FormField id="sup-margin" label={t('margin')} hint={t('marginHint')} error={err('marginPct')}>
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={margin}
              disabled={!p.canChange}
              onChange={(e) => setMargin(e.currentTarget.value)}
            />
          )}
        </FormField>
        <fieldset className="checks">
          <legend>
            {t('weights')} · {t('weightsSum', { n: sum })}
          </legend>
          <div className="weights">
            {AUDIT_DIMENSIONS.map((d) => (
              <FormField key={d} id={`sup-w-${d}`} label={t(d)} error={err(`weights.${d}`)}>
                {(a) => (
                  <input
                    {...a}
                    inputMode="numeric"
                    value={weights[d]}
                    disabled={!p.canChange}
                    onChange={(e) => setWeights({ ...weights, [d]: e.currentTarget.value })}
                  />
                )}
              </FormField>
            ))}
          </div>
          {err('weights') && !AUDIT_DIMENSIONS.some((d) => err(`weights.${d}`)) ? (
            <span className="error" role="alert">
              {err('weights')}
            </span>
          ) : null}
        </fieldset>
        {p.canChange ? (
          <div className="row">
            <Button type="submit" appearance="primary">
              {t('saveSettings')}
            </Button>
            {answer?.ok ? <span role="status">{tp('saved')}</span> : null}
          </div>
        ) : null}
      </form>
    </details>
  );
}
