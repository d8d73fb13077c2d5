// An opened supplier's underpinning contracts, each with its UC-check flags.
import type { SupplierSetup, UcCheckResult } from '@contract/records/supplier';
import type { Underpinning } from '@contract/records/underpinning';
import { newId } from '../records/useRecordForm';
import { RecordSection } from '../records/RecordSection';
import { useSupplierText } from './texts';
import { flagText, UcFlagList } from './UcFlags';
import { UnderpinningForm } from './UnderpinningForm';

export function UnderpinningSection(p: {
  readonly supplierId: string;
  readonly setup: SupplierSetup;
  readonly check: UcCheckResult;
  readonly canChange: boolean;
  readonly onChanged: () => void;
}) {
  const t = useSupplierText();
  const flagsOf = (id: string) => p.check.items.find((i) => i.id === id)?.flags ?? [];
  const year = new Date().getFullYear();
  return (
    <RecordSection<Underpinning>
      id="underpinning"
      title={t('ucs')}
      level={3}
      kind="underpinning"
      searchWhat={t('ucsWhat')}
      filter={{ supplierId: p.supplierId }}
      canChange={p.canChange}
      onChanged={p.onChanged}
      blank={() => ({
        id: newId(),
        supplierId: p.supplierId,
        title: '',
        starts: `${year}-01-01`,
        ends: `${year}-12-31`,
        targets: {},
        supports: [],
      })}
      addLabel={t('addUc')}
      nameOf={(u) => u.title}
      editLabel={(u) => t('editingUc', { title: u.title })}
      form={(record, heading, onDone) => (
        <UnderpinningForm key={record.id} initial={record} setup={p.setup} heading={heading} onDone={onDone} />
      )}
      columns={[
        { label: t('ucTitle'), sort: 'title', cell: (u) => u.title, csv: (u) => u.title },
        {
          label: t('term'),
          sort: 'ends',
          cell: (u) => `${u.starts} – ${u.ends}`,
          csv: (u) => `${u.starts} – ${u.ends}`,
        },
        { label: t('supports'), cell: (u) => u.supports.join(', '), csv: (u) => u.supports.join('; ') },
        {
          label: t('targets'),
          cell: (u) =>
            Object.entries(u.targets)
              .map(([g, x]) => `${g} ${x.responseMinutes}/${x.resolutionMinutes}`)
              .join(' · '),
          csv: (u) =>
            Object.entries(u.targets)
              .map(([g, x]) => `${g} ${x.responseMinutes}/${x.resolutionMinutes}`)
              .join('; '),
        },
        {
          label: t('flags'),
          cell: (u) => {
            const f = flagsOf(u.id);
            return f.length ? (
              <div className="flagged">
                <UcFlagList flags={f} t={t} resolutionGoal={p.setup.resolutionGoal} />
              </div>
            ) : (
              t('ok')
            );
          },
          csv: (u) =>
            flagsOf(u.id)
              .map((f) => flagText(f, t, p.setup.resolutionGoal))
              .join('; '),
        },
      ]}
    />
  );
}
