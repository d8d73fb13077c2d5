// An agent logs a complaint or praise heard on the phone: kind, channel, what was said, and for praise
// whom it credits (the assignee unless the agent says it was them). A complaint feeds the rules engine at
// once; the resolver's refusal shows at the field it names.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { PANEL } from '@contract/panel';
import { useState } from 'react';
import { useFeedbackLogText } from './feedback-texts';
import { useAction } from './useAction';

export default function FeedbackLog({ canEdit, onDone }: { readonly canEdit: boolean; readonly onDone: () => void }) {
  const t = useFeedbackLogText();
  const [kind, setKind] = useState<'complaint' | 'praise'>('complaint');
  const [via, setVia] = useState<'customer' | 'user'>('user');
  const [text, setText] = useState('');
  const [credit, setCredit] = useState<'assignee' | 'me'>('assignee');
  const log = useAction(PANEL.logFeedback, () => {
    setText('');
    onDone();
  });
  const o = log.outcome;
  const at = (field: string) => (o && !o.ok && o.path === field ? o.message.replace(`${field}: `, '') : null);
  const textError = at('text');
  const creditError = at('credit');
  return (
    <form
      aria-labelledby="feedback-log"
      onSubmit={(e) => {
        e.preventDefault();
        void log.run({ kind, via, text, ...(kind === 'praise' ? { credit } : {}) }, t('logged'));
      }}
    >
      <h3 id="feedback-log">{t('title')}</h3>
      <div className="row">
        <div className="field">
          <label htmlFor="fb-kind">{t('kind')}</label>
          <select
            id="fb-kind"
            value={kind}
            disabled={!canEdit}
            onChange={(e) => setKind(e.currentTarget.value === 'praise' ? 'praise' : 'complaint')}
          >
            <option value="complaint">{t('complaint')}</option>
            <option value="praise">{t('praise')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="fb-via">{t('via')}</label>
          <select
            id="fb-via"
            value={via}
            disabled={!canEdit}
            onChange={(e) => setVia(e.currentTarget.value === 'customer' ? 'customer' : 'user')}
          >
            <option value="customer">{t('customer')}</option>
            <option value="user">{t('user')}</option>
          </select>
        </div>
        {kind === 'praise' && (
          <div className="field">
            <label htmlFor="fb-credit">{t('credit')}</label>
            <select
              id="fb-credit"
              value={credit}
              disabled={!canEdit}
              aria-invalid={creditError !== null}
              {...(creditError !== null ? { 'aria-describedby': 'credit-error' } : {})}
              onChange={(e) => setCredit(e.currentTarget.value === 'me' ? 'me' : 'assignee')}
            >
              <option value="assignee">{t('assignee')}</option>
              <option value="me">{t('me')}</option>
            </select>
            {creditError !== null && (
              <p className="field-error" id="credit-error" role="alert">
                {creditError}
              </p>
            )}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor="fb-text">{t('text')}</label>
        <textarea
          id="fb-text"
          rows={2}
          value={text}
          disabled={!canEdit}
          aria-invalid={textError !== null}
          {...(textError !== null ? { 'aria-describedby': 'fb-text-error' } : {})}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {textError !== null && (
          <p className="field-error" id="fb-text-error" role="alert">
            {textError}
          </p>
        )}
      </div>
      <Button type="submit" isDisabled={!canEdit || log.busy || text.trim() === ''}>
        {t('submit')}
      </Button>
      {o && textError === null && creditError === null && (
        <SectionMessage appearance={o.ok ? 'success' : 'error'}>
          <p role="status" id="feedback-log-outcome">
            {o.message}
          </p>
        </SectionMessage>
      )}
    </form>
  );
}
