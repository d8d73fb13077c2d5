// Quality responsibility: on resolution, rules over root cause, resolution, components, supplier and
// labels decide the accountable party, with evidence. An agent's override (with a reason) stands over
// every later evaluation until another override replaces it.

import type { CompiledConfig } from './config/compile';
import type { Party } from './config/schema';
import type { FieldHistory } from './history';
import type { TimelineEvent } from './issue';
import { anyOf } from './classify';
import { fill, type LocalText } from './text';

export interface Responsibility {
  readonly party: Party;
  readonly supplier: string | null;
  readonly rule: string; // rule id, "fallback" or "override"
  readonly evidence: readonly LocalText[];
  readonly decidedAt: number;
}

/** The verdict at `t` (the last resolution or override at or before t), or null while unresolved. */
export function responsibilityAt(
  cfg: CompiledConfig,
  h: FieldHistory,
  events: readonly TimelineEvent[],
  resolvedAt: number | null,
  t: number,
): Responsibility | null {
  let override: Extract<TimelineEvent, { type: 'responsibilityOverridden' }> | undefined;
  for (const e of events) {
    if (e.at > t) break;
    if (e.type === 'responsibilityOverridden') override = e;
  }
  if (override) {
    return {
      party: override.party as Party,
      supplier: override.supplier ?? null,
      rule: 'override',
      evidence: [fill({ en: 'Set by {by}: {reason}', zh: '由 {by} 判定:{reason}' }, { by: override.by, reason: override.reason })],
      decidedAt: override.at,
    };
  }
  if (resolvedAt === null || resolvedAt > t) return null;
  const r = cfg.doc.responsibility;
  const rootCause = h.text(r.rootCauseField, resolvedAt);
  const supplier = h.text(r.supplierField, resolvedAt);
  const resolution = h.text('resolution', resolvedAt);
  const components = h.list('components', resolvedAt);
  const labels = h.list('labels', resolvedAt);
  for (const rule of r.rules) {
    const w = rule.when;
    const evidence: LocalText[] = [];
    if (w.rootCauses) {
      if (!(rootCause !== null && w.rootCauses.includes(rootCause))) continue;
      evidence.push(fill({ en: '{f} = “{v}”', zh: '{f} = “{v}”' }, { f: r.rootCauseField, v: rootCause }));
    }
    if (w.resolutions) {
      if (!(resolution !== null && w.resolutions.includes(resolution))) continue;
      evidence.push(fill({ en: 'Resolution = “{v}”', zh: '解决结果 = “{v}”' }, { v: resolution }));
    }
    if (w.components) {
      if (!anyOf(components, w.components)) continue;
      evidence.push(fill({ en: 'Components: {v}', zh: '组件:{v}' }, { v: components.join(', ') }));
    }
    if (w.labels) {
      if (!anyOf(labels, w.labels)) continue;
      evidence.push(fill({ en: 'Labels: {v}', zh: '标签:{v}' }, { v: labels.join(', ') }));
    }
    if (w.hasSupplier !== undefined) {
      if ((supplier !== null) !== w.hasSupplier) continue;
      if (supplier !== null) evidence.push(fill({ en: '{f} = “{v}”', zh: '{f} = “{v}”' }, { f: r.supplierField, v: supplier }));
    }
    return { party: rule.party, supplier: rule.party === 'supplier' ? supplier : null, rule: rule.id, evidence, decidedAt: resolvedAt };
  }
  return { party: 'undetermined', supplier: null, rule: 'fallback', evidence: [{ en: 'No rule matched', zh: '无匹配规则' }], decidedAt: resolvedAt };
}
