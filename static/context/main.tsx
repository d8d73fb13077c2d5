// The issue context: the worst SLA clock as a lozenge with its time left, then the other goals compactly,
// counting down while their calendars are open.
import { createRoot } from 'react-dom/client';
import { ClockLozenge, live } from '../shared/clock';
import { duration } from '../shared/format';
import { useText } from '../shared/i18n';
import { Root } from '../shared/Root';
import { Status } from '../shared/Status';
import { usePanel } from '../shared/usePanel';
import type { PanelView } from '@contract/panel';

/** Every goal in one line each, the worst first: what the context shows expanded. */
function Compact({ view, now }: { readonly view: PanelView; readonly now: number }) {
  const t = useText();
  const worst = view.goals.find((g) => g.state === view.state!.slaState && g.leftMs !== null);
  const goals = worst ? [worst, ...view.goals.filter((g) => g !== worst)] : view.goals;
  if (goals.length === 0)
    return (
      <div className="row">
        <ClockLozenge state={view.state!.slaState} />
      </div>
    );
  return (
    <ul className="plain">
      {goals.map((goal, i) => {
        const g = live(goal, view.now, now);
        return (
          <li key={goal.id} className="row" data-goal={goal.id} {...(i === 0 ? { 'aria-label': t('worst') } : {})}>
            <ClockLozenge state={g.state} />
            <span>{goal.name[t.lang]}</span>
            {g.leftMs !== null && (
              <span data-left={g.leftMs} data-at={now}>
                {t(g.leftMs >= 0 ? 'left' : 'overdue', { d: duration(g.leftMs, t) })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function App() {
  const { result, now } = usePanel();
  return <Status result={result}>{(view) => <Compact view={view} now={now} />}</Status>;
}

createRoot(document.getElementById('root')!).render(
  <Root>
    <App />
  </Root>,
);
