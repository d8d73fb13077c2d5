import { useEffect, useState } from 'react';
import {
  DEFAULT_SLA,
  SLA,
  SLA_FILTER_CAP,
  SLA_MEASURES,
  SLA_SPLITS,
  type SlaFilterChoice,
  type SlaSettings,
} from '@contract/gadgets/sla';
import { call } from '../../shared/forge';
import { mountGadget } from '../shared/mount';
import { Sla } from './Sla';
import { useSlaText } from './texts';

function Fields({
  s,
  set,
  error,
}: {
  s: SlaSettings;
  set: (p: Partial<SlaSettings>) => void;
  error: (path: string) => string | undefined;
}) {
  const t = useSlaText();
  const [filters, setFilters] = useState<readonly SlaFilterChoice[] | null>(null);
  useEffect(() => {
    void call<SlaFilterChoice[]>(SLA.filters, { name: '' }).then((r) => setFilters(r.ok ? r.data : []));
  }, []);
  const filterError = error('filterId');
  return (
    <>
      <div className="row">
        <label className="field">
          <span>{t('measure')}</span>
          <select value={s.measure} onChange={(e) => set({ measure: e.target.value as SlaSettings['measure'] })}>
            {SLA_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(m === 'sla' ? 'measureSla' : 'measureOla')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('splitBy')}</span>
          <select value={s.split} onChange={(e) => set({ split: e.target.value as SlaSettings['split'] })}>
            {SLA_SPLITS.map((k) => (
              <option key={k} value={k}>
                {t(k)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('filter')}</span>
        <select
          value={s.filterId}
          aria-invalid={!!filterError}
          disabled={filters === null}
          onChange={(e) => set({ filterId: e.target.value })}
        >
          <option value="">{t('noFilter')}</option>
          {/* A saved filter no longer listed stays chosen until changed (the resolver says why it is refused). */}
          {s.filterId !== '' && filters !== null && !filters.some((f) => f.id === s.filterId) && (
            <option value={s.filterId}>{s.filterId}</option>
          )}
          {(filters ?? []).map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
        <span className="hint">{t('filterHint', { n: SLA_FILTER_CAP })}</span>
        {filterError && (
          <span className="field-error" role="alert">
            {filterError}
          </span>
        )}
      </label>
    </>
  );
}

mountGadget<SlaSettings>({
  defaults: DEFAULT_SLA,
  data: SLA.data,
  View: Sla,
  fields: (s, set, error) => <Fields s={s} set={set} error={error} />,
});
