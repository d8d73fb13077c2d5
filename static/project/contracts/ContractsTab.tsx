// Contracts: the list (with each one's renewal reminder), and for the project's administrators the form.
import type { Changed } from '@contract/records/changed';
import type { Contract, ContractReminded } from '@contract/records/contract';
import { useText } from '../../shared/i18n';
import type { TabProps } from '../ProjectPage';
import { money } from '../records/money';
import type { Column } from '../records/RecordList';
import { RecordSection } from '../records/RecordSection';
import { useCustomerOptions } from '../records/useCustomerOptions';
import { newId } from '../records/useRecordForm';
import { ContractForm } from './ContractForm';
import { useContractsText } from './texts';

type Row = Contract & ContractReminded & Changed;

const blank = (): Contract => {
  const today = new Date().toISOString().slice(0, 10);
  return {
    id: newId(),
    customerId: '',
    title: '',
    policy: '',
    starts: today,
    ends: today,
    valueCents: null,
    remindDays: 30,
  };
};

const recordOf = (r: Contract & ContractReminded): Contract => ({
  id: r.id,
  customerId: r.customerId,
  title: r.title,
  policy: r.policy,
  starts: r.starts,
  ends: r.ends,
  valueCents: r.valueCents,
  remindDays: r.remindDays,
});

export default function ContractsTab({ access }: TabProps) {
  const t = useContractsText();
  const { locale, zone } = useText();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone });
  const customers = useCustomerOptions();
  const customer = (id: string) => customers.find((c) => c.id === id)?.name ?? t('unknownCustomer');
  const reminded = (r: Row) =>
    r.remindedAt === null ? t('notYet') : t('remindedOn', { date: day.format(r.remindedAt) });
  const columns: ReadonlyArray<Column<Row>> = [
    { label: t('title'), sort: 'title', cell: (r) => r.title, csv: (r) => r.title },
    { label: t('customer'), cell: (r) => customer(r.customerId), csv: (r) => customer(r.customerId) },
    { label: t('policy'), cell: (r) => r.policy, csv: (r) => r.policy },
    { label: t('starts'), sort: 'starts', cell: (r) => r.starts, csv: (r) => r.starts },
    { label: t('ends'), sort: 'ends', cell: (r) => r.ends, csv: (r) => r.ends },
    {
      label: t('value'),
      sort: 'value',
      cell: (r) => (r.valueCents === null ? t('none') : money(r.valueCents, locale)),
      csv: (r) => (r.valueCents === null ? null : (r.valueCents / 100).toFixed(2)),
    },
    { label: t('reminded'), cell: reminded, csv: reminded },
  ];
  return (
    <RecordSection<Contract, Contract & ContractReminded>
      id="contracts"
      title={t('caption')}
      level={2}
      kind="contract"
      columns={columns}
      searchWhat={t('what')}
      canChange={access.canChange}
      blank={blank}
      addLabel={t('add')}
      nameOf={(r) => r.title}
      editLabel={(r) => t('editing', { title: r.title })}
      toEdit={recordOf}
      form={(record, heading, onDone) => (
        <ContractForm key={record.id} initial={record} customers={customers} heading={heading} onDone={onDone} />
      )}
    />
  );
}
