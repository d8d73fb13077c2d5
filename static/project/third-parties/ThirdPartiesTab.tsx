// Third parties (certification bodies, regulators, other providers) with their 5W1H information-sharing
// agreements; a review due is marked, and marking it reviewed moves the next one on.
import { ContactLog } from '../communication/ContactLog';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import type { PanelResult } from '@contract/panel';
import type { Changed } from '@contract/records/changed';
import { FIVE_W_ONE_H, THIRD_PARTY, type ThirdParty } from '@contract/records/third-party';
import { call } from '../../shared/forge';
import type { TabProps } from '../ProjectPage';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { RecordSection } from '../records/RecordSection';
import { useThirdPartyText } from './texts';
import { ThirdPartyForm } from './ThirdPartyForm';

const blank = (today: string): ThirdParty => ({
  id: newId(),
  name: '',
  kind: 'certification',
  agreement: {
    what: '',
    why: '',
    who: '',
    when: '',
    where: '',
    how: '',
    authorisation: { grantedBy: '', scope: '', until: null },
  },
  reviewDays: 90,
  // The first review one cycle after today.
  nextReview: new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10),
});

export default function ThirdPartiesTab({ access }: TabProps) {
  const t = useThirdPartyText();
  const tp = useProjectText();
  // Today as the server's clock and the organisation's zone have it (the daily run's notion of "due").
  const [today, setToday] = useState<PanelResult<{ today: string }> | null>(null);
  useEffect(() => void call<{ today: string }>(THIRD_PARTY.today).then(setToday), []);
  if (!today) return <Spinner label={tp('loading')} />;
  if (!today.ok)
    return (
      <SectionMessage appearance="error" title={tp('failed')}>
        <p>{today.error.message}</p>
      </SectionMessage>
    );
  const day = today.data.today;
  return (
    <>
      <RecordSection<ThirdParty>
        id="third-parties"
        title={t('caption')}
        level={2}
        kind="thirdParty"
        searchWhat={t('what')}
        canChange={access.canChange}
        blank={() => blank(day)}
        addLabel={t('add')}
        nameOf={(x) => x.name}
        editLabel={(x) => t('editing', { name: x.name })}
        form={(record, heading, onDone) => (
          <ThirdPartyForm key={record.id} initial={record} heading={heading} onDone={onDone} />
        )}
        moreActions={(r, changed) => (
          <Button
            appearance="subtle"
            aria-label={t('reviewedLabel', { name: r.name })}
            onClick={() =>
              void call<ThirdParty & Changed>(THIRD_PARTY.reviewed, { id: r.id }).then((x) =>
                changed(x.ok ? t('reviewedNote', { name: r.name, day: x.data.nextReview }) : x.error.message),
              )
            }
          >
            {t('reviewed')}
          </Button>
        )}
        columns={[
          { label: t('name'), sort: 'name', cell: (x) => x.name, csv: (x) => x.name },
          { label: t('kind'), sort: 'kind', cell: (x) => t(x.kind), csv: (x) => x.kind },
          {
            label: t('summary'),
            cell: (x) => (
              <dl className="five-w-summary">
                {(['what', 'why'] as const).map((w) => (
                  <div key={w}>
                    <dt>{t(w === 'what' ? 'what_' : w)}</dt>
                    <dd>{x.agreement[w]}</dd>
                  </div>
                ))}
              </dl>
            ),
            csv: (x) => FIVE_W_ONE_H.map((w) => `${w}: ${x.agreement[w]}`).join('; '),
          },
          {
            label: t('authorisation'),
            cell: (x) => `${x.agreement.authorisation.grantedBy} · ${x.agreement.authorisation.until ?? '—'}`,
            csv: (x) =>
              `${x.agreement.authorisation.grantedBy}; ${x.agreement.authorisation.scope}; ${x.agreement.authorisation.until ?? ''}`,
          },
          {
            label: t('nextReview'),
            sort: 'nextReview',
            cell: (x) =>
              x.nextReview <= day ? (
                <span className="flagged">
                  {x.nextReview} ({t('due')})
                </span>
              ) : (
                x.nextReview
              ),
            csv: (x) => x.nextReview,
          },
          { label: t('reviewDays'), cell: (x) => String(x.reviewDays), csv: (x) => x.reviewDays },
        ]}
      />
      <h2>{t('communication')}</h2>
      <ContactLog partyKind="thirdParty" canChange={access.canChange} />
    </>
  );
}
