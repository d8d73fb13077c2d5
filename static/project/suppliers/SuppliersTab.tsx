// Suppliers (seed 003): the settings, the UC check across the project, the suppliers list, and one
// supplier's underpinning contracts, audits and disputes when it is opened.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useState } from 'react';
import type { Changed } from '@contract/records/changed';
import type { Supplier } from '@contract/records/supplier';
import type { TabProps } from '../ProjectPage';
import type { Column } from '../records/RecordList';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { RecordSection } from '../records/RecordSection';
import { SettingsForm } from './SettingsForm';
import { SupplierDetail } from './SupplierDetail';
import { SupplierForm } from './SupplierForm';
import { useSupplierText } from './texts';
import { UcCheckSummary } from './UcCheckSummary';
import { useSupplierData } from './useSupplierData';
import { useSupplierNames } from './useSupplierNames';

type Row = Supplier & Changed;

const blank = (): Supplier => ({
  id: newId(),
  name: '',
  tier: null,
  contact: null,
  subcontracting: { allowed: false, maxSharePct: 0, approvedSubcontractors: [] },
});

export default function SuppliersTab({ access }: TabProps) {
  const t = useSupplierText();
  const tp = useProjectText();
  const [version, setVersion] = useState(0);
  const [opened, setOpened] = useState<Row | null>(null);
  const { setup, check } = useSupplierData(version);
  const names = useSupplierNames(version);
  const bump = () => setVersion((v) => v + 1);
  if (!setup || !check) return <Spinner label={tp('loading')} />;
  if (!setup.ok || !check.ok)
    return (
      <SectionMessage appearance="error" title={tp('failed')}>
        <p>{!setup.ok ? setup.error.message : !check.ok ? check.error.message : ''}</p>
      </SectionMessage>
    );
  const flagsOf = (supplierId: string) =>
    check.data.items.filter((i) => i.supplierId === supplierId).reduce((n, i) => n + i.flags.length, 0);
  if (opened)
    return (
      <SupplierDetail
        supplier={opened}
        setup={setup.data}
        check={check.data}
        canChange={access.canChange}
        onBack={() => setOpened(null)}
        onChanged={bump}
      />
    );
  const columns: ReadonlyArray<Column<Row>> = [
    {
      label: t('name'),
      sort: 'name',
      cell: (r) => (
        <Button appearance="subtle" aria-label={t('openLabel', { name: r.name })} onClick={() => setOpened(r)}>
          {r.name}
        </Button>
      ),
      csv: (r) => r.name,
    },
    { label: t('tier'), sort: 'tier', cell: (r) => r.tier ?? t('noTier'), csv: (r) => r.tier },
    { label: t('contact'), cell: (r) => r.contact ?? '', csv: (r) => r.contact },
    {
      label: t('subcontracting'),
      cell: (r) => (r.subcontracting.allowed ? t('upTo', { n: r.subcontracting.maxSharePct }) : t('notAllowed')),
      csv: (r) =>
        r.subcontracting.allowed
          ? `${r.subcontracting.maxSharePct}%: ${r.subcontracting.approvedSubcontractors.join('; ')}`
          : '',
    },
    {
      label: t('flags'),
      cell: (r) => {
        const n = flagsOf(r.id);
        return n ? <span className="flagged">{t('flagCount', { n })}</span> : '';
      },
      csv: (r) => flagsOf(r.id),
    },
  ];
  return (
    <>
      <SettingsForm initial={setup.data} canChange={access.canChange} onSaved={bump} />
      <UcCheckSummary
        check={check.data}
        supplierName={(id) => names.get(id) ?? t('unknownSupplier')}
        resolutionGoal={setup.data.resolutionGoal}
        t={t}
      />
      <RecordSection<Supplier>
        id="suppliers"
        title={t('caption')}
        level={2}
        kind="supplier"
        columns={columns}
        searchWhat={t('what')}
        canChange={access.canChange}
        onChanged={bump}
        blank={blank}
        addLabel={t('add')}
        nameOf={(s) => s.name}
        editLabel={(s) => t('editing', { name: s.name })}
        form={(record, heading, onDone) => (
          <SupplierForm key={record.id} initial={record} tiers={setup.data.tiers} heading={heading} onDone={onDone} />
        )}
      />
    </>
  );
}
