// An opened supplier's disputes: stage (forward only), opened, closed and outcome.
import { DISPUTE_STAGES, type Dispute } from '@contract/records/dispute';
import { newId } from '../records/useRecordForm';
import { DisputeForm } from './DisputeForm';
import { RecordSection } from '../records/RecordSection';
import { useSupplierText } from './texts';

export function DisputeSection(p: { readonly supplierId: string; readonly canChange: boolean }) {
  const t = useSupplierText();
  return (
    <RecordSection<Dispute>
      id="disputes"
      title={t('disputes')}
      level={3}
      kind="dispute"
      searchWhat={t('disputesWhat')}
      filter={{ supplierId: p.supplierId }}
      canChange={p.canChange}
      blank={() => ({
        id: newId(),
        supplierId: p.supplierId,
        title: '',
        stage: DISPUTE_STAGES[0],
        openedOn: new Date().toISOString().slice(0, 10),
        closedOn: null,
        outcome: null,
      })}
      addLabel={t('addDispute')}
      nameOf={(d) => d.title}
      editLabel={(d) => t('editingDispute', { title: d.title })}
      form={(record, heading, onDone) => (
        <DisputeForm key={record.id} initial={record} heading={heading} onDone={onDone} />
      )}
      columns={[
        { label: t('disputeTitle'), sort: 'title', cell: (d) => d.title, csv: (d) => d.title },
        { label: t('stage'), sort: 'stage', cell: (d) => t(d.stage), csv: (d) => d.stage },
        { label: t('openedOn'), sort: 'openedOn', cell: (d) => d.openedOn, csv: (d) => d.openedOn },
        { label: t('closedOn'), cell: (d) => d.closedOn ?? t('open_'), csv: (d) => d.closedOn },
        { label: t('outcome'), cell: (d) => d.outcome ?? '', csv: (d) => d.outcome },
      ]}
    />
  );
}
