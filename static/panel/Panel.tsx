// The SLA panel: who and what, the clocks, escalations, responsibility, links and actions.
import type { PanelView } from '@contract/panel';
import { lazy, Suspense } from 'react';
import { useText } from '../shared/i18n';
import { Facts } from './Facts';
import { Goal } from './Goal';
import { Ola } from './Ola';
import { Record } from './Record';

// The action form (buttons, text field) loads after the clocks are on screen: not in the initial JS.
const Actions = lazy(() => import('./Actions').then((m) => ({ default: m.Actions })));

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
      <Suspense fallback={null}>
        <Actions canEdit={view.canEdit} onDone={reload} />
      </Suspense>
    </>
  );
}
