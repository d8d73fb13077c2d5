// The facts rules depend on, as of an instant and under one config version: service type, service,
// grade, customer. Complaints that raise the grade count from the moment they arrive.

import { classify } from './classify';
import type { CompiledConfig } from './config/compile';
import { customerOf } from './customer';
import { grade } from './grade';
import type { FieldHistory } from './history';
import type { IssueInput, TimelineEvent } from './issue';
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

export function factsAt(cfg: CompiledConfig, issue: IssueInput, h: FieldHistory, events: readonly TimelineEvent[], t: number): Facts {
  const c = classify(cfg, issue, h, t);
  const customer = customerOf(cfg, h, t);
  const g = grade(cfg, h, t, issue.created, c.service, customer, complaintRaise(cfg, events, t));
  return {
    serviceType: c.serviceType,
    service: c.service,
    classificationRule: c.rule,
    grade: g.grade,
    gradeWhy: g.why,
    customer: customer.customer,
    customerTier: customer.tier,
    requester: customer.requester,
  };
}

/** Grades raised by complaints received by t (each complaint applies its channel's setGrade actions). */
function complaintRaise(cfg: CompiledConfig, events: readonly TimelineEvent[], t: number): number {
  let raise = 0;
  for (const e of events) {
    if (e.at > t) break;
    if (e.type !== 'complaint') continue;
    for (const a of cfg.doc.escalation.complaints[e.via]) {
      if (a.type === 'setGrade' && typeof a.grade !== 'string') raise += a.grade.raise;
    }
  }
  return raise;
}
