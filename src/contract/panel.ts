// The SLA panel's resolver: function names and response types, shared by src/ and the Custom UI (no zod
// here: the browser bundle imports this file, and zod's schemas probe eval, which Forge's CSP refuses).

import type { MeasuredCycle } from '../domain/clocks/sla';
import type { CycleTimeline, Segment, SegmentKind } from '../domain/clocks/timeline';
import type { ItrState, SlaState } from '../domain/state';
import type { LocalText } from '../domain/text';

export type { CycleTimeline, LocalText, Segment, SegmentKind, SlaState };

export const PANEL = {
  get: 'panel.get',
  escalate: 'panel.escalate',
  overrideResponsibility: 'panel.overrideResponsibility',
  requestSurvey: 'panel.requestSurvey',
  logFeedback: 'panel.logFeedback',
} as const;

export type PanelResult<T> =
  | { readonly ok: true; readonly data: T }
  | {
      readonly ok: false;
      readonly error: {
        readonly code: 'forbidden' | 'invalid' | 'notFound' | 'busy' | 'inactive';
        readonly message: string;
        /** The payload field at fault (e.g. `reason`), for the UI to show the message at that field. */
        readonly path?: string;
      };
    };

/** One SLA goal as the panel shows it; instants are epoch ms, durations business ms. */
export interface GoalView {
  readonly id: string;
  readonly name: LocalText;
  readonly state: SlaState;
  readonly targetMs: number;
  /** The current cycle's business time left at `now` (negative: overdue), or null once stopped. */
  readonly leftMs: number | null;
  /** When the current cycle breaches if nothing pauses it (running clocks only). */
  readonly deadline: number | null;
  /** Why no business time passes now: a pausing status, outside working hours (evening, weekend), a holiday. */
  readonly pausedBy: PauseReason | null;
  /** Business ms left below which the running clock is at risk. */
  readonly riskLeftMs: number;
  /** While the clock runs (no pausing status): where its calendar opens and closes from `now` up to
   * `until`, so the browser counts business time down exactly without asking again; past `until` it asks. */
  readonly calendar: CalendarAhead | null;
  /** Earlier cycles, oldest first. */
  readonly earlier: readonly MeasuredCycle[];
  /** The latest cycles (the current one last): when the clock counted, paused and why. */
  readonly timeline: readonly CycleTimeline[];
}

export type PauseReason = 'status' | 'hours' | 'holiday';

export interface CalendarAhead {
  /** Working intervals [open, close) within [now, until), in order. */
  readonly open: ReadonlyArray<readonly [number, number]>;
  /** Holidays within [now, until): closed time the weekly hours would have worked. */
  readonly holidays: ReadonlyArray<readonly [number, number]>;
  readonly until: number;
}

/** One tier's OLA clock: business time it has used against its target. */
export interface TierView {
  readonly id: string;
  readonly name: LocalText;
  readonly state: SlaState;
  readonly targetMs: number;
  /** Business ms the tier has held the issue on the clock, at `now`. */
  readonly usedMs: number;
  /** The holder: whether it holds the issue now, and when its target runs out if its clock runs. */
  readonly holding: boolean;
  readonly timeoutAt: number | null;
}

/** An escalation already done: its idempotency group and the instant it fell due. */
export interface EscalationDone {
  readonly group: string;
  readonly at: number | null;
}

export interface PanelView {
  /** False while no configuration with a scope is active, or for an issue outside it. */
  readonly managed: boolean;
  /** The instant the view was computed at: time left is measured from it. */
  readonly now: number;
  /** The caller may act (Jira's Edit issues permission). */
  readonly canEdit: boolean;
  readonly state: ItrState | null;
  readonly configVersion: number;
  readonly names: {
    readonly serviceType: LocalText | null;
    readonly grade: LocalText | null;
    readonly service: LocalText | null;
  };
  readonly emergencyPlanUrl: string | null;
  /** The name of the customer record the issue is matched to (the state holds its id). */
  readonly customerName: string | null;
  readonly parties: ReadonlyArray<{ id: string; name: LocalText }>;
  readonly goals: readonly GoalView[];
  /** OLA per support tier that held the issue, in the configuration's tier order. */
  readonly ola: readonly TierView[];
  /** Escalations done (thresholds, tier timeouts and requests, complaints), oldest first. */
  readonly escalations: readonly EscalationDone[];
  readonly tiers: ReadonlyArray<{ id: string; name: LocalText }>;
}
