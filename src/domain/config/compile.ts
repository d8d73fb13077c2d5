// A validated configuration turned into what evaluation reads in its hot loop: compiled calendars, maps
// by id, keyword patterns, the status-category table. Compiled once per document and reused.

import { compileCalendar, type BusinessCalendar, type CalendarSpec } from '../time/calendar';
import { compileMatcher, type EventMatcher } from '../conditions';
import type { StatusCategory } from '../issue';
import type { ConfigDoc, Match } from './schema';

export type TextMatcher = (lowerText: string) => boolean;

export interface CompiledConfig {
  readonly doc: ConfigDoc;
  readonly version: number;
  readonly calendars: ReadonlyMap<string, BusinessCalendar>;
  readonly statusCategory: ReadonlyMap<string, StatusCategory>;
  /** Per classification rule: its text criterion (keywords and patterns) on lower-cased text, if it has one. */
  readonly text: ReadonlyArray<TextMatcher | undefined>;
  readonly serviceByComponent: ReadonlyMap<string, string>;
  readonly gradeIndex: ReadonlyMap<string, number>;
  /** "PROJECT issueType" of the issues the app creates (problems, LTC, IPD). */
  readonly createdByApp: ReadonlySet<string>;
  /** Grades a service's critical window adds, per service type (absent: none). */
  readonly windowUplift: ReadonlyMap<string, number>;
  readonly tierById: ReadonlyMap<string, ConfigDoc['ola']['tiers'][number]>;
  /** Field value or group -> the tier it means (a tier's own id counts too). */
  readonly tierByValue: ReadonlyMap<string, string>;
  readonly upliftByTier: ReadonlyMap<string, number>;
  readonly goalById: ReadonlyMap<string, ConfigDoc['sla']['goals'][number]>;
  /** Per goal: its start, stop and reset conditions compiled. */
  readonly goalMatchers: ReadonlyMap<
    string,
    { readonly start: EventMatcher; readonly stop: EventMatcher; readonly reset: EventMatcher }
  >;
  readonly serviceById: ReadonlyMap<string, ConfigDoc['services'][number]>;
  /** Lower-cased level id or field value -> level, per grading axis. */
  readonly impactLevel: ReadonlyMap<string, Level>;
  readonly urgencyLevel: ReadonlyMap<string, Level>;
  /** Per threshold rule, its steps ascending by percent. */
  readonly thresholdSteps: ReadonlyMap<string, ConfigDoc['escalation']['thresholds'][number]['at']>;
}

type Level = ConfigDoc['grading']['impact']['levels'][number];

function levels(axis: ConfigDoc['grading']['impact']): Map<string, Level> {
  const m = new Map<string, Level>();
  for (const l of axis.levels) for (const v of [...l.values, l.id]) m.set(v.toLowerCase(), l);
  return m;
}

/** The seed grades incidents by the business window they strike in (事件分类分级): a single number applies
 * to every incident-kind service type, a record names each type. */
function windowUplift(doc: ConfigDoc): Map<string, number> {
  const u = doc.grading.criticalWindowUplift;
  if (typeof u !== 'number') return new Map(Object.entries(u).filter(([, n]) => n > 0));
  return new Map(doc.serviceTypes.filter((t) => t.kind === 'incident' && u > 0).map((t) => [t.id, u]));
}

const cache = new WeakMap<ConfigDoc, CompiledConfig>();

const escape = (word: string) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Backreferences and named groups would clash or renumber inside a larger expression. */
const selfReferring = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/**
 * Any keyword or any pattern. The keywords and every regex that can share an expression with them (no
 * flags, nothing self-referring) become one alternation, so the text is scanned once rather than once a
 * pattern; word groups go by substring.
 */
function textMatcher(m: Match): TextMatcher | undefined {
  const patterns = m.patterns ?? [];
  const shared = [...(m.keywords ?? []).map(escape)];
  const regexes: RegExp[] = [];
  const groups: string[][] = [];
  for (const p of patterns) {
    if ('allOf' in p) groups.push(p.allOf.map((w) => w.toLowerCase()));
    else if (p.flags || selfReferring.test(p.regex)) regexes.push(new RegExp(p.regex, p.flags));
    else shared.push(`(?:${p.regex})`);
  }
  if (shared.length) regexes.unshift(new RegExp(shared.join('|')));
  if (!regexes.length && !groups.length) return undefined;
  return (text) => {
    for (const r of regexes) if (r.test(text)) return true;
    for (const g of groups) if (g.every((w) => text.includes(w))) return true;
    return false;
  };
}

/** Compiles a document that validateConfig accepted. */
export function compileConfig(doc: ConfigDoc): CompiledConfig {
  const hit = cache.get(doc);
  if (hit) return hit;
  const statusCategory = new Map(doc.statuses.map((s) => [s.name, s.category]));
  const compiled: CompiledConfig = {
    doc,
    version: doc.version,
    calendars: new Map(doc.calendars.map((c) => [c.id, compileCalendar(c.spec as CalendarSpec)])),
    statusCategory,
    text: doc.classification.rules.map((r) => textMatcher(r.when)),
    serviceByComponent: new Map(doc.services.flatMap((s) => s.components.map((c) => [c.toLowerCase(), s.id] as const))),
    gradeIndex: new Map(doc.grading.grades.map((g, i) => [g.id, i])),
    windowUplift: windowUplift(doc),
    createdByApp: new Set(
      [
        ...doc.problems,
        ...(doc.routing.ltc ? [doc.routing.ltc] : []),
        ...(doc.routing.ipd ? [doc.routing.ipd] : []),
      ].map((t) => `${t.project} ${t.issueType}`),
    ),
    tierById: new Map(doc.ola.tiers.map((t) => [t.id, t])),
    tierByValue: new Map(doc.ola.tiers.flatMap((t) => [...t.values, t.id].map((v) => [v, t.id] as const)).reverse()),
    upliftByTier: new Map(doc.customers.tiers.map((t) => [t.id, t.gradeUplift])),
    goalById: new Map(doc.sla.goals.map((g) => [g.id, g])),
    goalMatchers: new Map(
      doc.sla.goals.map((g) => [
        g.id,
        {
          start: compileMatcher(g.start),
          stop: compileMatcher(g.stop),
          reset: compileMatcher(g.reset),
        },
      ]),
    ),
    serviceById: new Map(doc.services.map((x) => [x.id, x])),
    impactLevel: levels(doc.grading.impact),
    urgencyLevel: levels(doc.grading.urgency),
    thresholdSteps: new Map(
      doc.escalation.thresholds.map((r) => [r.id, [...r.at].sort((a, b) => a.percent - b.percent)]),
    ),
  };
  cache.set(doc, compiled);
  return compiled;
}

/** Config versions in force over time; the last one activated at or before an instant governs it. */
export type ConfigHistory = ReadonlyArray<{ readonly activatedAt: number; readonly config: CompiledConfig }>;

export function configAt(history: ConfigHistory, t: number): CompiledConfig {
  let found = history[0];
  if (!found) throw new Error('config history is empty');
  if (history.length === 1) return found.config;
  for (const h of history) {
    if (h.activatedAt <= t) found = h;
    else break;
  }
  return found.config;
}
