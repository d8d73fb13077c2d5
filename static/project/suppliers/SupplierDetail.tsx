// One supplier opened: its underpinning contracts (with their UC-check flags), audits and disputes.
import Button from '@atlaskit/button/new';
import { useEffect, useRef } from 'react';
import type { Changed } from '@contract/records/changed';
import type { Supplier, SupplierSetup, UcCheckResult } from '@contract/records/supplier';
import { ContactLog } from '../communication/ContactLog';
import { AuditSection } from './AuditSection';
import { DisputeSection } from './DisputeSection';
import { useSupplierText } from './texts';
import { UnderpinningSection } from './UnderpinningSection';

export function SupplierDetail(p: {
  readonly supplier: Supplier & Changed;
  readonly setup: SupplierSetup;
  readonly check: UcCheckResult;
  readonly canChange: boolean;
  readonly onBack: () => void;
  readonly onChanged: () => void;
}) {
  const t = useSupplierText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = p.supplier;
  return (
    <div className="supplier-detail">
      <Button appearance="subtle" onClick={p.onBack}>
        ← {t('back')}
      </Button>
      <h2 ref={heading} tabIndex={-1}>
        {s.name}
      </h2>
      <p className="small">
        {t('tier')}: {s.tier ?? t('noTier')} · {t('contact')}: {s.contact ?? '—'} · {t('subcontracting')}:{' '}
        {s.subcontracting.allowed
          ? `${t('upTo', { n: s.subcontracting.maxSharePct })} (${s.subcontracting.approvedSubcontractors.join(', ') || '—'})`
          : t('notAllowed')}
      </p>
      <UnderpinningSection
        supplierId={s.id}
        setup={p.setup}
        check={p.check}
        canChange={p.canChange}
        onChanged={p.onChanged}
      />
      <AuditSection supplierId={s.id} canChange={p.canChange} />
      <DisputeSection supplierId={s.id} canChange={p.canChange} />
      <h3>{t('communication', { name: s.name })}</h3>
      <ContactLog partyKind="supplier" partyId={s.id} canChange={p.canChange} />
    </div>
  );
}
