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
  const impact = level(cfg.impactLevel, g.impact, h.text(g.impact.field, t));
  const urgency = level(cfg.urgencyLevel, g.urgency, h.text(g.urgency.field, t));
  const base = g.matrix[impact.id]![urgency.id]!;
  const why: LocalText[] = [
    text(cfg, `m|${impact.id}|${urgency.id}`, () =>
      fill({ en: 'Impact {i} × urgency {u} → {g}', zh: '影响度 {i} × 紧急度 {u} → {g}' }, { i: impact.name, u: urgency.name, g: base }),
    ),
  ];
  let index = cfg.gradeIndex.get(base)!;

  const svc = service ? cfg.serviceById.get(service) : undefined;
  const window = svc?.criticalWindows.find((w) => cfg.calendars.get(w.calendar)!.elapsed(created, created + 1) === 1);
  if (window && g.criticalWindowUplift > 0) {
    index -= g.criticalWindowUplift;
    why.push(
      text(cfg, `w|${window.calendar}`, () =>
        fill({ en: 'Raised {n}: reported inside critical business window “{w}”', zh: '上调 {n} 级:发生在关键业务时间“{w}”内' }, { n: g.criticalWindowUplift, w: window.name }),
      ),
    );
  }
  const tierUplift = customer.tier ? (cfg.upliftByTier.get(customer.tier) ?? 0) : 0;
  if (customer.tier && tierUplift > 0) {
    index -= tierUplift;
    const tier = customer.tier;
    why.push(text(cfg, `t|${tier}`, () => fill({ en: 'Raised {n}: customer tier {t}', zh: '上调 {n} 级:客户级别 {t}' }, { n: tierUplift, t: tier })));
  }
  if (complaintRaise > 0) {
    index -= complaintRaise;
    why.push(text(cfg, `c|${complaintRaise}`, () => fill({ en: 'Raised {n}: customer complaint', zh: '上调 {n} 级:客户投诉' }, { n: complaintRaise })));
  }
  const grades = g.grades;
  return { grade: grades[Math.max(0, Math.min(grades.length - 1, index))]!.id, why };
}

type Axis = CompiledConfig['doc']['grading']['impact'];
type Level = Axis['levels'][number];

function level(byValue: ReadonlyMap<string, Level>, axis: Axis, value: string | null): Level {
  return (value !== null ? byValue.get(value.toLowerCase()) : undefined) ?? axis.levels.find((l) => l.id === axis.default)!;
}

// The reasons are the same few sentences over and over: made once per config.
const texts = new WeakMap<CompiledConfig, Map<string, LocalText>>();

function text(cfg: CompiledConfig, key: string, make: () => LocalText): LocalText {
  let m = texts.get(cfg);
  if (!m) texts.set(cfg, (m = new Map<string, LocalText>()));
  let t = m.get(key);
  if (!t) m.set(key, (t = make()));
  return t;
}
