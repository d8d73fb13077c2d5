// Evaluates a set of issues from the app's stored snapshots and carries out their actions: the shared
// core of the issue trigger, the sweep, queue work and recalculation. Snapshots that are missing (issues
// the app has not seen) are loaded from Jira in bulk first; the app's own changes to an issue are applied
// to its snapshot as it makes them, since Jira raises no event for them. Returns the `itr` property
// values to write to Jira, which the caller writes one by one or in bulk.

import type { ConfigDoc } from '../domain/config/schema';
import { NO_CUSTOMERS } from '../domain/customer';
import { evaluate } from '../domain/evaluate';
import type { ProblemContext } from '../domain/issue';
import { toSeconds, type ItrState } from '../domain/state';
import * as store from '../platform/sql/store';
import { carryOut } from './carry-out';
import { directoriesOf } from './customers/directory';
import { recordFacts, type FactSource } from './facts/record';
import { groupsFor, groupsOfIssue } from './groups';
import { latest } from './config';
import { refresh, snapshotWrite } from './load-issues';
import type { Session } from './session';
import { parseState } from './state-json';
import { parseAppEvent, parseSnapshot, type Snapshot } from './snapshot';

export interface PropertyWrite {
  readonly id: string;
  readonly value: ItrState;
}

export async function storeSnapshot(snap: Snapshot): Promise<boolean> {
  return store.saveSnapshot(snapshotWrite(snap));
}

/** Other incidents and open problems, read when any of these configurations has incident-to-problem rules. */
export async function problemContext(docs: readonly ConfigDoc[], now: number): Promise<ProblemContext | undefined> {
  const rules = docs.flatMap((d) => d.problems);
  if (rules.length === 0) return undefined;
  const window = Math.max(...rules.map((r) => r.windowMinutes)) * 60_000;
  const incidents = (await store.incidentsSince(now - 2 * window)).map((i) => ({
    ...i,
    components: JSON.parse(i.components) as string[],
  }));
  return { incidents, openProblems: await store.openProblems() };
}

/** The earliest instant whose actions a first evaluation carries out: an old issue seen for the first
 * time (installation, recalculation) must not fire last year's escalations. */
const FIRST_SIGHT_MS = 15 * 60_000;

export async function evaluateIssues(s: Session, ids: readonly string[]): Promise<PropertyWrite[]> {
  let rows = await store.loadIssues(ids);
  const reload = ids.filter((id) => !rows.has(id));
  if (reload.length > 0) {
    await refresh(s, reload);
    rows = await store.loadIssues(ids);
  }
  const snaps = new Map<string, Snapshot>();
  for (const [id, row] of rows) snaps.set(id, parseSnapshot(row.snapshot));
  const groups = await groupsFor(s.jira, s.configs, [...snaps.values()], s.now);
  const events = await store.appEvents(ids);
  const records = await store.actionRecords(ids);
  const context = await problemContext([latest(s.configs).doc], s.now);
  const cfg = latest(s.configs);
  const directories = await directoriesOf([...snaps.values()]);
  const writes: PropertyWrite[] = [];
  const states: store.StateWrite[] = [];
  const factSources: FactSource[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    let snap = snaps.get(id);
    if (!row || !snap) continue; // deleted or not visible to the app
    let previous = row.state === null ? undefined : parseState(row.state);
    const appTimeline = (events.get(id) ?? []).map(parseAppEvent);
    const issueGroups = groupsOfIssue(snap, groups);
    const mine = new Map<string, store.ActionRecord>();
    for (const [k, r] of records) if (k.startsWith(`${id} `)) mine.set(k.slice(id.length + 1), r);
    const pending: Array<{ group: string; retryAt: number }> = [];
    let state: ItrState | undefined;
    let nextCheckAt: number | null = null;
    let read: Pick<FactSource, 'issue' | 'timeline'> | undefined;
    // The app's own changes raise no event: once they are made, the issue is evaluated again as they left
    // it (a reassignment moves the tier), and whatever that makes due is carried out too. Two rounds.
    for (let round = 0; round < 2; round++) {
      const issue = {
        ...snap.issue,
        ...(issueGroups ? { groups: issueGroups } : {}),
        ...(previous ? { property: previous } : {}),
        customers: directories.get(snap.issue.projectId) ?? NO_CUSTOMERS,
      };
      const timeline = [...snap.timeline, ...appTimeline];
      read = { issue, timeline };
      const e = evaluate(issue, timeline, s.configs, s.now, {
        ...(context ? { context } : {}),
        ...(previous ? {} : { actionsSince: Math.max(snap.issue.created, s.now - FIRST_SIGHT_MS) }),
      });
      const done = await carryOut(e.actions, {
        jira: s.jira,
        now: s.now,
        issue: snap.issue,
        state: e.state,
        cfg,
        names: s.names,
        records: mine,
      });
      pending.push(...done.pending);
      state = { ...e.state, links: done.links };
      nextCheckAt = e.nextCheckAt;
      if (done.effects.length === 0) break;
      snap = {
        issue: { ...snap.issue, fields: done.fields },
        timeline: [...snap.timeline, { at: s.now, type: 'changed', changes: done.effects }],
        updated: snap.updated,
      };
      await store.amendSnapshot(id, snap.updated, JSON.stringify(snap), Date.now()); // after the calls: Jira's `updated` is no later
      previous = state;
    }
    if (!state) continue;
    if (pending.length > 0) {
      // Actions another run may still be carrying out: their groups are not done yet, and the issue is due
      // again when their claims would have expired.
      const waiting = new Set(pending.map((p) => p.group));
      nextCheckAt = Math.min(nextCheckAt ?? Number.POSITIVE_INFINITY, ...pending.map((p) => p.retryAt));
      state = { ...state, done: state.done.filter((g) => !waiting.has(g)), nextCheckAt: toSeconds(nextCheckAt) };
    }
    const kind = cfg.doc.serviceTypes.find((t) => t.id === state.serviceType)?.kind;
    states.push({
      id,
      basedOn: snap.updated,
      state: JSON.stringify(state),
      nextCheckAt,
      breachAt: state.breachAt === null ? null : state.breachAt * 1000,
      open:
        (cfg.statusCategory.get(snap.issue.fields.status) ?? snap.issue.statusCategories[snap.issue.fields.status]) !==
        'done',
      configVersion: state.configVersion,
      evaluatedAt: s.now,
      service: state.service,
      components: snap.issue.fields.components,
      incident: kind === 'incident',
    });
    writes.push({ id, value: state });
    if (read)
      factSources.push({
        issueId: id,
        issueKey: row.issue_key,
        project: row.project,
        projectId: snap.issue.projectId,
        ...read,
        state,
      });
  }
  const written = await store.saveStates(states);
  await recordFacts(
    s.configs,
    factSources.filter((f) => written.has(f.issueId)),
    s.now,
  ); // completed cycles as KPI facts
  return writes.filter((w) => written.has(w.id)); // a newer snapshot arrived meanwhile: its own run writes
}
