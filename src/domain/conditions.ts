// Clock conditions against the timeline: event conditions (start, stop, reset) match a single event;
// state conditions (pause) hold over the spans between changes.

import type { CompiledConfig } from './config/compile';
import type { EventCondition, StateCondition } from './config/schema';
import type { FieldHistory, Step } from './history';
import type { StatusCategory } from './issue';

/** A set of event conditions compiled for one config: an event matches if any condition does. A status
 * entered matches by name, or by its category (Jira's, unless the config overrides it). */
export interface EventMatcher {
  readonly created: boolean;
  readonly entered: ReadonlySet<string>;
  readonly enteredCategories: ReadonlySet<StatusCategory>;
  readonly fields: ReadonlySet<string>;
  readonly resolutionSet: boolean;
  readonly resolutionCleared: boolean;
  readonly comments: ReadonlyArray<Extract<EventCondition, { on: 'commented' }>>;
}

export function compileMatcher(conds: readonly EventCondition[]): EventMatcher {
  const entered = new Set<string>();
  const enteredCategories = new Set<StatusCategory>();
  const fields = new Set<string>();
  const comments: Array<Extract<EventCondition, { on: 'commented' }>> = [];
  let created = false;
  let resolutionSet = false;
  let resolutionCleared = false;
  for (const c of conds) {
    if (c.on === 'created') created = true;
    else if (c.on === 'statusEntered') {
      for (const s of c.statuses ?? []) entered.add(s);
      for (const k of c.categories ?? []) enteredCategories.add(k);
    } else if (c.on === 'fieldChanged') fields.add(c.field);
    else if (c.on === 'commented') comments.push(c);
    else if (c.on === 'resolutionSet') resolutionSet = true;
    else resolutionCleared = true;
  }
  return { created, entered, enteredCategories, fields, resolutionSet, resolutionCleared, comments };
}

export function eventMatches(cfg: CompiledConfig, m: EventMatcher, e: Step, h: FieldHistory): boolean {
  switch (e.kind) {
    case 'created':
      return m.created;
    case 'commented':
      for (const c of m.comments) {
        if (c.public !== undefined && c.public !== e.isPublic) continue;
        if (c.by === 'anyone') return true;
        const isReporter = e.author === h.text('reporter', e.at);
        if (c.by === 'reporter' ? isReporter : !isReporter && e.isAgent !== false) return true;
      }
      return false;
    case 'changed': {
      const to = e.statusTo;
      if (
        to !== null &&
        (m.entered.has(to) || (m.enteredCategories.size > 0 && m.enteredCategories.has(h.categoryOf(cfg, to))))
      )
        return true;
      if ((e.resolution === 1 && m.resolutionSet) || (e.resolution === -1 && m.resolutionCleared)) return true;
      if (m.fields.size > 0) for (const ch of e.changes) if (m.fields.has(ch.field)) return true;
      return false;
    }
    default:
      return false;
  }
}

export function stateHolds(
  cfg: CompiledConfig,
  conds: readonly StateCondition[],
  h: FieldHistory,
  t: number,
  status = h.text('status', t),
): boolean {
  if (conds.length === 0) return false;
  for (const c of conds) {
    let ok = true;
    if (c.statuses && !(status !== null && c.statuses.includes(status))) ok = false;
    if (ok && c.categories && !c.categories.includes(h.categoryOf(cfg, status))) ok = false;
    if (ok && c.field) {
      const wanted = c.field.equals;
      ok = h.list(c.field.field, t).some((v) => wanted.includes(v));
    }
    if (ok) return true;
  }
  return false;
}
