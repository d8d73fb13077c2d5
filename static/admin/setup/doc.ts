// Reading and changing the setup's parts of the draft document (plain JSON until the server validates it):
// each change returns a new document with that part replaced.
import type { Effect } from '@contract/admin';
import type { TimeRange } from '@contract/holiday-lines';
import type { ConfigDraft } from '../draft';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface Scope {
  readonly projects: readonly string[];
  readonly jql?: string;
}
export function scopeOf(doc: ConfigDraft): Scope {
  const s = obj(doc['scope']);
  const jql = str(s['jql']);
  return { projects: arr(s['projects']).filter((p) => typeof p === 'string'), ...(jql === undefined ? {} : { jql }) };
}
export const withScope = (doc: ConfigDraft, scope: Scope): ConfigDraft => ({ ...doc, scope });

/** Absent effects are on (the schema's default). */
export const effectOn = (doc: ConfigDraft, e: Effect): boolean => obj(doc['effects'])[e] !== false;
export const withEffect = (doc: ConfigDraft, e: Effect, on: boolean): ConfigDraft => ({
  ...doc,
  effects: { ...obj(doc['effects']), [e]: on },
});

export type Category = 'new' | 'indeterminate' | 'done';
export interface StatusOverride {
  readonly name: string;
  readonly category: Category;
}
export const statusesOf = (doc: ConfigDraft): StatusOverride[] =>
  arr(doc['statuses']).map((s) => {
    const o = obj(s);
    const c = o['category'];
    return { name: str(o['name']) ?? '', category: c === 'new' || c === 'done' ? c : 'indeterminate' };
  });
export const withStatuses = (doc: ConfigDraft, statuses: readonly StatusOverride[]): ConfigDraft => ({
  ...doc,
  statuses,
});

/** The keys whose string values name Jira custom fields (as the server's setup check reads them). */
const FIELD_KEYS = new Set(['field', 'rootCauseField', 'supplierField']);

/** Every custom field name the document uses, with the JSON paths it appears at (not in `resolved`). */
export function fieldUses(doc: ConfigDraft): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (FIELD_KEYS.has(k) && typeof x === 'string') out.set(x, [...(out.get(x) ?? []), at]);
        else walk(x, at);
      }
  };
  for (const [k, v] of Object.entries(doc)) if (k !== 'resolved') walk(v, k);
  return out;
}

/** The document with a field name replaced at every place it is used. */
export function renameField(doc: ConfigDraft, from: string, to: string): ConfigDraft {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, FIELD_KEYS.has(k) && x === from ? to : walk(x)]));
  };
  return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, k === 'resolved' ? v : walk(v)]));
}

export interface CalendarView {
  readonly id: string;
  readonly index: number;
  readonly overrides: Readonly<Record<string, readonly TimeRange[]>>;
  /** A make-up working day's hours: the first weekday's (ISO 1–5) with hours. */
  readonly workHours: readonly TimeRange[];
}
const ranges = (v: unknown): TimeRange[] =>
  arr(v).flatMap((r) => (Array.isArray(r) && r.length === 2 ? [[String(r[0]), String(r[1])] as const] : []));

export const calendarsOf = (doc: ConfigDraft): CalendarView[] =>
  arr(doc['calendars']).map((c, index) => {
    const spec = obj(obj(c)['spec']);
    const weekly = obj(spec['weekly']);
    const day = ['1', '2', '3', '4', '5'].map((d) => ranges(weekly[d])).find((r) => r.length > 0) ?? [];
    const overrides = Object.fromEntries(Object.entries(obj(spec['overrides'])).map(([d, r]) => [d, ranges(r)]));
    return { id: str(obj(c)['id']) ?? String(index), index, overrides, workHours: day };
  });

export function withOverrides(
  doc: ConfigDraft,
  index: number,
  add: Readonly<Record<string, readonly TimeRange[]>>,
): ConfigDraft {
  const calendars = arr(doc['calendars']).map((c, i) => {
    if (i !== index) return c;
    const cal = obj(c);
    const spec = obj(cal['spec']);
    const merged = { ...obj(spec['overrides']), ...add };
    const sorted = Object.fromEntries(
      Object.keys(merged)
        .sort()
        .map((d) => [d, merged[d]]),
    );
    return { ...cal, spec: { ...spec, overrides: sorted } };
  });
  return { ...doc, calendars };
}
