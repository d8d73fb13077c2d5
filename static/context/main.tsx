// The issue context: the worst SLA clock as a lozenge with its time left, counting down while it runs.
import { createRoot } from 'react-dom/client';
import { ClockLozenge, live } from '../shared/clock';
import { duration } from '../shared/format';
import { useText } from '../shared/i18n';
import { Root } from '../shared/Root';
import { Status } from '../shared/Status';
import { usePanel } from '../shared/usePanel';
import type { PanelView } from '@contract/panel';

function Worst({ view, now }: { readonly view: PanelView; readonly now: number }) {
  const t = useText();
  const goal = view.goals.find((g) => g.state === view.state!.slaState && g.leftMs !== null) ?? view.goals[0];
  const g = goal ? live(goal, view.now, now) : null;
  return (
    <div className="row" aria-label={t('worst')}>
      <ClockLozenge state={g?.state ?? view.state!.slaState} />
      {goal && g?.leftMs != null && (
        <span data-left={g.leftMs} data-at={now}>
          {goal.name[t.lang]}: {t(g.leftMs >= 0 ? 'left' : 'overdue', { d: duration(g.leftMs, t) })}
        </span>
      )}
    </div>
  );
}

function App() {
  const { result, now } = usePanel();
  return <Status result={result}>{(view) => <Worst view={view} now={now} />}</Status>;
}

createRoot(document.getElementById('root')!).render(
  <Root>
    <App />
  </Root>,
);
