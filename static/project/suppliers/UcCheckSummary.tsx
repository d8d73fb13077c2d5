// The project's UC check at a glance: all strict enough, or each flagged UC with its flags.
import SectionMessage from '@atlaskit/section-message';
import type { UcCheckResult } from '@contract/records/supplier';
import type { SupplierText } from './texts';
import { UcFlagList } from './UcFlags';

export function UcCheckSummary(p: {
  readonly check: UcCheckResult;
  readonly supplierName: (id: string) => string;
  readonly resolutionGoal: string;
  readonly t: SupplierText;
}) {
  const { t, check } = p;
  const flagged = check.items.filter((i) => i.flags.length > 0);
  return (
    <section className="uc-check" aria-labelledby="uc-check-h">
      <h2 id="uc-check-h">{t('ucCheck')}</h2>
      <p className="small">{t('ucCheckIntro', { margin: check.marginPct })}</p>
      {check.items.length === 0 ? (
        <p>{t('ucNone')}</p>
      ) : flagged.length === 0 ? (
        <SectionMessage appearance="success">
          <p>{t('ucAllGood', { n: check.items.length })}</p>
        </SectionMessage>
      ) : (
        <SectionMessage appearance="warning" title={t('ucFlagged', { n: flagged.length, total: check.items.length })}>
          {flagged.map((i) => (
            <div key={i.id}>
              <strong>
                {i.title} · {p.supplierName(i.supplierId)}
              </strong>
              <UcFlagList flags={i.flags} t={t} resolutionGoal={p.resolutionGoal} />
            </div>
          ))}
        </SectionMessage>
      )}
    </section>
  );
}
