// The Configuration section's parts: each a lazily loaded form over some top-level keys of the document
// (the keys decide which findings a part counts in the sub-navigation).
import { lazy, type ComponentType } from 'react';

export interface Part {
  readonly Form: ComponentType;
  readonly keys: readonly string[];
}

export const PARTS = {
  calendars: { Form: lazy(() => import('./parts/Calendars')), keys: ['calendars', 'defaultCalendar'] },
  services: { Form: lazy(() => import('./parts/Services')), keys: ['services'] },
  classification: { Form: lazy(() => import('./parts/Classification')), keys: ['serviceTypes', 'classification'] },
  grading: { Form: lazy(() => import('./parts/Grading')), keys: ['grading', 'customers'] },
  sla: { Form: lazy(() => import('./parts/Sla')), keys: ['sla'] },
  ola: { Form: lazy(() => import('./parts/Ola')), keys: ['ola'] },
  escalation: { Form: lazy(() => import('./parts/Escalation')), keys: ['escalation'] },
  routing: { Form: lazy(() => import('./parts/Routing')), keys: ['responsibility', 'routing'] },
} satisfies Record<string, Part>;

export type PartKey = keyof typeof PARTS;
export const PART_KEYS = Object.keys(PARTS) as PartKey[];

/** The part a finding's path belongs to, if any. */
export function partOf(path: string): PartKey | undefined {
  const head = /^[A-Za-z_$][\w$]*/.exec(path)?.[0];
  return PART_KEYS.find((k) => (PARTS[k].keys as readonly string[]).includes(head ?? ''));
}
