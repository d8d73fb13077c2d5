// The configuration's names of the ids gadgets group by (goals, service types, grades, tiers, services),
// in both languages. Ids are unique per kind; a service type and a goal sharing an id would share a name,
// which the configuration's own checks make unlikely and which only affects a label.

import type { LocalText } from '../../contract/panel';
import type { CompiledConfig } from '../../domain/config/compile';

export function configNames(cfg: CompiledConfig): Record<string, LocalText> {
  const d = cfg.doc;
  const out: Record<string, LocalText> = {};
  for (const list of [d.services, d.serviceTypes, d.grading.grades, d.ola.tiers, d.sla.goals, d.customers.tiers])
    for (const x of list) out[x.id] = x.name;
  return out;
}
