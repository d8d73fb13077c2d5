// The ITR state, stored by the app as the issue property `itr` (kept well under Jira's 32 KB).
//
// Flat fields, indexed for JQL by the manifest's jira:entityProperty module:
//   serviceType      string   service type id            issue.property[itr].serviceType = softwareFault
//   grade            string   grade id (P1…)             itrGrade = P1
//   customer         string   customer id (or raw value) itrCustomer = acme
//   slaState         string   worst current goal state:  breached > atRisk > running > paused > met > none
//   breachAt         number   epoch SECONDS at which the most urgent goal breaches (or breached)
//   tier             string   support tier holding the issue (L1, L2, L3, supplier)
//   responsibility   string   accountable party once resolved (productDefect, supplier, …)
//   nextCheckAt      number   epoch SECONDS of the next instant anything can change without a new
//                             event; the sweep asks JQL for nextCheckAt <= now
// Detail fields (not indexed) feed the SLA panel; all other instants are epoch milliseconds.
// Clocks that are running store instants (deadline, timeoutAt), never elapsed time, so the state only
// changes at events and at nextCheckAt.

import type { MeasuredCycle, ClockState } from './clocks/sla';
import type { TierClock } from './clocks/ola';
import type { Party } from './config/schema';
import type { ProblemVerdict } from './problem';
import type { Responsibility } from './responsibility';
import type { LocalText } from './text';

export type SlaState = 'none' | ClockState;

export interface ItrState {
  readonly v: 1;
  readonly configVersion: number;
  readonly serviceType: string;
  readonly grade: string;
  readonly customer: string | null;
  readonly slaState: SlaState;
  readonly breachAt: number | null;
  readonly tier: string | null;
  readonly responsibility: Party | null;
  readonly nextCheckAt: number | null;

  readonly service: string | null;
  readonly requester: 'customer' | 'user';
  readonly why: { readonly classification: string; readonly grade: readonly LocalText[] };
  /** Per goal: the current (last) state and the cycles, the last MAX_CYCLES of them. */
  readonly goals: Readonly<Record<string, { readonly state: SlaState; readonly cycles: readonly MeasuredCycle[] }>>;
  readonly ola: Readonly<Record<string, TierClock>>;
  readonly responsibilityDetail: Responsibility | null;
  readonly problem: ProblemVerdict | null;
  readonly complaints: { readonly customer: number; readonly user: number };
  /** Keys of issues the app created for this one; the platform records them, evaluation carries them. */
  readonly links: { readonly problem?: string; readonly ltc?: string; readonly ipd?: string };
  /** Idempotency groups (see Action) of every action already due, sorted. */
  readonly done: readonly string[];
  /** The issue left the app's scope: its clocks stopped where they were; its history is kept. */
  readonly outOfScope?: true;
}

export const MAX_CYCLES = 20;

const rank: Record<SlaState, number> = { none: 0, met: 1, paused: 2, running: 3, atRisk: 4, breached: 5 };

export function worst(a: SlaState, b: SlaState): SlaState {
  return rank[b] > rank[a] ? b : a;
}

export const toSeconds = (ms: number | null): number | null => (ms === null ? null : Math.ceil(ms / 1000));
