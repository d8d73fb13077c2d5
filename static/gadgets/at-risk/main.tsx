import { AT_RISK, AT_RISK_LIMITS, DEFAULT_AT_RISK } from '@contract/gadgets/at-risk';
import { mountGadget } from '../shared/mount';
import { AtRisk } from './AtRisk';
import { useAtRiskText } from './texts';

function Fields({
  limit,
  breached,
  set,
}: {
  limit: number;
  breached: boolean;
  set: (p: { limit?: 10 | 20 | 50; breached?: boolean }) => void;
}) {
  const t = useAtRiskText();
  return (
    <div className="row">
      <label className="field">
        <span>{t('limit')}</span>
        <select value={limit} onChange={(e) => set({ limit: Number(e.target.value) as 10 | 20 | 50 })}>
          {AT_RISK_LIMITS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={breached} onChange={(e) => set({ breached: e.target.checked })} />{' '}
        {t('breached')}
      </label>
    </div>
  );
}

mountGadget({
  defaults: DEFAULT_AT_RISK,
  data: AT_RISK.data,
  View: AtRisk,
  months: false,
  fields: (s, set) => <Fields limit={s.limit} breached={s.breached} set={set} />,
});
