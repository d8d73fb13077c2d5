// Validate: the draft checked on the server (admin.checkSetup); its findings become the draft's, so each
// one shows at its input. The frame's Check button stores findings the same way.
import Button from '@atlaskit/button/new';
import { ADMIN, type SetupCheck } from '@contract/admin';
import { useState } from 'react';
import type { Draft } from '../draft';
import { call } from '../../shared/forge';
import { useConfigText } from './texts';

export function Validate({ draft }: { readonly draft: Draft }) {
  const t = useConfigText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');
  const run = async () => {
    setBusy(true);
    const r = await call<SetupCheck>(ADMIN.checkSetup, { config: draft.doc });
    setBusy(false);
    if (!r.ok) {
      setOutcome(t('validateFailed', { message: r.error.message }));
      return;
    }
    draft.setFindings(r.data.findings);
    const blocking = r.data.findings.filter((f) => f.severity === 'blocking').length;
    setOutcome(
      blocking > 0
        ? t('validateBlocking', { n: blocking })
        : r.data.findings.length > 0
          ? t('validateWarnings', { n: r.data.findings.length })
          : t('validateClean'),
    );
  };
  return (
    <div className="cfg-validate">
      <Button appearance="primary" isDisabled={busy || !draft.doc} onClick={() => void run()}>
        {busy ? t('validating') : t('validate')}
      </Button>
      <p role="status" className="cfg-hint">
        {outcome}
      </p>
    </div>
  );
}
