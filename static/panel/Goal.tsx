// One SLA goal: state, business time left or overdue, deadline in the reader's zone, progress, why it
// is not counting, and its earlier cycles behind a native (keyboard-ready) expander.
import ProgressBar from '@atlaskit/progress-bar';
import type { GoalView } from '@contract/panel';
import { ClockLozenge } from '../shared/clock';
import { duration, instant } from '../shared/format';
import { useText } from '../shared/i18n';

export function Goal({ goal }: { readonly goal: GoalView }) {
  const t = useText();
  const left = goal.leftMs;
  const used = left === null ? 1 : Math.min(1, Math.max(0, 1 - left / Math.max(goal.targetMs, 1)));
  return (
    <div className="goal" data-goal={goal.id}>
      <div className="row">
        <strong>{goal.name[t.lang]}</strong>
        <ClockLozenge state={goal.state} />
        {left !== null && <span data-left={left}>{t(left >= 0 ? 'left' : 'overdue', { d: duration(left, t) })}</span>}
      </div>
      {goal.deadline !== null && <div className="why">{t('deadline', { t: instant(goal.deadline, t) })}</div>}
      <ProgressBar value={used} ariaLabel={`${goal.name[t.lang]}: ${Math.round(used * 100)}%`} />
      {goal.pausedBy && <div className="why">{t(goal.pausedBy === 'status' ? 'pausedStatus' : 'pausedCalendar')}</div>}
      {goal.earlier.length > 0 && (
        <details>
          <summary>{t('earlier', { n: goal.earlier.length })}</summary>
          <ul className="plain">
            {goal.earlier.map((c) => (
              <li key={c.start} className="row">
                <ClockLozenge state={c.state} />
                {t('cycle', {
                  from: instant(c.start, t),
                  to: c.stop === null ? '…' : instant(c.stop, t),
                  used: duration(c.elapsedMs ?? 0, t),
                  target: duration(c.targetMs, t),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
