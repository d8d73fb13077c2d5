// Where the project's monthly reports go: on or off, the Jira project and issue type, and the assignee.
// Administrators change it; everyone who may browse sees it. A refusal lands at the field its path names.
import { useEffect, useState } from 'react';
import { REPORT, type ReportSettings, type ReportSettingsView } from '@contract/records/report';
import type { PanelResult } from '@contract/panel';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { call } from '../../shared/forge';
import { FormField } from '../records/FormField';
import { SubmitRow } from '../records/SubmitRow';
import { useCall } from '../records/useCall';
import { useProjectText } from '../texts';
import { useReportText } from './texts';

export function ReportSettingsForm(p: { readonly canChange: boolean }) {
  const t = useReportText();
  const tp = useProjectText();
  const [loaded, setLoaded] = useState<PanelResult<ReportSettingsView> | null>(null);
  const [v, setV] = useState<ReportSettings | null>(null);
  const [recipient, setRecipient] = useState('');
  const save = useCall<ReportSettingsView>(REPORT.saveSettings);
  const [note, setNote] = useState<string | null>(null);
  useEffect(
    () =>
      void call<ReportSettingsView>(REPORT.settings).then((r) => {
        setLoaded(r);
        if (r.ok) {
          setV(r.data.settings);
          setRecipient(r.data.settings.recipient ?? '');
        }
      }),
    [],
  );
  if (!loaded) return <Spinner label={tp('loading')} />;
  if (!loaded.ok || !v)
    return (
      <SectionMessage appearance="error" title={tp('failed')}>
        <p>{loaded.ok ? '' : loaded.error.message}</p>
      </SectionMessage>
    );
  const error = save.error;
  const at = (k: keyof ReportSettings) => (error?.path === `settings.${k}` ? error.message : undefined);
  const general = error && !error.path?.startsWith('settings.') ? error.message : undefined;
  const set = <K extends keyof ReportSettings>(k: K, value: ReportSettings[K]) => setV({ ...v, [k]: value });
  return (
    <form
      className="record"
      aria-label={t('settings')}
      onSubmit={(e) => {
        e.preventDefault();
        const settings = { ...v, recipient: recipient.trim() === '' ? null : recipient.trim() };
        void save.run({ settings }).then((data) => {
          setNote(data ? tp('saved') : null);
          if (data) setLoaded({ ok: true, data });
        });
      }}
    >
      <h3>{t('settings')}</h3>
      <p className="small">{t('settingsIntro')}</p>
      {loaded.data.saved ? null : <p className="small">{t('notSaved')}</p>}
      {general ? (
        <p className="error" role="alert">
          {general}
        </p>
      ) : null}
      <label className="row">
        <input
          type="checkbox"
          id="rep-enabled"
          checked={v.enabled}
          disabled={!p.canChange}
          onChange={(e) => set('enabled', e.currentTarget.checked)}
        />
        {t('enabled')}
      </label>
      <FormField id="rep-project" label={t('targetProject')} hint={t('targetProjectHint')} error={at('targetProject')}>
        {(a) => (
          <input
            {...a}
            value={v.targetProject}
            readOnly={!p.canChange}
            onChange={(e) => set('targetProject', e.currentTarget.value.toUpperCase())}
          />
        )}
      </FormField>
      <FormField id="rep-type" label={t('issueType')} hint={t('issueTypeHint')} error={at('issueType')}>
        {(a) => (
          <input
            {...a}
            value={v.issueType}
            readOnly={!p.canChange}
            onChange={(e) => set('issueType', e.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField id="rep-recipient" label={t('recipient')} hint={t('recipientHint')} error={at('recipient')}>
        {(a) => (
          <input
            {...a}
            value={recipient}
            readOnly={!p.canChange}
            onChange={(e) => setRecipient(e.currentTarget.value)}
          />
        )}
      </FormField>
      {p.canChange ? (
        <SubmitRow busy={save.busy} label={tp('save')} busyLabel={tp('saving')} note={note} />
      ) : (
        <p className="small">{v.enabled ? t('on') : t('off')}</p>
      )}
    </form>
  );
}
