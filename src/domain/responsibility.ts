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
  resolvedAt: number | null,
  t: number,
): Responsibility | null {
  let override: Extract<TimelineEvent, { type: 'responsibilityOverridden' }> | undefined;
  for (const s of h.steps) {
    if (s.at > t) break;
    if (s.kind === 'responsibilityOverridden' && s.event?.type === 'responsibilityOverridden') override = s.event;
  }
  if (override) {
    return {
      party: override.party as Party,
      supplier: override.supplier ?? null,
      rule: 'override',
      evidence: [
        fill(
          { en: 'Set by {by}: {reason}', zh: '由 {by} 判定:{reason}' },
          { by: override.by, reason: override.reason },
        ),
      ],
      decidedAt: override.at,
    };
  }
  if (resolvedAt === null || resolvedAt > t) return null;
  const r = cfg.doc.responsibility;
  const f: Found = {
    rootCause: h.text(r.rootCauseField, resolvedAt),
    supplier: h.text(r.supplierField, resolvedAt),
    resolution: h.text('resolution', resolvedAt),
    components: h.list('components', resolvedAt),
    labels: h.list('labels', resolvedAt),
  };
  for (const rule of r.rules) {
    if (!holds(rule.when, f)) continue;
    return {
      party: rule.party,
      supplier: rule.party === 'supplier' ? f.supplier : null,
      rule: rule.id,
      evidence: evidence(cfg, rule.when, f),
      decidedAt: resolvedAt,
    };
  }
  return {
    party: 'undetermined',
    supplier: null,
    rule: 'fallback',
    evidence: [{ en: 'No rule matched', zh: '无匹配规则' }],
    decidedAt: resolvedAt,
  };
}

type When = CompiledConfig['doc']['responsibility']['rules'][number]['when'];

interface Found {
  readonly rootCause: string | null;
  readonly supplier: string | null;
  readonly resolution: string | null;
  readonly components: readonly string[];
  readonly labels: readonly string[];
}

function holds(w: When, f: Found): boolean {
  if (w.rootCauses && !(f.rootCause !== null && w.rootCauses.includes(f.rootCause))) return false;
  if (w.resolutions && !(f.resolution !== null && w.resolutions.includes(f.resolution))) return false;
  if (w.components && !anyOf(f.components, w.components)) return false;
  if (w.labels && !anyOf(f.labels, w.labels)) return false;
  if (w.hasSupplier !== undefined && (f.supplier !== null) !== w.hasSupplier) return false;
  return true;
}

/** What the matching rule looked at, in words. */
function evidence(cfg: CompiledConfig, w: When, f: Found): LocalText[] {
  const r = cfg.doc.responsibility;
  const out: LocalText[] = [];
  const is = { en: '{f} = “{v}”', zh: '{f} = “{v}”' };
  if (w.rootCauses && f.rootCause !== null) out.push(fill(is, { f: r.rootCauseField, v: f.rootCause }));
  if (w.resolutions && f.resolution !== null)
    out.push(fill({ en: 'Resolution = “{v}”', zh: '解决结果 = “{v}”' }, { v: f.resolution }));
  if (w.components) out.push(fill({ en: 'Components: {v}', zh: '组件:{v}' }, { v: f.components.join(', ') }));
  if (w.labels) out.push(fill({ en: 'Labels: {v}', zh: '标签:{v}' }, { v: f.labels.join(', ') }));
  if (w.hasSupplier !== undefined && f.supplier !== null) out.push(fill(is, { f: r.supplierField, v: f.supplier }));
  return out;
}
