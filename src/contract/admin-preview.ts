// admin.previewConfig: a draft configuration previewed on the issues in scope updated lately, before it is
// activated. Zod-free (the admin page imports it); instants are epoch ms, durations business ms, and a
// pair is [under the configuration in force, under the draft] (null: the goal has no such value there).

import type { ActionBody } from '../domain/actions';
import type { SlaState } from '../domain/state';
import type { LocalText } from '../domain/text';

export type ActionKind = ActionBody['type'];
export type Pair<T> = readonly [T | null, T | null];

export interface PreviewGoal {
  readonly goal: string;
  readonly state: Pair<SlaState>;
  /** Deadline of the running cycle. */
  readonly deadline: Pair<number>;
  readonly targetMs: Pair<number>;
}

export interface PreviewIssue {
  readonly key: string;
  readonly serviceType?: Pair<string>;
  readonly grade?: Pair<string>;
  readonly tier?: Pair<string>;
  readonly goals: readonly PreviewGoal[];
  readonly breachesAdded: number;
  readonly breachesRemoved: number;
  /** Actions the draft would make due now, counted by kind. */
  readonly newActions: Readonly<Partial<Record<ActionKind, number>>>;
  /** Larger is more significant (breaches first, then classification, then actions and clocks). */
  readonly severity: number;
}

export interface PreviewReport {
  /** Issues looked at: updated since `since`, newest first, at most `cap` of `matched`. */
  readonly examined: number;
  readonly matched: number;
  readonly cap: number;
  readonly since: number;
  /** The time budget ran out: `examined` is short of what was found; the totals cover what was examined. */
  readonly partial: boolean;
  readonly changed: number;
  readonly breachesAdded: number;
  readonly breachesRemoved: number;
  readonly actions: Readonly<Partial<Record<ActionKind, number>>>;
  /** The most significant changes, at most `shownLimit` of `changed`. */
  readonly issues: readonly PreviewIssue[];
  readonly shownLimit: number;
  /** Projects the draft adds to the scope: the app holds no history of their issues yet, so they are not
   * previewed (activation brings them in). */
  readonly unpreviewedProjects: readonly string[];
  /** Recently updated issues in scope under the configuration in force that the draft's scope leaves out. */
  readonly leavingScope: number;
  /** The draft's scope JQL differs from the one in force: issues that one left out are not held by the app,
   * so not previewed. */
  readonly jqlChanged: boolean;
  /** Calls made to Jira (project names, the draft's scope JQL, group memberships not yet known). */
  readonly jiraCalls: number;
  readonly elapsedMs: number;
  /** Names of the ids the changes mention, from the draft (and the configuration in force for ids it drops). */
  readonly names: {
    readonly serviceTypes: Readonly<Record<string, LocalText>>;
    readonly grades: Readonly<Record<string, LocalText>>;
    readonly tiers: Readonly<Record<string, LocalText>>;
    readonly goals: Readonly<Record<string, LocalText>>;
  };
}

/** Where the draft is wrong, by JSON path (the error's `issues` when its code is 'invalid'). */
export interface PathMessage {
  readonly path: string;
  readonly message: string;
}
