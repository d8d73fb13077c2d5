// Clock conditions against the timeline: event conditions (start, stop, reset) match a single event;
// state conditions (pause) hold over the spans between changes.

import type { CompiledConfig } from './config/compile';
import type { EventCondition, StateCondition } from './config/schema';
import type { FieldHistory } from './history';
import type { StatusCategory, TimelineEvent } from './issue';

/** The creation, as an event conditions can match. */
export const CREATED = { type: 'created' } as const;
export type ClockEvent = TimelineEvent | typeof CREATED;

export function categoryOf(cfg: CompiledConfig, status: string | null): StatusCategory {
  return (status !== null && cfg.statusCategory.get(status)) || 'indeterminate';
}

export function eventMatches(cfg: CompiledConfig, c: EventCondition, e: ClockEvent, h: FieldHistory, at: number): boolean {
  if (c.on === 'created') return e.type === 'created';
  if (e.type === 'commented') {
    if (c.on !== 'commented') return false;
    if (c.public !== undefined && c.public !== e.public) return false;
    if (c.by === 'anyone') return true;
    const isReporter = e.author === h.text('reporter', at);
    return c.by === 'reporter' ? isReporter : !isReporter;
  }
  if (e.type !== 'changed') return false;
  for (const ch of e.changes) {
    switch (c.on) {
      case 'statusEntered': {
        if (ch.field !== 'status' || typeof ch.to !== 'string') break;
        if (c.statuses?.includes(ch.to) || c.categories?.includes(categoryOf(cfg, ch.to))) return true;
        break;
      }
      case 'fieldChanged':
        if (ch.field === c.field) return true;
        break;
      case 'resolutionSet':
        if (ch.field === 'resolution' && ch.from === null && ch.to !== null) return true;
        break;
      case 'resolutionCleared':
        if (ch.field === 'resolution' && ch.from !== null && ch.to === null) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

export function stateHolds(cfg: CompiledConfig, conds: readonly StateCondition[], h: FieldHistory, t: number, status = h.text('status', t)): boolean {
  if (conds.length === 0) return false;
  for (const c of conds) {
    let ok = true;
    if (c.statuses && !(status !== null && c.statuses.includes(status))) ok = false;
    if (ok && c.categories && !c.categories.includes(categoryOf(cfg, status))) ok = false;
    if (ok && c.field) {
      const wanted = c.field.equals;
      ok = h.list(c.field.field, t).some((v) => wanted.includes(v));
    }
    if (ok) return true;
  }
  return false;
}
