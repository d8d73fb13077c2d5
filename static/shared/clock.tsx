// A clock's state as a lozenge (the word says it, the colour only repeats it), and a goal as it reads at
// any instant while the panel is open: business time counts down only while its calendar is open.
import Lozenge from '@atlaskit/lozenge';
import type { GoalView, PauseReason, SlaState } from '@contract/panel';
import { useText } from './i18n';

const appearance = {
  none: 'default',
  running: 'inprogress',
  paused: 'default',
  atRisk: 'moved',
  breached: 'removed',
  met: 'success',
} as const;

export function ClockLozenge({ state }: { readonly state: SlaState }) {
  const t = useText();
  return <Lozenge appearance={appearance[state]}>{state === 'none' ? t('none') : t(state)}</Lozenge>;
}

export interface LiveGoal {
  readonly leftMs: number | null;
  readonly state: SlaState;
  readonly pausedBy: PauseReason | null;
}

const within = (spans: ReadonlyArray<readonly [number, number]>, t: number) => spans.some(([a, b]) => a <= t && t < b);

/** The goal at `at`, from the view computed at `from`: the business time its calendar was open in between
 * is used up (up to the last instant the view was told about). */
export function live(goal: GoalView, from: number, at: number): LiveGoal {
  const c = goal.calendar;
  if (!c || goal.leftMs === null) return goal;
  const to = Math.min(Math.max(at, from), c.until);
  let used = 0;
  for (const [a, b] of c.open) used += Math.max(0, Math.min(b, to) - Math.max(a, from));
  const leftMs = goal.leftMs - used;
  const state: SlaState = leftMs <= 0 ? 'breached' : leftMs <= goal.riskLeftMs ? 'atRisk' : 'running';
  const pausedBy = within(c.open, to) ? null : within(c.holidays, to) ? 'holiday' : 'hours';
  return { leftMs, state, pausedBy };
}
