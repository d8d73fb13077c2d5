// One SLA goal: state, business time left or overdue (counting down while its calendar is open), deadline
// in the reader's zone, progress, why it is not counting, its timeline (loaded when opened) and its earlier
// cycles, each behind a native (keyboard-ready) expander.
import ProgressBar from '@atlaskit/progress-bar';
import type { GoalView, PauseReason } from '@contract/panel';
import { lazy, Suspense, useState } from 'react';
import { ClockLozenge, live } from '../shared/clock';
import { duration, instant } from '../shared/format';
import { useText } from '../shared/i18n';

const Timeline = lazy(() => import('./Timeline').then((m) => ({ default: m.Timeline })));

const pauseText = { status: 'pausedStatus', hours: 'pausedHours', holiday: 'pausedHoliday' } as const satisfies Record<
  PauseReason,
  string
>;

export function Goal({ goal, from, now }: { readonly goal: GoalView; readonly from: number; readonly now: number }) {
  const t = useText();
  const [timeline, setTimeline] = useState(false);
  const { leftMs: left, state, pausedBy } = live(goal, from, now);
  const used = left === null ? 1 : Math.min(1, Math.max(0, 1 - left / Math.max(goal.targetMs, 1)));
  return (
    <div className="goal" data-goal={goal.id}>
      <div className="row">
        <strong>{goal.name[t.lang]}</strong>
        <ClockLozenge state={state} />
        {left !== null && (
          <span data-left={left} data-at={now} data-paused={pausedBy ?? undefined}>
            {t(left >= 0 ? 'left' : 'overdue', { d: duration(left, t) })}
          </span>
        )}
      </div>
      {goal.deadline !== null && <div className="why">{t('deadline', { t: instant(goal.deadline, t) })}</div>}
      <ProgressBar value={used} ariaLabel={`${goal.name[t.lang]}: ${Math.round(used * 100)}%`} />
      {pausedBy && <div className="why">{t(pauseText[pausedBy])}</div>}
      {goal.timeline.length > 0 && (
        <details onToggle={(e) => setTimeline(e.currentTarget.open)}>
          <summary>{t('timeline')}</summary>
          {timeline && (
            <Suspense fallback={<p className="why">{t('timelineLoading')}</p>}>
              <Timeline cycles={goal.timeline} />
            </Suspense>
          )}
        </details>
      )}
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
