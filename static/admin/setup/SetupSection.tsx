// Setup: the scope, the effects switches, field and status mapping and holidays, each showing the last
// check's findings where they apply; "Check against site" runs admin.checkSetup on the draft.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { SetupCheck } from '@contract/admin';
import { useState } from 'react';
import { checkDraft } from '../activate/check';
import type { SectionProps } from '../AdminPage';
import { CheckReport } from './CheckReport';
import { EffectsForm } from './EffectsForm';
import { FieldMapping } from './FieldMapping';
import { FindingSummary } from './Findings';
import { HolidayImport } from './HolidayImport';
import { ScopeForm } from './ScopeForm';
import { StatusMapping } from './StatusMapping';
import { useSetupText } from './texts';
import { useSiteOptions } from './useSiteOptions';
import '../tables.css';
import './setup.css';

export default function SetupSection({ draft }: SectionProps) {
  const t = useSetupText();
  const site = useSiteOptions();
  const [check, setCheck] = useState<SetupCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const { doc, setDoc, findings } = draft;
  if (!doc) return null;
  if (!site) return <Spinner label={t('loadingSite')} />;
  if (!site.ok)
    return (
      <SectionMessage appearance="error">
        <p>{t('siteFailed', { message: site.error.message })}</p>
      </SectionMessage>
    );
  const run = async () => {
    setChecking(true);
    const r = await checkDraft(draft);
    setChecking(false);
    setCheck(r.ok ? r.data : null);
    setFailed(r.ok ? null : r.error.message);
  };
  return (
    <div className="setup">
      <div className="row">
        <Button appearance="primary" onClick={() => void run()} isDisabled={checking}>
          {checking ? t('checking') : t('checkSite')}
        </Button>
      </div>
      {failed ? (
        <SectionMessage appearance="error">
          <p>{t('checkFailed', { message: failed })}</p>
        </SectionMessage>
      ) : null}
      {check?.report ? <CheckReport report={check.report} /> : null}
      {check || findings.length > 0 ? <FindingSummary findings={findings} doc={doc} /> : null}
      <ScopeForm doc={doc} setDoc={setDoc} projects={site.data.projects} findings={findings} />
      <EffectsForm doc={doc} setDoc={setDoc} />
      <FieldMapping
        doc={doc}
        setDoc={setDoc}
        siteFields={site.data.fields}
        resolved={check ? check.resolved.fields : null}
        findings={findings}
      />
      <StatusMapping doc={doc} setDoc={setDoc} siteStatuses={site.data.statuses} findings={findings} />
      <HolidayImport doc={doc} setDoc={setDoc} findings={findings} />
    </div>
  );
}
