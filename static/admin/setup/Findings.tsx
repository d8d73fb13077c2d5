// Findings shown where they apply (next to a field) and all together in a summary whose entries focus
// their field. Severity is said in words as well as tone.
import type { SetupFinding } from '@contract/admin';
import type { ConfigDraft } from '../draft';
import { targetOf } from './targets';
import { useSetupText, type SetupTextKey } from './texts';

function Title({ f }: { readonly f: SetupFinding }) {
  const t = useSetupText();
  return (
    <strong>
      {t(f.severity === 'blocking' ? 'blocking' : 'warning')} · {t(`f_${f.code}` as SetupTextKey)}
    </strong>
  );
}

/** The findings of one field, under it; `id` lets the field name them in aria-describedby. */
export function FieldFindings({ findings, id }: { readonly findings: readonly SetupFinding[]; readonly id?: string }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings" id={id}>
      {findings.map((f, i) => (
        <li key={i} className={`finding ${f.severity}`} data-code={f.code} data-path={f.path}>
          <Title f={f} />: {f.message}
        </li>
      ))}
    </ul>
  );
}

export function FindingSummary({
  findings,
  doc,
}: {
  readonly findings: readonly SetupFinding[];
  readonly doc: ConfigDraft;
}) {
  const t = useSetupText();
  return (
    <section aria-labelledby="findings-title">
      <h3 id="findings-title">{t('findings', { n: findings.length })}</h3>
      {findings.length === 0 ? (
        <p>{t('noFindings')}</p>
      ) : (
        <ul className="findings summary">
          {findings.map((f, i) => {
            const target = targetOf(doc, f.path);
            return (
              <li key={i} className={`finding ${f.severity}`}>
                {target ? (
                  <button type="button" className="link" onClick={() => document.getElementById(target)?.focus()}>
                    <Title f={f} />
                  </button>
                ) : (
                  <Title f={f} />
                )}
                : {f.message}
                {target || f.path === '' ? null : <span className="why"> ({t('elsewhere', { path: f.path })})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
