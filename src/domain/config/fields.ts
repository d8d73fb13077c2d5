// What a configuration reads of Jira beyond the issue itself, so the platform asks for exactly that: the
// fields by the names it gives them (fewer fields read, fewer points spent; custom field ids are mapped
// to these names), and whose group memberships the rules look at.

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

/** Whose Jira groups the rules read: the reporter's (classification) and the assignees' (OLA tiers). */
export function groupsRead(doc: ConfigDoc): { readonly reporter: boolean; readonly assignees: boolean } {
  return {
    reporter: doc.classification.rules.some((r) => r.when.reporterGroups !== undefined),
    assignees: 'assigneeGroups' in doc.ola.source,
  };
}
