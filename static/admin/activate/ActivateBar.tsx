// On every section: check the draft against the site, activate it as the next version (never edited in
// place), and follow the recalculation that activation starts. A refusal's findings go to the draft, so
// each section shows them at their fields.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { ADMIN, type Activation, type ActivationRefusal } from '@contract/admin';
import { useState } from 'react';
import { call } from '../../shared/forge';
import type { Draft } from '../draft';
import { checkDraft, counts } from './check';
import { RecalcProgress } from './RecalcProgress';
import { useActivateText } from './texts';
import { useRecalculation } from './useRecalculation';
import './activate.css';

type Outcome =
  | { readonly kind: 'checked' }
  | { readonly kind: 'activated'; readonly version: number }
  | { readonly kind: 'refused'; readonly text: string }
  | { readonly kind: 'failed'; readonly message: string };

export function ActivateBar({ draft }: { readonly draft: Draft }) {
  const t = useActivateText();
  const [busy, setBusy] = useState<'check' | 'activate' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const recalc = useRecalculation();
  const loaded = draft.loaded?.ok ? draft.loaded.data : null;
  if (!loaded || !draft.doc) return null;
  const next = (loaded.versions.at(-1)?.version ?? loaded.active.version) + 1;

  const check = async () => {
    setBusy('check');
    const r = await checkDraft(draft);
    setOutcome(r.ok ? { kind: 'checked' } : { kind: 'failed', message: r.error.message });
    setBusy(null);
  };

  const activate = async () => {
    setBusy('activate');
    const r = await call<Activation>(ADMIN.activateConfig, { config: draft.doc });
    setBusy(null);
    if (r.ok) {
      draft.setFindings([]);
      setOutcome({ kind: 'activated', version: r.data.version });
      recalc.follow(r.data.recalculation);
      draft.reload();
      return;
    }
    const e = r.error as ActivationRefusal; // the resolver's refusals carry their findings or issues
    if (e.code === 'blocked' && e.findings) {
      draft.setFindings(e.findings);
      setOutcome({ kind: 'refused', text: t('refusedBlocked', { n: counts(e.findings).blocking }) });
    } else if (e.code === 'invalid' && e.issues) {
      draft.setFindings(e.issues.map((i) => ({ ...i, severity: 'blocking', code: 'invalid' })));
      setOutcome({ kind: 'refused', text: t('refusedInvalid', { n: e.issues.length }) });
    } else if (e.code === 'busy') setOutcome({ kind: 'refused', text: t('busy') });
    else setOutcome({ kind: 'failed', message: e.message });
  };

  const c = counts(draft.findings);
  return (
    <section className="activate-bar" aria-label={t('bar')}>
      <div className="row">
        <Button onClick={() => void check()} isDisabled={busy !== null}>
          {busy === 'check' ? t('checking') : t('check')}
        </Button>
        <Button appearance="primary" onClick={() => void activate()} isDisabled={busy !== null}>
          {busy === 'activate' ? t('activating') : t('activate', { n: next })}
        </Button>
        {outcome?.kind === 'checked' ? (
          <span role="status" className={c.blocking > 0 ? 'tone-danger' : undefined}>
            {c.blocking + c.warnings === 0 ? t('clean') : t('checked', { ...c })}
          </span>
        ) : null}
      </div>
      {outcome?.kind === 'activated' ? (
        <SectionMessage appearance="success">
          <p>{t('activated', { n: outcome.version })}</p>
        </SectionMessage>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <SectionMessage appearance="error" title={t('refused')}>
          <p>{outcome.text}</p>
        </SectionMessage>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <SectionMessage appearance="error">
          <p>{t('failed', { message: outcome.message })}</p>
        </SectionMessage>
      ) : null}
      {recalc.job ? <RecalcProgress job={recalc.job} /> : null}
    </section>
  );
}
