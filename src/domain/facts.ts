// The facts rules depend on, as of an instant and under one config version: service type, service,
// grade, customer. Complaints that raise the grade count from the moment they arrive.

import { classify, type Classification } from './classify';
import type { CompiledConfig } from './config/compile';
import { customerOf, ORGANIZATIONS_FIELD } from './customer';
import { grade } from './grade';
import type { FieldHistory, Step } from './history';
import type { IssueInput } from './issue';
import type { LocalText } from './text';

export interface Facts {
  readonly serviceType: string;
  readonly service: string | null;
  readonly classificationRule: string;
  readonly grade: string;
  readonly gradeWhy: readonly LocalText[];
  readonly customer: string | null;
  readonly customerTier: string | null;
  readonly requester: 'customer' | 'user';
}

/**
 * Facts at any instant, computed once per stretch of time in which nothing they read changed. The
 * classification moves only when a field its rules read changes; the rest also at changes of the grading
 * and customer fields, and at complaints.
 */
export class FactsMemo {
  // Usually one config serves the whole evaluation: its record is kept at hand, others in a map.
  private last: { cfg: CompiledConfig; rec: MemoRecord } | undefined;
  private others: Map<CompiledConfig, MemoRecord> | undefined;

  constructor(
    private readonly issue: IssueInput,
    private readonly h: FieldHistory,
  ) {}

  at(cfg: CompiledConfig, t: number): Facts {
    const rec = this.record(cfg);
    const stretch = countUpTo(rec.moves.all, t);
    let f = rec.facts[stretch];
    if (!f) {
      const c = this.classification(cfg, t);
      const customer = customerOf(cfg, this.issue, this.h, t);
      const g = grade(
        cfg,
        this.h,
        t,
        this.issue.created,
        c.serviceType,
        c.service,
        customer,
        complaintRaise(cfg, this.h.requests, t),
      );
      f = {
        serviceType: c.serviceType,
        service: c.service,
        classificationRule: c.rule,
        grade: g.grade,
        gradeWhy: g.why,
        customer: customer.customer,
        customerTier: customer.tier,
        requester: customer.requester,
      };
      rec.facts[stretch] = f;
    }
    return f;
  }

  classification(cfg: CompiledConfig, t: number): Classification {
    const rec = this.record(cfg);
    const stretch = countUpTo(rec.moves.classification, t);
    return (rec.classes[stretch] ??= classify(cfg, this.issue, this.h, t));
  }

  /** Instants after creation at which facts (all) or the classification may move under this config. */
  movesOf(cfg: CompiledConfig): Moves {
    return this.record(cfg).moves;
  }

  private record(cfg: CompiledConfig): MemoRecord {
    if (this.last?.cfg === cfg) return this.last.rec;
    let rec = this.others?.get(cfg);
    if (!rec) {
      rec = { moves: moves(cfg, this.issue, this.h), facts: [], classes: [] };
      (this.others ??= new Map()).set(cfg, rec);
    }
    this.last = { cfg, rec };
    return rec;
  }
}

interface Moves {
  readonly all: readonly number[];
  readonly classification: readonly number[];
}

interface MemoRecord {
  readonly moves: Moves;
  readonly facts: Array<Facts | undefined>;
  readonly classes: Array<Classification | undefined>;
}

function moves(cfg: CompiledConfig, issue: IssueInput, h: FieldHistory): Moves {
  const { all: allFields, classification: classFields } = factFields(cfg);
  const all: number[] = [];
  const classification: number[] = [];
  for (const e of h.steps) {
    if (e.at <= issue.created) continue;
    if (e.kind === 'complaint') all.push(e.at);
    else if (e.kind === 'changed') {
      let cls = false;
      let any = false;
      for (const c of e.changes) {
        if (classFields.has(c.field)) cls = true;
        if (allFields.has(c.field)) any = true;
      }
      if (cls) classification.push(e.at);
      if (any) all.push(e.at);
    }
  }
  return { all, classification };
}

function countUpTo(sorted: readonly number[], t: number): number {
  let n = 0;
  while (n < sorted.length && sorted[n]! <= t) n++;
  return n;
}

const fieldsCache = new WeakMap<CompiledConfig, { all: ReadonlySet<string>; classification: ReadonlySet<string> }>();

/** The fields classification reads, and all the fields facts read. */
function factFields(cfg: CompiledConfig): { all: ReadonlySet<string>; classification: ReadonlySet<string> } {
  let sets = fieldsCache.get(cfg);
  if (!sets) {
    const doc = cfg.doc;
    const classification = new Set(['summary', 'description', 'labels', 'components', 'priority', 'reporter']);
    for (const r of doc.classification.rules) for (const f of r.when.fields ?? []) classification.add(f.field);
    const all = new Set([
      ...classification,
      doc.grading.impact.field,
      doc.grading.urgency.field,
      doc.customers.field,
      ORGANIZATIONS_FIELD,
    ]);
    sets = { all, classification };
    fieldsCache.set(cfg, sets);
  }
  return sets;
}

/** Grades raised by complaints received by t (each complaint applies its channel's setGrade actions). */
function complaintRaise(cfg: CompiledConfig, requests: readonly Step[], t: number): number {
  let raise = 0;
  for (const s of requests) {
    if (s.at > t) break;
    if (s.kind !== 'complaint' || s.event?.type !== 'complaint') continue;
    for (const a of cfg.doc.escalation.complaints[s.event.via]) {
      if (a.type === 'setGrade' && typeof a.grade !== 'string') raise += a.grade.raise;
    }
  }
  return raise;
}
