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
  serviceType: string,
  service: string | null,
  customer: CustomerFacts,
  complaintRaise: number,
): Grade {
  const g = cfg.doc.grading;
  const uplift = cfg.windowUplift.get(serviceType) ?? 0;
  const impactValue = h.text(g.impact.field, t);
  const urgencyValue = h.text(g.urgency.field, t);
  const svc = service ? cfg.serviceById.get(service) : undefined;
  const window =
    uplift > 0
      ? svc?.criticalWindows.find((w) => cfg.calendars.get(w.calendar)!.elapsed(created, created + 1) === 1)
      : undefined;
  // The same few inputs recur across issues: the grade and its reasons are made once per config, found
  // through maps keyed by each input in turn (a key string joined from them cost more than the lookups).
  let memo = grades.get(cfg);
  if (!memo) grades.set(cfg, (memo = { size: 0, byImpact: new Map() }));
  if (memo.size >= 4096) {
    // Free-text field values must not grow it without bound.
    memo.size = 0;
    memo.byImpact.clear();
  }
  let byUrgency = memo.byImpact.get(impactValue ?? '');
  if (!byUrgency) memo.byImpact.set(impactValue ?? '', (byUrgency = new Map<string, ByWindow>()));
  let byWindow = byUrgency.get(urgencyValue ?? '');
  if (!byWindow) byUrgency.set(urgencyValue ?? '', (byWindow = new Map<string, ByTier>()));
  const windowKey = window ? `${uplift} ${window.calendar}` : '';
  let byTier = byWindow.get(windowKey);
  if (!byTier) byWindow.set(windowKey, (byTier = new Map<string, Grade[]>()));
  let byRaise = byTier.get(customer.tier ?? '');
  if (!byRaise) byTier.set(customer.tier ?? '', (byRaise = []));
  let result = byRaise[complaintRaise];
  if (!result) {
    memo.size++;
    result = byRaise[complaintRaise] = compute(
      cfg,
      impactValue,
      urgencyValue,
      window && { ...window, uplift },
      customer.tier,
      complaintRaise,
    );
  }
  return result;
}

/** Grades by impact value, urgency value, critical window's calendar, customer tier and complaint raise. */
interface GradeMemo {
  size: number;
  readonly byImpact: Map<string, Map<string, ByWindow>>;
}

type ByWindow = Map<string, ByTier>;
type ByTier = Map<string, Grade[]>;

const grades = new WeakMap<CompiledConfig, GradeMemo>();

type Window = CompiledConfig['doc']['services'][number]['criticalWindows'][number] & { readonly uplift: number };

function compute(
  cfg: CompiledConfig,
  impactValue: string | null,
  urgencyValue: string | null,
  window: Window | undefined,
  customerTier: string | null,
  complaintRaise: number,
): Grade {
  const g = cfg.doc.grading;
  const impact = level(cfg.impactLevel, g.impact, impactValue);
  const urgency = level(cfg.urgencyLevel, g.urgency, urgencyValue);
  const base = g.matrix[impact.id]![urgency.id]!;
  const why: LocalText[] = [
    fill(
      { en: 'Impact {i} × urgency {u} → {g}', zh: '影响度 {i} × 紧急度 {u} → {g}' },
      { i: impact.name, u: urgency.name, g: base },
    ),
  ];
  let index = cfg.gradeIndex.get(base)!;

  if (window) {
    index -= window.uplift;
    why.push(
      fill(
        {
          en: 'Raised {n}: reported inside critical business window “{w}”',
          zh: '上调 {n} 级:发生在关键业务时间“{w}”内',
        },
        { n: window.uplift, w: window.name },
      ),
    );
  }
  const tierUplift = customerTier ? (cfg.upliftByTier.get(customerTier) ?? 0) : 0;
  if (customerTier && tierUplift > 0) {
    index -= tierUplift;
    const tier = customerTier;
    why.push(fill({ en: 'Raised {n}: customer tier {t}', zh: '上调 {n} 级:客户级别 {t}' }, { n: tierUplift, t: tier }));
  }
  if (complaintRaise > 0) {
    index -= complaintRaise;
    why.push(fill({ en: 'Raised {n}: customer complaint', zh: '上调 {n} 级:客户投诉' }, { n: complaintRaise }));
  }
  const grades = g.grades;
  return { grade: grades[Math.max(0, Math.min(grades.length - 1, index))]!.id, why };
}

type Axis = CompiledConfig['doc']['grading']['impact'];
type Level = Axis['levels'][number];

function level(byValue: ReadonlyMap<string, Level>, axis: Axis, value: string | null): Level {
  return (
    (value !== null ? byValue.get(value.toLowerCase()) : undefined) ?? axis.levels.find((l) => l.id === axis.default)!
  );
}
