// Classification: ordered rules, first match wins, else the fallback service type. The result says why.

import type { CompiledConfig, TextMatcher } from './config/compile';
import type { Match } from './config/schema';
import type { FieldHistory } from './history';
import type { IssueInput } from './issue';

export interface Classification {
  readonly serviceType: string;
  readonly service: string | null;
  /** Id of the matching rule, or "fallback". */
  readonly rule: string;
}

export function classify(cfg: CompiledConfig, issue: IssueInput, h: FieldHistory, t: number): Classification {
  const rules = cfg.doc.classification.rules;
  let text: string | undefined;
  const lowerText = () => (text ??= `${h.text('summary', t) ?? ''}\n${h.text('description', t) ?? ''}`.toLowerCase());
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    if (matches(r.when, cfg.text[i], issue, h, t, lowerText)) {
      return { serviceType: r.serviceType, service: r.service ?? serviceOf(cfg, h, t), rule: r.id };
    }
  }
  return { serviceType: cfg.doc.classification.fallback, service: serviceOf(cfg, h, t), rule: 'fallback' };
}

/** The affected service: the first component that maps to a service. */
function serviceOf(cfg: CompiledConfig, h: FieldHistory, t: number): string | null {
  for (const c of h.list('components', t)) {
    const s = cfg.serviceByComponent.get(c.toLowerCase());
    if (s) return s;
  }
  return null;
}

function matches(
  m: Match,
  text: TextMatcher | undefined,
  issue: IssueInput,
  h: FieldHistory,
  t: number,
  lowerText: () => string,
): boolean {
  if (m.issueTypes && !m.issueTypes.includes(issue.issueType)) return false;
  if (m.projects && !m.projects.includes(issue.project)) return false;
  if (m.components && !anyOf(h.list('components', t), m.components)) return false;
  if (m.labels && !anyOf(h.list('labels', t), m.labels)) return false;
  if (m.priorities && !m.priorities.includes(h.text('priority', t) ?? '')) return false;
  if (m.fields && !m.fields.every((f) => anyOf(h.list(f.field, t), f.equals))) return false;
  if (m.reporterGroups) {
    const reporter = h.text('reporter', t);
    if (!reporter || !anyOf(issue.groups?.[reporter] ?? [], m.reporterGroups)) return false;
  }
  if (text && !text(lowerText())) return false;
  return true;
}

export function anyOf(values: readonly string[], wanted: readonly string[]): boolean {
  for (const v of values) if (wanted.includes(v)) return true;
  return false;
}
