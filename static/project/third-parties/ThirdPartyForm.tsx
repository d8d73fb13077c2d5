// Recording a third party and its information-sharing agreement: each of the 5W1H with what it asks, the
// authorisation, and the review cycle.
import { useState } from 'react';
import { FIVE_W_ONE_H, THIRD_PARTY_KINDS, type FiveWOneH, type ThirdParty } from '@contract/records/third-party';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { RecordForm } from '../suppliers/RecordForm';
import { useThirdPartyText } from './texts';

const FIELDS = ['name', 'kind', 'reviewDays', 'nextReview', 'agreement'];
const LABEL = { what: 'what_', why: 'why', who: 'who', when: 'when', where: 'where', how: 'how' } as const;
const HINT = {
  what: 'whatHint',
  why: 'whyHint',
  who: 'whoHint',
  when: 'whenHint',
  where: 'whereHint',
  how: 'howHint',
} as const;

export function ThirdPartyForm(p: {
  readonly initial: ThirdParty;
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useThirdPartyText();
  const form = useRecordForm('thirdParty.save', FIELDS);
  const [x, setX] = useState(p.initial);
  const [days, setDays] = useState(String(p.initial.reviewDays));
  const setW = (w: FiveWOneH, v: string) => setX({ ...x, agreement: { ...x.agreement, [w]: v } });
  const auth = x.agreement.authorisation;
  const setAuth = (a: Partial<typeof auth>) =>
    setX({ ...x, agreement: { ...x.agreement, authorisation: { ...auth, ...a } } });
  return (
    <RecordForm
      heading={p.heading}
      level={3}
      wide
      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() => {
        void form.save({ ...x, reviewDays: Number(days) }).then((ok) => ok && p.onDone(true));
      }}
    >
      <div className="row">
        <FormField id="tp-name" label={t('name')} error={form.at('name')}>
          {(a) => <input {...a} value={x.name} onChange={(e) => setX({ ...x, name: e.currentTarget.value })} />}
        </FormField>
        <FormField id="tp-kind" label={t('kind')} error={form.at('kind')}>
          {(a) => (
            <select
              {...a}
              value={x.kind}
              onChange={(e) => setX({ ...x, kind: e.currentTarget.value as ThirdParty['kind'] })}
            >
              {THIRD_PARTY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(k)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset className="checks">
        <legend>{t('agreement')}</legend>
        <p className="hint">{t('agreementIntro')}</p>
        <div className="five-w">
          {FIVE_W_ONE_H.map((w) => (
            <FormField key={w} id={`tp-${w}`} label={t(LABEL[w])} hint={t(HINT[w])} error={form.at(`agreement.${w}`)}>
              {(a) => (
                <textarea {...a} rows={2} value={x.agreement[w]} onChange={(e) => setW(w, e.currentTarget.value)} />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset className="checks">
        <legend>{t('authorisation')}</legend>
        <div className="row">
          <FormField id="tp-granted" label={t('grantedBy')} error={form.at('agreement.authorisation.grantedBy')}>
            {(a) => (
              <input {...a} value={auth.grantedBy} onChange={(e) => setAuth({ grantedBy: e.currentTarget.value })} />
            )}
          </FormField>
          <FormField
            id="tp-until"
            label={t('until')}
            hint={t('untilHint')}
            error={form.at('agreement.authorisation.until')}
          >
            {(a) => (
              <input
                {...a}
                type="date"
                value={auth.until ?? ''}
                onChange={(e) => setAuth({ until: e.currentTarget.value || null })}
              />
            )}
          </FormField>
        </div>
        <FormField id="tp-scope" label={t('scope')} error={form.at('agreement.authorisation.scope')}>
          {(a) => <input {...a} value={auth.scope} onChange={(e) => setAuth({ scope: e.currentTarget.value })} />}
        </FormField>
      </fieldset>
      <div className="row">
        <FormField id="tp-days" label={t('reviewDays')} error={form.at('reviewDays')}>
          {(a) => <input {...a} inputMode="numeric" value={days} onChange={(e) => setDays(e.currentTarget.value)} />}
        </FormField>
        <FormField id="tp-next" label={t('nextReview')} hint={t('nextReviewHint')} error={form.at('nextReview')}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={x.nextReview}
              onChange={(e) => setX({ ...x, nextReview: e.currentTarget.value })}
            />
          )}
        </FormField>
      </div>
    </RecordForm>
  );
}
