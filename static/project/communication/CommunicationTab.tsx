// Communication: the whole project's log, narrowed to a kind of party and to one party.
import { useState } from 'react';
import { PARTY_KINDS, type PartyKind } from '@contract/records/contact';
import type { TabProps } from '../ProjectPage';
import { ContactLog } from './ContactLog';
import { useCommunicationText } from './texts';
import { useParties } from './useParties';

export default function CommunicationTab({ access }: TabProps) {
  const t = useCommunicationText();
  const [kind, setKind] = useState<PartyKind | undefined>();
  const [party, setParty] = useState('');
  const parties = useParties(kind ?? 'customer');
  return (
    <>
      <div className="row filters">
        <label htmlFor="ct-filter-kind">{t('partyKind')}</label>
        <select
          id="ct-filter-kind"
          value={kind ?? ''}
          onChange={(e) => {
            setKind(PARTY_KINDS.find((k) => k === e.currentTarget.value));
            setParty('');
          }}
        >
          <option value="">{t('allParties')}</option>
          {PARTY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(k)}
            </option>
          ))}
        </select>
        {kind ? (
          <>
            <label htmlFor="ct-filter-party">{t('party')}</label>
            <select id="ct-filter-party" value={party} onChange={(e) => setParty(e.currentTarget.value)}>
              <option value="">{t('allParties')}</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
      </div>
      <ContactLog partyKind={kind} partyId={party || undefined} canChange={access.canChange} />
    </>
  );
}
