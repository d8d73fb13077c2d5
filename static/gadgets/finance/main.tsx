import { DEFAULT_FINANCE, FINANCE_BUDGETS, FINANCE_FORECASTS, FINANCE_GADGET } from '@contract/gadgets/finance';
import type { FinanceSettings } from '@contract/gadgets/finance';
import { mountGadget } from '../shared/mount';
import { Finance } from './Finance';
import { useFinanceGadgetText } from './texts';

function Fields({ s, set }: { s: FinanceSettings; set: (p: Partial<FinanceSettings>) => void }) {
  const t = useFinanceGadgetText();
  return (
    <div className="row">
      <label className="field">
        <span>{t('budgets')}</span>
        <select value={s.budgets} onChange={(e) => set({ budgets: e.target.value as FinanceSettings['budgets'] })}>
          {FINANCE_BUDGETS.map((b) => (
            <option key={b} value={b}>
              {t(b === 'project' ? 'budgetsProject' : 'budgetsContracts')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('forecastMethod')}</span>
        <select value={s.forecast} onChange={(e) => set({ forecast: e.target.value as FinanceSettings['forecast'] })}>
          {FINANCE_FORECASTS.map((f) => (
            <option key={f} value={f}>
              {t(f)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

mountGadget({
  defaults: DEFAULT_FINANCE,
  data: FINANCE_GADGET.data,
  View: Finance,
  fields: (s, set) => <Fields s={s} set={set} />,
});
