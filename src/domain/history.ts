// The issue's fields at any instant: current values with later changes undone, as Jira's changelog
// allows (each change carries from and to). Also the instants at which the issue's state can change.

import type { FieldValue, IssueInput, TimelineEvent } from './issue';

interface Change {
  readonly at: number;
  readonly from: FieldValue;
}

export class FieldHistory {
  private readonly changes = new Map<string, Change[]>();
  /** Instants of 'changed' events, ascending. */
  readonly changeTimes: number[] = [];

  constructor(
    private readonly issue: IssueInput,
    readonly events: readonly TimelineEvent[],
  ) {
    for (const e of events) {
      if (e.type !== 'changed') continue;
      this.changeTimes.push(e.at);
      for (const c of e.changes) {
        let list = this.changes.get(c.field);
        if (!list) this.changes.set(c.field, (list = []));
        list.push({ at: e.at, from: c.from });
      }
    }
  }

  /** Value of a field just after all changes at or before t. */
  valueAt(field: string, t: number): FieldValue {
    const list = this.changes.get(field);
    if (list) {
      for (const c of list) if (c.at > t) return c.from;
    }
    return this.current(field);
  }

  /** Reads one field at instants that only move forward, in amortised constant time per read. */
  reader(field: string): (t: number) => FieldValue {
    const list = this.changes.get(field) ?? [];
    let i = 0;
    let last = Number.NEGATIVE_INFINITY;
    return (t) => {
      if (t < last) i = 0;
      last = t;
      while (i < list.length && list[i]!.at <= t) i++;
      return i < list.length ? list[i]!.from : this.current(field);
    };
  }

  current(field: string): FieldValue {
    const f = this.issue.fields;
    switch (field) {
      case 'status':
        return f.status;
      case 'priority':
        return f.priority;
      case 'assignee':
        return f.assignee;
      case 'reporter':
        return f.reporter;
      case 'resolution':
        return f.resolution;
      case 'summary':
        return f.summary;
      case 'description':
        return f.description;
      case 'labels':
        return f.labels;
      case 'components':
        return f.components;
      default:
        return f.custom[field] ?? null;
    }
  }

  text(field: string, t: number): string | null {
    const v = this.valueAt(field, t);
    if (v === null) return null;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    return v[0] ?? null;
  }

  list(field: string, t: number): readonly string[] {
    const v = this.valueAt(field, t);
    if (v === null) return [];
    if (typeof v === 'string') return [v];
    if (typeof v === 'number') return [String(v)];
    return v;
  }
}

/** Events sorted by time (stable), so that callers may pass them in any order. */
export function sortEvents(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.at < events[i - 1]!.at) return [...events].sort((a, b) => a.at - b.at);
  }
  return events;
}
