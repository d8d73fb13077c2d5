// One customer's users: the list (filtered to the customer), and for administrators the form.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Changed } from '@contract/records/changed';
import type { CustomerUser } from '@contract/records/customer-user';
import { RecordList, type Column } from '../records/RecordList';
import { RemoveButton } from '../records/RemoveButton';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { useCustomersText } from './texts';
import { UserForm } from './UserForm';

type Row = CustomerUser & Changed;

export function CustomerUsers(p: {
  readonly customer: { readonly id: string; readonly name: string };
  readonly canChange: boolean;
  /** Bumped when an import may have changed the users. */
  readonly imported: number;
  readonly onClose: () => void;
}) {
  const t = useCustomersText();
  const tp = useProjectText();
  const [editing, setEditing] = useState<{ record: CustomerUser; heading: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const columns: ReadonlyArray<Column<Row>> = [
    { label: t('userName'), sort: 'name', cell: (r) => r.name, csv: (r) => r.name },
    { label: t('email'), sort: 'email', cell: (r) => r.email ?? t('none'), csv: (r) => r.email },
    { label: t('accountId'), cell: (r) => r.accountId ?? t('none'), csv: (r) => r.accountId },
    { label: t('userTier'), sort: 'tier', cell: (r) => t(r.tier), csv: (r) => r.tier },
  ];
  const blank = (): CustomerUser => ({
    id: newId(),
    customerId: p.customer.id,
    name: '',
    email: null,
    accountId: null,
    tier: 'standard',
  });
  return (
    <section className="users" aria-labelledby="customer-users-heading">
      <div className="row">
        <h3 id="customer-users-heading">{t('usersOf', { name: p.customer.name })}</h3>
        <Button appearance="subtle" onClick={p.onClose}>
          {t('closeUsers')}
        </Button>
      </div>
      {note ? (
        <p className="small" role="status">
          {note}
        </p>
      ) : null}
      {editing ? (
        <UserForm
          key={editing.record.id}
          initial={editing.record}
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
        id="customer-users"
        caption={t('usersOf', { name: p.customer.name })}
        listKey="customerUser.list"
        filter={{ customerId: p.customer.id }}
        columns={columns}
        searchWhat={t('usersWhat')}
        csvName="customer-users"
        version={version + p.imported}
        toolbar={
          p.canChange && !editing ? (
            <Button appearance="primary" onClick={() => setEditing({ record: blank(), heading: t('addUser') })}>
              {t('addUser')}
            </Button>
          ) : null
        }
        {...(p.canChange
          ? {
              actions: (r: Row) => (
                <>
                  <Button
                    appearance="subtle"
                    onClick={() =>
                      setEditing({
                        record: {
                          id: r.id,
                          customerId: r.customerId,
                          name: r.name,
                          email: r.email,
                          accountId: r.accountId,
                          tier: r.tier,
                        },
                        heading: t('editingUser', { name: r.name }),
                      })
                    }
                  >
                    {tp('edit')}
                  </Button>
                  <RemoveButton
                    removeKey="customerUser.remove"
                    id={r.id}
                    name={r.name}
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
    </section>
  );
}
