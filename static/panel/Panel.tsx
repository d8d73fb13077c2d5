// The SLA panel: who and what, the clocks, escalations, responsibility, links and actions.
import type { PanelView } from '@contract/panel';
import { useText } from '../shared/i18n';
import { Actions } from './Actions';
import { Facts } from './Facts';
import { Goal } from './Goal';
import { Ola } from './Ola';
import { Record } from './Record';

export function Panel({ view, reload }: { readonly view: PanelView; readonly reload: () => void }) {
  const t = useText();
  return (
    <>
      <Facts view={view} />
      <section aria-labelledby="goals">
        <h2 id="goals">{t('goals')}</h2>
        {view.goals.map((g) => (
          <Goal key={g.id} goal={g} />
        ))}
      </section>
      <Ola view={view} />
      <Record view={view} />
      <Actions canEdit={view.canEdit} onDone={reload} />
    </>
  );
}
