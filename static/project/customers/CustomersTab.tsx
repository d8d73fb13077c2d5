// Customers & users: the customers list; for administrators the form, the imports (CSV, JSM) and each
// customer's users.
import Button from '@atlaskit/button/new';
import { useEffect, useState } from 'react';
import type { ListPage } from '@contract/project';
import type { Changed } from '@contract/records/changed';
import type { Customer } from '@contract/records/customer';
import type { CustomerUser } from '@contract/records/customer-user';
import { call } from '../../shared/forge';
import { useText } from '../../shared/i18n';
import type { TabProps } from '../ProjectPage';
import { money } from '../records/money';
import { RecordList, type Column } from '../records/RecordList';
import { RemoveButton } from '../records/RemoveButton';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { CustomerForm } from './CustomerForm';
import { CustomerUsers } from './CustomerUsers';
import { Imports } from './Imports';
import { useCustomersText } from './texts';

type Row = Customer & Changed;

const blank = (): Customer => ({
  id: newId(),
  name: '',
  tier: null,
  policy: null,
  calendar: null,
  termStart: null,
  termEnd: null,
  valueCents: null,
  currency: 'CNY',
  accountManager: null,
  matching: { organizations: [], emailDomains: [], fieldValues: [], reporterGroups: [] },
  contacts: [],
});

/** The record as the form sends it (the list's row also says who changed it when). */
const recordOf = (r: Row): Customer => ({
  id: r.id,
  name: r.name,
  tier: r.tier,
  policy: r.policy,
  calendar: r.calendar,
  termStart: r.termStart,
  termEnd: r.termEnd,
  valueCents: r.valueCents,
  currency: r.currency,
  accountManager: r.accountManager,
  matching: r.matching,
  contacts: r.contacts,
});

/** Names of a customer's users by account id, to show beside its contacts. */
function useUserNames(customerId: string | null): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!customerId) return;
    void call<ListPage<CustomerUser>>('customerUser.list', { pageSize: 1000, filter: { customerId } }).then(
      (r) =>
        r.ok && setNames(new Map(r.data.items.flatMap((u) => (u.accountId ? [[u.accountId, u.name] as const] : [])))),
    );
  }, [customerId]);
  return names;
}

export default function CustomersTab({ access }: TabProps) {
  const t = useCustomersText();
  const tp = useProjectText();
  const { locale } = useText();
  const [editing, setEditing] = useState<{ record: Customer; heading: string } | null>(null);
  const [users, setUsers] = useState<{ id: string; name: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const names = useUserNames(editing?.record.id ?? null);
  const none = t('none');
  const columns: ReadonlyArray<Column<Row>> = [
    { label: t('name'), sort: 'name', cell: (r) => r.name, csv: (r) => r.name },
    { label: t('tier'), sort: 'tier', cell: (r) => r.tier ?? none, csv: (r) => r.tier },
    { label: t('policy'), cell: (r) => r.policy ?? none, csv: (r) => r.policy },
    { label: t('termEnd'), sort: 'termEnd', cell: (r) => r.termEnd ?? none, csv: (r) => r.termEnd },
    {
      label: t('value'),
      cell: (r) => (r.valueCents === null ? none : `${money(r.valueCents, locale)} ${r.currency ?? ''}`),
      csv: (r) => (r.valueCents === null ? null : (r.valueCents / 100).toFixed(2)),
    },
    { label: t('accountManager'), cell: (r) => r.accountManager ?? none, csv: (r) => r.accountManager },
    {
      label: t('fieldValues'),
      cell: (r) => r.matching.fieldValues.join(', ') || none,
      csv: (r) => r.matching.fieldValues.join('; '),
    },
  ];
  const changed = (message: string) => {
    setVersion(version + 1);
    setNote(message);
  };
  return (
    <>
      {note ? (
        <p className="small" role="status">
          {note}
        </p>
      ) : null}
      {access.canChange && !editing ? <Imports onImported={() => setVersion(version + 1)} /> : null}
      {editing ? (
        <CustomerForm
          key={editing.record.id}
          initial={editing.record}
          heading={editing.heading}
          names={names}
          onDone={(saved) => {
            setEditing(null);
            if (saved) changed(tp('saved'));
          }}
        />
      ) : null}
      <RecordList<Row>
        id="customers"
        caption={t('caption')}
        listKey="customer.list"
        columns={columns}
        searchWhat={t('what')}
        csvName="customers"
        version={version}
        toolbar={
          access.canChange && !editing ? (
            <Button appearance="primary" onClick={() => setEditing({ record: blank(), heading: t('add') })}>
              {t('add')}
            </Button>
          ) : null
        }
        actions={(r: Row) => (
          <>
            <Button appearance="subtle" onClick={() => setUsers({ id: r.id, name: r.name })}>
              {t('users')}
            </Button>
            {access.canChange ? (
              <>
                <Button
                  appearance="subtle"
                  onClick={() => setEditing({ record: recordOf(r), heading: t('editing', { name: r.name }) })}
                >
                  {tp('edit')}
                </Button>
                <RemoveButton
                  removeKey="customer.remove"
                  id={r.id}
                  name={r.name}
                  onRemoved={() => changed(tp('removed'))}
                  onError={setNote}
                />
              </>
            ) : null}
          </>
        )}
      />
      {users ? (
        <CustomerUsers
          key={users.id}
          customer={users}
          canChange={access.canChange}
          imported={version}
          onClose={() => setUsers(null)}
        />
      ) : null}
    </>
  );
}
