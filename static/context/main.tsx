// The issue context: the worst SLA clock as a lozenge with its time left.
import { createRoot } from 'react-dom/client';
import { ClockLozenge } from '../shared/clock';
import { duration } from '../shared/format';
import { useText } from '../shared/i18n';
import { Root } from '../shared/Root';
import { Status } from '../shared/Status';
import { usePanel } from '../shared/usePanel';
import type { PanelView } from '@contract/panel';

function Worst({ view }: { readonly view: PanelView }) {
  const t = useText();
  const goal = view.goals.find((g) => g.state === view.state!.slaState && g.leftMs !== null) ?? view.goals[0];
  return (
    <div className="row" aria-label={t('worst')}>
      <ClockLozenge state={view.state!.slaState} />
      {goal?.leftMs != null && (
        <span data-left={goal.leftMs}>
          {goal.name[t.lang]}: {t(goal.leftMs >= 0 ? 'left' : 'overdue', { d: duration(goal.leftMs, t) })}
        </span>
      )}
    </div>
  );
}

function App() {
  const { result } = usePanel();
  return <Status result={result}>{(view) => <Worst view={view} />}</Status>;
}

createRoot(document.getElementById('root')!).render(
  <Root>
    <App />
  </Root>,
);
