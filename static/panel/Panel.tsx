// The SLA panel: who and what, the clocks, escalations, responsibility, links and actions.
import type { PanelView } from '@contract/panel';
import { lazy, Suspense } from 'react';
import { useText } from '../shared/i18n';
import { Facts } from './Facts';
import { Goal } from './Goal';
import { Ola } from './Ola';
import { Record } from './Record';
import './panel.css';

// The action form (buttons, text field) loads after the clocks are on screen: not in the initial JS.
const Actions = lazy(() => import('./Actions').then((m) => ({ default: m.Actions })));

export function Panel({
  view,
  reload,
  now,
}: {
  readonly view: PanelView;
  readonly reload: () => void;
  readonly now: number;
}) {
  const t = useText();
  return (
    <>
      <Facts view={view} />
      <section aria-labelledby="goals">
        <h2 id="goals">{t('goals')}</h2>
        {view.goals.length === 0 && <p className="why">{t('noGoals')}</p>}
        {view.goals.map((g) => (
          <Goal key={g.id} goal={g} from={view.now} now={now} />
        ))}
      </section>
      <Ola view={view} />
      <Record view={view} />
      <Suspense fallback={null}>
        <Actions canEdit={view.canEdit} onDone={reload} parties={view.parties} />
      </Suspense>
    </>
  );
}
