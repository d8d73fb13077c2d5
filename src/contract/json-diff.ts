// What changed between two JSON documents (two configuration versions), path by path: pure, so the
// browser diffs versions itself and the tests check it without one.

import { formatPath } from '../domain/json-path';

export interface JsonChange {
  /** Where, as people read JSON: calendars[0].spec.overrides["2027-01-01"]. */
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Changes from `before` to `after`, in document order: objects key by key, arrays index by index (an
 * element inserted early shows as changes to those after it, which reads fine for configuration lists). */
export function jsonDiff(before: unknown, after: unknown): JsonChange[] {
  const out: JsonChange[] = [];
  const walk = (a: unknown, b: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= b.length) out.push({ path: formatPath([...path, i]), kind: 'removed', before: a[i] as Json });
        else if (i >= a.length) out.push({ path: formatPath([...path, i]), kind: 'added', after: b[i] as Json });
        else walk(a[i], b[i], [...path, i]);
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const k of Object.keys(a))
        if (!Object.hasOwn(b, k)) out.push({ path: formatPath([...path, k]), kind: 'removed', before: a[k] });
        else walk(a[k], b[k], [...path, k]);
      for (const k of Object.keys(b))
        if (!Object.hasOwn(a, k)) out.push({ path: formatPath([...path, k]), kind: 'added', after: b[k] });
      return;
    }
    if (!Object.is(a, b)) out.push({ path: formatPath(path), kind: 'changed', before: a, after: b });
  };
  walk(before, after, []);
  return out;
}
