// OLA per support tier: time used or left against each tier's target, and the tier holding the issue.
import type { PanelView } from '@contract/panel';
import { ClockLozenge } from '../shared/clock';
import { duration, instant } from '../shared/format';
import { useText } from '../shared/i18n';

export function Ola({ view }: { readonly view: PanelView }) {
  const t = useText();
  const ola = view.state!.ola;
  return (
    <section aria-labelledby="ola">
      <h2 id="ola">{t('ola')}</h2>
      <ul className="plain">
        {view.tiers
          .filter((tier) => ola[tier.id])
          .map((tier) => {
            const c = ola[tier.id]!;
            return (
              <li key={tier.id} className="row">
                <strong>{tier.name[t.lang]}</strong>
                <ClockLozenge state={c.state} />
                {view.state!.tier === tier.id && <span>{t('holding')}</span>}
                <span className="why">
                  {c.timeoutAt !== undefined
                    ? t('deadline', { t: instant(c.timeoutAt, t) })
                    : `${duration(c.elapsedMs ?? c.targetMs - (c.remainingMs ?? 0), t)} / ${duration(c.targetMs, t)}`}
                </span>
              </li>
            );
          })}
      </ul>
    </section>
  );
}
