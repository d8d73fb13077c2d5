// The communication log of the project, or of one party (the suppliers' and third parties' tabs show
// theirs with <ContactLog partyKind="supplier" partyId={id} canChange={…} />): reviews and daily contacts,
// newest first, with follow-ups still open and those overdue (by the server's day where the service works)
// marked; administrators log and edit them.
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import { CONTACT, type Contact, type ContactItem, type PartyKind } from '@contract/records/contact';
import { instant } from '../../shared/format';
import { useText } from '../../shared/i18n';
import { RecordList, type Column } from '../records/RecordList';
import { RemoveButton } from '../records/RemoveButton';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { ContactForm } from './ContactForm';
import { useCommunicationText } from './texts';

export interface ContactLogProps {
  /** Only this kind of party's contacts (and, with partyId, only this party's). */
  readonly partyKind?: PartyKind | undefined;
  readonly partyId?: string | undefined;
  readonly canChange: boolean;
}

/** The fields a save sends (a listed item carries names too). */
const payloadOf = (c: ContactItem): Contact => ({
  id: c.id,
  partyKind: c.partyKind,
  partyId: c.partyId,
  kind: c.kind,
  at: c.at,
  people: c.people,
  summary: c.summary,
  followUps: c.followUps,
});

export function ContactLog({ partyKind, partyId, canChange }: ContactLogProps) {
  const t = useCommunicationText();
  const tp = useProjectText();
  const text = useText();
  const [editing, setEditing] = useState<{ record: Contact; heading: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const filter = { ...(partyKind ? { partyKind } : {}), ...(partyId ? { partyId } : {}) };
  const open = (c: ContactItem) =>
    c.followUps.map((f, i) => ({ ...f, late: c.overdue.includes(i) })).filter((f) => !f.done);
  const party = (c: ContactItem) => `${t(c.partyKind)} · ${c.partyName ?? t('unknownParty')}`;
  const columns: ReadonlyArray<Column<ContactItem>> = [
    { label: t('at'), sort: 'at', cell: (c) => instant(c.at, text), csv: (c) => new Date(c.at).toISOString() },
    ...(partyId ? [] : [{ label: t('party'), cell: party, csv: party }]),
    { label: t('kind'), sort: 'kind', cell: (c) => t(c.kind), csv: (c) => c.kind },
    { label: t('people'), cell: (c) => c.people.join(', '), csv: (c) => c.people.join('; ') },
    { label: t('summary'), cell: (c) => <span className="clip">{c.summary}</span>, csv: (c) => c.summary },
    {
      label: t('followUps'),
      cell: (c) =>
        open(c).length === 0 ? (
          <span className="small">{t('noFollowUps')}</span>
        ) : (
          <ul className="follow-ups">
            {open(c).map((f, i) => (
              <li key={i} className={f.late ? 'overdue' : undefined}>
                {f.late ? <Lozenge appearance="removed">{t('overdueOne')}</Lozenge> : null} {f.what} ·{' '}
                {c.ownerNames[f.owner] ?? f.owner} · {f.due}
              </li>
            ))}
          </ul>
        ),
      csv: (c) =>
        c.followUps
          .map((f) => `${f.what} (${c.ownerNames[f.owner] ?? f.owner}, ${f.due}${f.done ? ', done' : ''})`)
          .join('; '),
    },
    {
      label: t('followUpState'),
      cell: (c) =>
        c.overdue.length ? (
          <Lozenge appearance="removed">{t('overdue', { n: c.overdue.length })}</Lozenge>
        ) : open(c).length ? (
          <Lozenge appearance="inprogress">{t('open', { n: open(c).length })}</Lozenge>
        ) : null,
      csv: (c) => c.overdue.length,
    },
  ];
  const blank = (): Contact => ({
    id: newId(),
    partyKind: partyKind ?? 'customer',
    partyId: partyId ?? '',
    kind: 'daily',
    at: Date.now(),
    people: [],
    summary: '',
    followUps: [],
  });
  return (
    <>
      {note ? (
        <p className="small" role="status">
          {note}
        </p>
      ) : null}
      {editing ? (
        <ContactForm
          key={editing.record.id}
          initial={editing.record}
          heading={editing.heading}
          partyFixed={partyId !== undefined}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setVersion(version + 1);
              setNote(tp('saved'));
            }
          }}
        />
      ) : null}
      <RecordList<ContactItem>
        id={partyId ? `contacts-${partyId}` : 'contacts'}
        caption={t('caption')}
        listKey={CONTACT.list}
        columns={columns}
        searchWhat={t('what')}
        csvName="communication-log"
        filter={filter}
        version={version}
        toolbar={
          canChange && !editing ? (
            <Button appearance="primary" onClick={() => setEditing({ record: blank(), heading: t('add') })}>
              {t('add')}
            </Button>
          ) : null
        }
        {...(canChange
          ? {
              actions: (c: ContactItem) => (
                <>
                  <Button
                    appearance="subtle"
                    onClick={() =>
                      setEditing({ record: payloadOf(c), heading: t('editing', { when: instant(c.at, text) }) })
                    }
                  >
                    {tp('edit')}
                  </Button>
                  <RemoveButton
                    removeKey={CONTACT.remove}
                    id={c.id}
                    name={`${t(c.kind)} · ${instant(c.at, text)}`}
                    onRemoved={() => {
                      setVersion(version + 1);
                      setNote(tp('removed'));
                    }}
                    onError={setNote}
                  />
                </>
              ),
            }
          : {})}
      />
    </>
  );
}
