// Suppliers (seed 003): the settings, the UC check across the project, the suppliers list, and one
// supplier's underpinning contracts, audits and disputes when it is opened.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useState } from 'react';
import type { Changed } from '@contract/records/changed';
import type { Supplier } from '@contract/records/supplier';
import type { TabProps } from '../ProjectPage';
import { RecordList, type Column } from '../records/RecordList';
import { RemoveButton } from '../records/RemoveButton';
import { newId } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { withoutChanged } from './RecordSection';
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
  const [editing, setEditing] = useState<{ record: Supplier; heading: string } | null>(null);
  const [opened, setOpened] = useState<Row | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const { setup, check } = useSupplierData(version);
  const names = useSupplierNames(version);
  const bump = () => setVersion(version + 1);
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
      {note ? (
        <p className="small" role="status">
          {note}
        </p>
      ) : null}
      <SettingsForm key={version} initial={setup.data} canChange={access.canChange} onSaved={bump} />
      <UcCheckSummary
        check={check.data}
        supplierName={(id) => names.get(id) ?? t('unknownSupplier')}
        resolutionGoal={setup.data.resolutionGoal}
        t={t}
      />
      <h2>{t('caption')}</h2>
      {editing ? (
        <SupplierForm
          key={editing.record.id}
          initial={editing.record}
          tiers={setup.data.tiers}
          heading={editing.heading}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              bump();
              setNote(tp('saved'));
            }
          }}
        />
      ) : null}
      <RecordList<Row>
        id="suppliers"
        caption={t('caption')}
        listKey="supplier.list"
        columns={columns}
        searchWhat={t('what')}
        csvName="suppliers"
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
                    onClick={() => setEditing({ record: withoutChanged(r), heading: t('editing', { name: r.name }) })}
                  >
                    {tp('edit')}
                  </Button>
                  <RemoveButton
                    removeKey="supplier.remove"
                    id={r.id}
                    name={r.name}
                    onRemoved={() => {
                      bump();
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
