// The Jira fields a configuration reads, by the names it gives them, so the platform asks Jira for
// exactly those (fewer fields read, fewer points spent) and maps custom field ids to these names.

import type { ConfigDoc } from './schema';

const FIELD_KEYS = new Set(['field', 'rootCauseField', 'supplierField']);

export function referencedFields(doc: ConfigDoc): string[] {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (FIELD_KEYS.has(k) && typeof x === 'string') names.add(x);
        else walk(x);
      }
    }
  };
  walk(doc);
  return [...names].sort();
}
