// Grading: impact × urgency to a grade, raised when the incident happens inside a critical business
// window of its service, when the customer's tier says so, and by complaints. The result says why.

import type { CompiledConfig } from './config/compile';
import type { CustomerFacts } from './customer';
import type { FieldHistory } from './history';
import { fill, type LocalText } from './text';

export interface Grade {
  readonly grade: string;
  readonly why: readonly LocalText[];
}

export function grade(
  cfg: CompiledConfig,
  h: FieldHistory,
  t: number,
  created: number,
  service: string | null,
  customer: CustomerFacts,
  complaintRaise: number,
): Grade {
  const g = cfg.doc.grading;
  const impact = level(g.impact, h.text(g.impact.field, t));
  const urgency = level(g.urgency, h.text(g.urgency.field, t));
  const base = g.matrix[impact.id]![urgency.id]!;
  const why: LocalText[] = [
    fill({ en: 'Impact {i} × urgency {u} → {g}', zh: '影响度 {iz} × 紧急度 {uz} → {g}' }, { i: impact.name.en, u: urgency.name.en, iz: impact.name.zh, uz: urgency.name.zh, g: base }),
  ];
  let index = cfg.gradeIndex.get(base)!;

  const svc = service ? cfg.doc.services.find((s) => s.id === service) : undefined;
  const window = svc?.criticalWindows.find((w) => cfg.calendars.get(w.calendar)!.elapsed(created, created + 1) === 1);
  if (window && g.criticalWindowUplift > 0) {
    index -= g.criticalWindowUplift;
    why.push(fill({ en: 'Raised {n}: reported inside critical business window “{w}”', zh: '上调 {n} 级:发生在关键业务时间“{wz}”内' }, { n: g.criticalWindowUplift, w: window.name.en, wz: window.name.zh }));
  }
  const tierUplift = customer.tier ? (cfg.upliftByTier.get(customer.tier) ?? 0) : 0;
  if (tierUplift > 0) {
    index -= tierUplift;
    why.push(fill({ en: 'Raised {n}: customer tier {t}', zh: '上调 {n} 级:客户级别 {t}' }, { n: tierUplift, t: customer.tier ?? '' }));
  }
  if (complaintRaise > 0) {
    index -= complaintRaise;
    why.push(fill({ en: 'Raised {n}: customer complaint', zh: '上调 {n} 级:客户投诉' }, { n: complaintRaise }));
  }
  const grades = g.grades;
  return { grade: grades[Math.max(0, Math.min(grades.length - 1, index))]!.id, why };
}

type Axis = CompiledConfig['doc']['grading']['impact'];

function level(axis: Axis, value: string | null) {
  if (value !== null) {
    const v = value.toLowerCase();
    const hit = axis.levels.find((l) => l.id.toLowerCase() === v || l.values.some((x) => x.toLowerCase() === v));
    if (hit) return hit;
  }
  return axis.levels.find((l) => l.id === axis.default)!;
}
