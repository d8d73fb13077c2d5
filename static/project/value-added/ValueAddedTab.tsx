// Value-added services (增值服务): the list, and for the project's administrators the form.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Changed } from '@contract/records/changed';
import { VALUE_ADDED_CHECKS, type ValueAdded } from '@contract/records/value-added';
import type { TabProps } from '../ProjectPage';
import { RecordList, type Column } from '../records/RecordList';
import { RemoveButton } from '../records/RemoveButton';
import { useCustomerOptions } from '../records/useCustomerOptions';
import { newId } from '../records/useRecordForm';
import { withoutChanged } from '../records/without-changed';
import { useProjectText } from '../texts';
import { useValueAddedText } from './texts';
import { money } from '../records/money';
import { useText } from '../../shared/i18n';
import { ValueAddedForm } from './ValueAddedForm';

type Row = ValueAdded & Changed;

const blank = (): ValueAdded => ({
  id: newId(),
  customerId: '',
  title: '',
  deliveredOn: new Date().toISOString().slice(0, 10),
  costCents: 0,
  checks: Object.fromEntries(
    VALUE_ADDED_CHECKS.map((k) => [k, { holds: false, note: '' }]),
  ) as unknown as ValueAdded['checks'],
});

export default function ValueAddedTab({ access }: TabProps) {
  const t = useValueAddedText();
  const tp = useProjectText();
  const { locale } = useText();
  const customers = useCustomerOptions();
  const [editing, setEditing] = useState<{ record: ValueAdded; heading: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const customer = (id: string) => customers.find((c) => c.id === id)?.name ?? t('unknownCustomer');
  const columns: ReadonlyArray<Column<Row>> = [
    { label: t('title'), sort: 'title', cell: (r) => r.title, csv: (r) => r.title },
    { label: t('customer'), cell: (r) => customer(r.customerId), csv: (r) => customer(r.customerId) },
    { label: t('deliveredOn'), sort: 'deliveredOn', cell: (r) => r.deliveredOn, csv: (r) => r.deliveredOn },
    {
      label: t('cost'),
      sort: 'cost',
      cell: (r) => money(r.costCents, locale),
      csv: (r) => (r.costCents / 100).toFixed(2),
    },
    {
      label: t('principles'),
      cell: () => t('allHold'),
      csv: (r) => VALUE_ADDED_CHECKS.map((k) => `${t(k)}: ${r.checks[k].note}`).join('; '),
    },
  ];
  return (
    <>
      {note ? (
        <p className="small" role="status">
          {note}
        </p>
      ) : null}
      {editing ? (
        <ValueAddedForm
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
      <RecordList<Row>
        id="value-added"
        caption={t('caption')}
        listKey="valueAdded.list"
        columns={columns}
        searchWhat={t('what')}
        csvName="value-added-services"
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
              actions: (r: Row) => (
                <>
                  <Button
                    appearance="subtle"
                    onClick={() => setEditing({ record: withoutChanged(r), heading: t('editing', { title: r.title }) })}
                  >
                    {tp('edit')}
                  </Button>
                  <RemoveButton
                    removeKey="valueAdded.remove"
                    id={r.id}
                    name={r.title}
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
