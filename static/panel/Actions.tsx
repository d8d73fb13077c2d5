// Escalate a tier (with a reason), request a survey, override the responsibility verdict, log a complaint
// or praise. Each intent
// keeps one request id until it succeeds, so a double click or a retry acts once; without Edit the
// buttons say why they are disabled.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { PANEL } from '@contract/panel';
import { lazy, Suspense, useState } from 'react';
import { useText } from '../shared/i18n';
import { Override } from './Override';
import { useAction, type ActionProps } from './useAction';

const FeedbackLog = lazy(() => import('./FeedbackLog'));

export function Actions({ canEdit, onDone, parties }: ActionProps) {
  const t = useText();
  const [reason, setReason] = useState('');
  const escalate = useAction(PANEL.escalate, () => {
    setReason(''); // done: the next escalation needs its own reason
    onDone();
  });
  const survey = useAction(PANEL.requestSurvey, onDone);
  const outcome = escalate.outcome ?? survey.outcome;
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">{t('actions')}</h2>
      {!canEdit && (
        <p className="why" id="why-disabled">
          {t('needEdit')}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void escalate.run({ reason }, t('done'));
        }}
      >
        <label htmlFor="reason">{t('reason')}</label>
        <Textfield
          id="reason"
          value={reason}
          isDisabled={!canEdit}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <div className="row">
          <Button type="submit" appearance="primary" isDisabled={!canEdit || reason.trim() === '' || escalate.busy}>
            {t('escalate')}
          </Button>
          <Button isDisabled={!canEdit || survey.busy} onClick={() => void survey.run({}, t('done'))}>
            {t('survey')}
          </Button>
        </div>
      </form>
      {outcome && (
        <SectionMessage appearance={outcome.ok ? 'success' : 'error'}>
          <p role="status">{outcome.message}</p>
        </SectionMessage>
      )}
      <Override canEdit={canEdit} onDone={onDone} parties={parties} />
      <Suspense fallback={null}>
        <FeedbackLog canEdit={canEdit} onDone={onDone} />
      </Suspense>
    </section>
  );
}
