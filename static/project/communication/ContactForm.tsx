// Logging a contact: with whom, when, who took part, what was said, and follow-ups with owners and due
// dates. Refusals land at their field (a follow-up's owner at that follow-up).
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { CONTACT, PARTY_KINDS, type Contact, type FollowUp } from '@contract/records/contact';
import { FormField } from '../records/FormField';
import { fromLocalInput, toLocalInput } from '../records/local-time';
import { useRecordForm } from '../records/useRecordForm';
import { useText } from '../../shared/i18n';
import { useProjectText } from '../texts';
import { useCommunicationText } from './texts';
import { useParties } from './useParties';

const FIELDS = ['partyKind', 'partyId', 'kind', 'at', 'people', 'summary', 'followUps'];

export function ContactForm(p: {
  readonly initial: Contact;
  readonly heading: string;
  /** Fixed when the log is one party's (the suppliers' and third parties' tabs). */
  readonly partyFixed: boolean;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useCommunicationText();
  const tp = useProjectText();
  const { zone } = useText();
  const form = useRecordForm(CONTACT.save, FIELDS);
  const [v, setV] = useState(p.initial);
  const [people, setPeople] = useState(p.initial.people.join('\n'));
  const parties = useParties(v.partyKind);
  const set = <K extends keyof Contact>(k: K, value: Contact[K]) => setV({ ...v, [k]: value });
  const setFollowUp = (i: number, f: Partial<FollowUp>) =>
    set(
      'followUps',
      v.followUps.map((x, j) => (j === i ? { ...x, ...f } : x)),
    );
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        const named = people
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
        void form.save({ ...v, people: named }).then((ok) => ok && p.onDone(true));
      }}
    >
      <h3>{p.heading}</h3>
      {form.general ? (
        <p className="error" role="alert">
          {form.general}
        </p>
      ) : null}
      {p.partyFixed ? null : (
        <div className="row">
          <FormField id="ct-party-kind" label={t('partyKind')} error={form.at('partyKind')}>
            {(a) => (
              <select
                {...a}
                value={v.partyKind}
                onChange={(e) =>
                  setV({
                    ...v,
                    partyKind: PARTY_KINDS.find((k) => k === e.currentTarget.value) ?? 'customer',
                    partyId: '',
                  })
                }
              >
                {PARTY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(k)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="ct-party" label={t('party')} error={form.at('partyId')}>
            {(a) => (
              <select {...a} value={v.partyId} onChange={(e) => set('partyId', e.currentTarget.value)}>
                <option value="">{t('chooseParty')}</option>
                {parties.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      )}
      <div className="row">
        <FormField id="ct-kind" label={t('kind')} error={form.at('kind')}>
          {(a) => (
            <select
              {...a}
              value={v.kind}
              onChange={(e) => set('kind', e.currentTarget.value === 'daily' ? 'daily' : 'review')}
            >
              <option value="review">{t('review')}</option>
              <option value="daily">{t('daily')}</option>
            </select>
          )}
        </FormField>
        <FormField id="ct-at" label={t('at')} error={form.at('at')}>
          {(a) => (
            <input
              {...a}
              type="datetime-local"
              value={toLocalInput(v.at, zone)}
              onChange={(e) => set('at', fromLocalInput(e.currentTarget.value, zone))}
            />
          )}
        </FormField>
      </div>
      <FormField id="ct-people" label={t('people')} hint={t('peopleHint')} error={form.at('people')}>
        {(a) => <textarea {...a} rows={2} value={people} onChange={(e) => setPeople(e.currentTarget.value)} />}
      </FormField>
      <FormField id="ct-summary" label={t('summary')} error={form.at('summary')}>
        {(a) => <textarea {...a} rows={3} value={v.summary} onChange={(e) => set('summary', e.currentTarget.value)} />}
      </FormField>
      <fieldset className="checks">
        <legend>{t('followUps')}</legend>
        {v.followUps.map((f, i) => {
          const at = (k: string) => form.at(`followUps.${i}.${k}`);
          return (
            <div key={i} className="row follow-up" role="group" aria-label={t('followUp', { n: i + 1 })}>
              <FormField id={`ct-fu-${i}-what`} label={t('what_')} error={at('what')}>
                {(a) => (
                  <input {...a} value={f.what} onChange={(e) => setFollowUp(i, { what: e.currentTarget.value })} />
                )}
              </FormField>
              <FormField id={`ct-fu-${i}-owner`} label={t('owner')} error={at('owner')}>
                {(a) => (
                  <input
                    {...a}
                    value={f.owner}
                    onChange={(e) => setFollowUp(i, { owner: e.currentTarget.value.trim() })}
                  />
                )}
              </FormField>
              <FormField id={`ct-fu-${i}-due`} label={t('due')} error={at('due')}>
                {(a) => (
                  <input
                    {...a}
                    type="date"
                    value={f.due}
                    onChange={(e) => setFollowUp(i, { due: e.currentTarget.value })}
                  />
                )}
              </FormField>
              <label className="row">
                <input
                  type="checkbox"
                  checked={f.done}
                  onChange={(e) => setFollowUp(i, { done: e.currentTarget.checked })}
                />
                {t('done')}
              </label>
              <Button
                appearance="subtle"
                aria-label={t('removeFollowUp', { n: i + 1 })}
                onClick={() =>
                  set(
                    'followUps',
                    v.followUps.filter((_, j) => j !== i),
                  )
                }
              >
                ✕
              </Button>
            </div>
          );
        })}
        <Button
          onClick={() =>
            set('followUps', [
              ...v.followUps,
              {
                what: '',
                owner: '',
                due: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
                done: false,
              },
            ])
          }
        >
          {t('addFollowUp')}
        </Button>
      </fieldset>
      <div className="row">
        <Button type="submit" appearance="primary" isDisabled={form.busy}>
          {form.busy ? tp('saving') : tp('save')}
        </Button>
        <Button appearance="subtle" onClick={() => p.onDone(false)}>
          {tp('cancel')}
        </Button>
      </div>
    </form>
  );
}
