// Routing to the other core processes: new requirements and spare-part needs become a linked
// opportunity in the sales (LTC) project; product defects a linked issue in the R&D (IPD) project.
// Each route fires once, from the first instant its condition held.

import type { Action } from './actions';
import type { CompiledConfig } from './config/compile';
import type { DoneGroups } from './done';
import type { Responsibility } from './responsibility';
import { message, type LocalText } from './text';

export interface RoutingInput {
  readonly cfg: CompiledConfig;
  readonly issueKey: string;
  readonly summary: string;
  /** Instants at which the classification could have changed (creation and changes of fields it reads). */
  readonly instants: readonly number[];
  readonly serviceTypeAt: (t: number) => string;
  readonly labelsAt: (t: number) => readonly string[];
  /** Verdicts at each resolution or override, in time order. */
  readonly verdicts: readonly Responsibility[];
  readonly done: DoneGroups;
}

export function routeToSalesAndRnd(x: RoutingInput): Action[] {
  const out: Action[] = [];
  const { ltc, ipd } = x.cfg.doc.routing;
  if (ltc && !x.done.has('route:ltc')) {
    const at = x.instants.find(
      (t) => ltc.serviceTypes.includes(x.serviceTypeAt(t)) || x.labelsAt(t).some((l) => ltc.labels.includes(l)),
    );
    if (at !== undefined) {
      out.push(
        linked(
          'ltc',
          ltc,
          at,
          { issue: x.issueKey, summary: x.summary },
          { en: 'Opportunity from {issue}: {summary}', zh: '来自 {issue} 的商机:{summary}' },
          {
            en: 'Raised by ITR: {issue} is a new requirement or spare-part need (lead to cash).',
            zh: 'ITR 转入:{issue} 为新需求或备件需求(LTC)。',
          },
        ),
      );
    }
  }
  if (ipd && !x.done.has('route:ipd')) {
    const v = x.verdicts.find((r) => (ipd.parties as readonly string[]).includes(r.party));
    if (v) {
      out.push(
        linked(
          'ipd',
          ipd,
          v.decidedAt,
          { issue: x.issueKey, summary: x.summary, rule: v.rule },
          { en: 'Product defect from {issue}: {summary}', zh: '来自 {issue} 的产品缺陷:{summary}' },
          {
            en: 'Raised by ITR: quality responsibility of {issue} is a product defect (rule {rule}).',
            zh: 'ITR 转入:{issue} 的质量责任判定为产品缺陷(规则 {rule})。',
          },
        ),
      );
    }
  }
  return out;
}

/** The issue to create in the target project, linked back to this one. */
function linked(
  purpose: 'ltc' | 'ipd',
  target: { readonly project: string; readonly issueType: string; readonly linkType: string },
  dueAt: number,
  values: Readonly<Record<string, string>>,
  summary: LocalText,
  description: LocalText,
): Action {
  return {
    type: 'createIssue',
    purpose,
    project: target.project,
    issueType: target.issueType,
    linkType: target.linkType,
    summary: message(summary, values),
    description: message(description, values),
    alsoLink: [],
    key: `route:${purpose}`,
    group: `route:${purpose}`,
    dueAt,
  };
}
