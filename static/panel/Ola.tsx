// OLA per support tier: business time used against each tier's target, the tier holding the issue, and
// when its target runs out.
import ProgressBar from '@atlaskit/progress-bar';
import type { PanelView } from '@contract/panel';
import { ClockLozenge } from '../shared/clock';
import { duration, instant } from '../shared/format';
import { useText } from '../shared/i18n';

export function Ola({ view }: { readonly view: PanelView }) {
  const t = useText();
  if (view.ola.length === 0) return null;
  return (
    <section aria-labelledby="ola">
      <h2 id="ola">{t('ola')}</h2>
      <ul className="plain">
        {view.ola.map((c) => {
          const share = Math.min(1, c.usedMs / Math.max(c.targetMs, 1));
          return (
            <li key={c.id} className="goal" data-tier={c.id}>
              <div className="row">
                <strong>{c.name[t.lang]}</strong>
                <ClockLozenge state={c.state} />
                {c.holding && <span>{t('holding')}</span>}
                <span data-used={c.usedMs}>
                  {t('tierUsed', { used: duration(c.usedMs, t), target: duration(c.targetMs, t) })}
                </span>
              </div>
              {c.holding && c.timeoutAt !== null && (
                <div className="why">{t('tierTimeoutAt', { t: instant(c.timeoutAt, t) })}</div>
              )}
              <ProgressBar value={share} ariaLabel={`${c.name[t.lang]}: ${Math.round(share * 100)}%`} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
