import {
  DEFAULT_SATISFACTION,
  SATISFACTION,
  SATISFACTION_SPLITS,
  type SatisfactionSplit,
} from '@contract/gadgets/satisfaction';
import { mountGadget } from '../shared/mount';
import { Satisfaction } from './Satisfaction';
import { useSatisfactionText } from './texts';

function Fields({ split, set }: { split: SatisfactionSplit; set: (p: { split: SatisfactionSplit }) => void }) {
  const t = useSatisfactionText();
  return (
    <div className="row">
      <label className="field">
        <span>{t('split')}</span>
        <select value={split} onChange={(e) => set({ split: e.target.value as SatisfactionSplit })}>
          {SATISFACTION_SPLITS.map((s) => (
            <option key={s} value={s}>
              {t(s === 'customer' ? 'splitCustomer' : 'splitEngineer')}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

mountGadget({
  defaults: DEFAULT_SATISFACTION,
  data: SATISFACTION.data,
  View: Satisfaction,
  fields: (s, set) => <Fields split={s.split} set={set} />,
});
