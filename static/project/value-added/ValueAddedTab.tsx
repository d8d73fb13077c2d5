// Value-added services (增值服务): the list, and for the project's administrators the form.
import type { Changed } from '@contract/records/changed';
import { VALUE_ADDED_CHECKS, type ValueAdded } from '@contract/records/value-added';
import type { TabProps } from '../ProjectPage';
import type { Column } from '../records/RecordList';
import { RecordSection } from '../records/RecordSection';
import { useCustomerOptions } from '../records/useCustomerOptions';
import { newId } from '../records/useRecordForm';
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
  const { locale } = useText();
  const customers = useCustomerOptions();
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
    <RecordSection<ValueAdded>
      id="value-added"
      title={t('caption')}
      level={2}
      kind="valueAdded"
      columns={columns}
      searchWhat={t('what')}
      canChange={access.canChange}
      blank={blank}
      addLabel={t('add')}
      nameOf={(r) => r.title}
      editLabel={(r) => t('editing', { title: r.title })}
      form={(record, heading, onDone) => (
        <ValueAddedForm key={record.id} initial={record} customers={customers} heading={heading} onDone={onDone} />
      )}
    />
  );
}
