// Complaints and praise: filters, the list with each complaint's handling clock (breached ones marked),
// and for the project's administrators the form.
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import {
  FEEDBACK,
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUSES,
  type Feedback,
  type FeedbackItem,
} from '@contract/records/feedback';
import { useText } from '../../shared/i18n';
import { duration, instant } from '../../shared/format';
import type { TabProps } from '../ProjectPage';
import { RecordList, type Column } from '../records/RecordList';
import { RemoveButton } from '../records/RemoveButton';
import { useCustomerOptions } from '../records/useCustomerOptions';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { FeedbackForm } from './FeedbackForm';
import { useFeedbackText } from './texts';

const blank = (): Feedback => ({
  id: newId(),
  kind: 'complaint',
  via: 'customer',
  customerId: null,
  issueKey: null,
  engineer: null,
  receivedAt: Date.now(),
  text: '',
  status: 'open',
  handledAt: null,
});

/** The fields a save sends (a listed item carries more: its clock, source, names). */
const payloadOf = (r: FeedbackItem): Feedback => ({
  id: r.id,
  kind: r.kind,
  via: r.via,
  customerId: r.customerId,
  issueKey: r.issueKey,
  engineer: r.engineer,
  receivedAt: r.receivedAt,
  text: r.text,
  status: r.status,
  handledAt: r.handledAt,
});

type FilterKey = 'kind' | 'via' | 'status';
const CHOICES: Record<FilterKey, readonly string[]> = {
  kind: FEEDBACK_KINDS,
  via: FEEDBACK_CHANNELS,
  status: FEEDBACK_STATUSES,
};

export default function FeedbackTab({ access }: TabProps) {
  const t = useFeedbackText();
  const tp = useProjectText();
  const text = useText();
  const customers = useCustomerOptions();
  const [editing, setEditing] = useState<{ record: Feedback; heading: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const [filter, setFilter] = useState<Partial<Record<FilterKey | 'customerId', string>>>({});
  const narrow = (k: FilterKey | 'customerId', value: string) =>
    setFilter(Object.fromEntries(Object.entries({ ...filter, [k]: value }).filter(([, x]) => x)));
  const customer = (id: string | null) => (id ? (customers.find((c) => c.id === id)?.name ?? id) : '');
  const choice = (c: string) =>
    c === 'customer'
      ? t('customerChannel')
      : c === 'user'
        ? t('userChannel')
        : t(c as (typeof FEEDBACK_KINDS)[number] | (typeof FEEDBACK_STATUSES)[number]);
  const channel = (r: FeedbackItem) => (r.via === 'customer' ? t('customerChannel') : t('userChannel'));
  const clockText = (r: FeedbackItem) =>
    r.clock
      ? `${t('used', { used: duration(r.clock.usedMs, text), target: duration(r.clock.targetMs, text) })} · ${
          r.clock.leftMs >= 0
            ? t('left', { left: duration(r.clock.leftMs, text) })
            : t('over', { over: duration(-r.clock.leftMs, text) })
        }`
      : '';
  const columns: ReadonlyArray<Column<FeedbackItem>> = [
    {
      label: t('received'),
      sort: 'received',
      cell: (r) => instant(r.receivedAt, text),
      csv: (r) => new Date(r.receivedAt).toISOString(),
    },
    { label: t('kind'), cell: (r) => t(r.kind), csv: (r) => r.kind },
    {
      label: t('via'),
      cell: (r) => (
        <>
          {channel(r)}
          {r.customerId ? <span className="small"> · {customer(r.customerId)}</span> : null}
        </>
      ),
      csv: (r) => `${r.via}${r.customerId ? ` (${customer(r.customerId)})` : ''}`,
    },
    { label: t('issue'), cell: (r) => r.issueKey ?? '', csv: (r) => r.issueKey ?? '' },
    { label: t('text'), cell: (r) => <span className="clip">{r.text}</span>, csv: (r) => r.text },
    {
      label: t('engineer'),
      cell: (r) => r.engineerName ?? r.engineer ?? '',
      csv: (r) => r.engineerName ?? r.engineer ?? '',
    },
    { label: t('status'), sort: 'status', cell: (r) => t(r.status), csv: (r) => r.status },
    {
      label: t('clock'),
      cell: (r) =>
        r.clock ? (
          <span className="row">
            <Lozenge appearance={r.clock.breached ? 'removed' : r.clock.stopped ? 'success' : 'inprogress'}>
              {r.clock.breached ? t('breached') : t('inTime')}
            </Lozenge>
            <span className="small">{clockText(r)}</span>
          </span>
        ) : null,
      csv: (r) => (r.clock ? `${r.clock.breached ? 'breached' : 'in time'}; ${clockText(r)}` : ''),
    },
    { label: t('source'), cell: (r) => t(r.source), csv: (r) => r.source },
  ];
  return (
    <>
      {note ? (
        <p className="small" role="status">
          {note}
        </p>
      ) : null}
      {editing ? (
        <FeedbackForm
          key={editing.record.id}
          initial={editing.record}
          customers={customers}
          heading={editing.heading}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setVersion(version + 1);
              setNote(tp('saved'));
            }
          }}
        />
      ) : null}
      <fieldset className="row filters">
        <legend className="sr">{t('filters')}</legend>
        {(Object.keys(CHOICES) as FilterKey[]).map((k) => (
          <span key={k} className="row">
            <label htmlFor={`fb-filter-${k}`}>{t(k)}</label>
            <select id={`fb-filter-${k}`} value={filter[k] ?? ''} onChange={(e) => narrow(k, e.currentTarget.value)}>
              <option value="">{t('all')}</option>
              {CHOICES[k].map((c) => (
                <option key={c} value={c}>
                  {choice(c)}
                </option>
              ))}
            </select>
          </span>
        ))}
        <span className="row">
          <label htmlFor="fb-filter-customer">{t('customer')}</label>
          <select
            id="fb-filter-customer"
            value={filter.customerId ?? ''}
            onChange={(e) => narrow('customerId', e.currentTarget.value)}
          >
            <option value="">{t('all')}</option>
            {customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </span>
      </fieldset>
      <RecordList<FeedbackItem>
        id="feedback"
        caption={t('caption')}
        listKey={FEEDBACK.list}
        columns={columns}
        searchWhat={t('what')}
        csvName="complaints-and-praise"
        filter={filter}
        version={version}
        toolbar={
          access.canChange && !editing ? (
            <Button appearance="primary" onClick={() => setEditing({ record: blank(), heading: t('add') })}>
              {t('add')}
            </Button>
          ) : null
        }
        {...(access.canChange
          ? {
              actions: (r: FeedbackItem) => (
                <>
                  <Button
                    appearance="subtle"
                    onClick={() =>
                      setEditing({
                        record: payloadOf(r),
                        heading: t('editing', { kind: t(r.kind), when: instant(r.receivedAt, text) }),
                      })
                    }
                  >
                    {tp('edit')}
                  </Button>
                  <RemoveButton
                    removeKey={FEEDBACK.remove}
                    id={r.id}
                    name={`${t(r.kind)} · ${instant(r.receivedAt, text)}`}
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
