// The issue's fields at any instant: current values with later changes undone, as Jira's changelog
// allows (each change carries from and to). Also the instants at which the issue's state can change.

import type { CompiledConfig } from './config/compile';
import type { FieldChange, FieldValue, IssueInput, StatusCategory, TimelineEvent } from './issue';

/**
 * A timeline event in one shape for every kind, so the rules' loops over the timeline stay monomorphic
 * (several object shapes at one property access make V8 fall back to slow lookups).
 */
export interface Step {
  readonly at: number;
  readonly kind: TimelineEvent['type'] | 'created';
  readonly event: TimelineEvent | null;
  /** The status this step enters, if it changes the status. */
  readonly statusTo: string | null;
  /** 1: a resolution was set; -1: cleared; 0: untouched. */
  readonly resolution: 1 | -1 | 0;
  readonly changes: readonly FieldChange[];
  readonly author: string | null;
  readonly isPublic: boolean;
  readonly isAgent: boolean | undefined;
}

const NO_CHANGES: readonly FieldChange[] = [];
const NO_INSTANTS: readonly number[] = [];

/** A field's changes in time order: when, and the value each one replaced (parallel arrays). */
interface Changes {
  readonly at: number[];
  readonly from: FieldValue[];
}

export class FieldHistory {
  private readonly changes = new Map<string, Changes>();
  /** Instants of 'changed' events, ascending. */
  readonly changeTimes: number[] = [];

  /** The issue's creation, then every event, in time order. */
  readonly steps: Step[] = [];
  /** The complaints and escalation requests among them. */
  readonly requests: Step[] = [];

  /** The status category Jira gives a status of this issue (a name the config lists overrides it). */
  categoryOf(cfg: CompiledConfig, status: string | null): StatusCategory {
    if (status === null) return 'indeterminate';
    return cfg.statusCategory.get(status) ?? this.issue.statusCategories?.[status] ?? 'indeterminate';
  }

  /** The timeline's events up to `now`, in any order (sorted here, stably). */
  constructor(
    private readonly issue: IssueInput,
    timeline: readonly TimelineEvent[],
    now: number,
  ) {
    const steps = this.steps;
    steps.push(new TimelineStep(issue.created, 'created', null));
    // Events come in many shapes: each is read once, into a step; the rest reads steps only. Timelines
    // usually come ordered: steps are indexed as they come, and again only if some came out of order.
    let ordered = true;
    for (const e of timeline) {
      if (e.at > now) continue;
      const step = new TimelineStep(e.at, e.type, e);
      if (steps.length > 1 && step.at < steps[steps.length - 1]!.at) ordered = false;
      steps.push(step);
      if (ordered) this.index(step);
    }
    if (!ordered) {
      const events = steps.slice(1).sort((a, b) => a.at - b.at);
      for (let i = 0; i < events.length; i++) steps[i + 1] = events[i]!;
      this.requests.length = 0;
      this.changeTimes.length = 0;
      this.changes.clear();
      for (const step of events) this.index(step);
    }
  }

  private index(step: Step): void {
    if (step.kind === 'complaint' || step.kind === 'escalationRequested') this.requests.push(step);
    if (step.kind !== 'changed') return;
    this.changeTimes.push(step.at);
    for (const c of step.changes) {
      let list = this.changes.get(c.field);
      if (!list) this.changes.set(c.field, (list = { at: [], from: [] }));
      list.at.push(step.at);
      list.from.push(c.from);
    }
  }

  /** Value of a field just after all changes at or before t. */
  valueAt(field: string, t: number): FieldValue {
    const list = this.changes.get(field);
    if (list) {
      const at = list.at;
      for (let i = 0; i < at.length; i++) if (at[i]! > t) return list.from[i]!;
    }
    return this.current(field);
  }

  /** Instants at which the field changed, ascending. */
  changesOf(field: string): readonly number[] {
    return this.changes.get(field)?.at ?? NO_INSTANTS;
  }

  /** Reads one field at instants that only move forward, in amortised constant time per read. */
  reader(field: string): (t: number) => FieldValue {
    const list = this.changes.get(field) ?? { at: [], from: [] };
    let i = 0;
    let last = Number.NEGATIVE_INFINITY;
    return (t) => {
      if (t < last) i = 0;
      last = t;
      while (i < list.at.length && list.at[i]! <= t) i++;
      return i < list.at.length ? list.from[i]! : this.current(field);
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

/** A class: every step has one shape, and only the fields its kind of event has are read from the event. */
class TimelineStep implements Step {
  readonly statusTo: string | null = null;
  readonly resolution: 1 | -1 | 0 = 0;
  readonly changes: readonly FieldChange[] = NO_CHANGES;
  readonly author: string | null = null;
  readonly isPublic: boolean = false;
  readonly isAgent: boolean | undefined = undefined;

  constructor(
    readonly at: number,
    readonly kind: Step['kind'],
    readonly event: TimelineEvent | null,
  ) {
    if (event === null) return;
    if (event.type === 'changed') {
      this.changes = event.changes;
      for (const c of event.changes) {
        if (c.field === 'status' && typeof c.to === 'string') this.statusTo = c.to;
        else if (c.field === 'resolution')
          this.resolution =
            c.from === null && c.to !== null ? 1 : c.from !== null && c.to === null ? -1 : this.resolution;
      }
    } else if (event.type === 'commented') {
      this.author = event.author;
      this.isPublic = event.public;
      this.isAgent = event.agent;
    }
  }
}
