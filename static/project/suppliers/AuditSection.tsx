// An opened supplier's audits: period, the six scores and the weighted total the server computed.
import { AUDIT_DIMENSIONS, type SupplierAudit } from '@contract/records/supplier-audit';
import { newId } from '../records/useRecordForm';
import { AuditForm } from './AuditForm';
import { RecordSection } from '../records/RecordSection';
import { useSupplierText } from './texts';

/** The current quarter, e.g. '2026-Q4'. */
const thisQuarter = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
};

export function AuditSection(p: { readonly supplierId: string; readonly canChange: boolean }) {
  const t = useSupplierText();
  return (
    <RecordSection<SupplierAudit>
      id="audits"
      title={t('audits')}
      level={3}
      kind="supplierAudit"
      searchWhat={t('auditsWhat')}
      filter={{ supplierId: p.supplierId }}
      canChange={p.canChange}
      // A new audit has no weights or total yet: the server adds them when it is saved.
      blank={() =>
        ({
          id: newId(),
          supplierId: p.supplierId,
          period: thisQuarter(),
          scores: Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, { score: null, note: '' }])),
          note: '',
        }) as unknown as SupplierAudit
      }
      addLabel={t('addAudit')}
      nameOf={(a) => a.period}
      editLabel={(a) => t('editingAudit', { period: a.period })}
      form={(record, heading, onDone) => (
        <AuditForm key={record.id} initial={record} heading={heading} onDone={onDone} />
      )}
      columns={[
        { label: t('period'), sort: 'period', cell: (a) => a.period, csv: (a) => a.period },
        { label: t('total'), sort: 'total', cell: (a) => a.total.toFixed(2), csv: (a) => a.total },
        ...AUDIT_DIMENSIONS.map((d) => ({
          label: t(d),
          cell: (a: SupplierAudit) => String(a.scores[d].score),
          csv: (a: SupplierAudit) => a.scores[d].score,
        })),
        { label: t('auditNote'), cell: (a) => a.note, csv: (a) => a.note },
      ]}
    />
  );
}
