// Customer and user (seed 001): the customer signs the contract and pays; the user receives the service.
// The issue names its customer in a field; the reporter acts as the customer only if listed as a contact.

import type { CompiledConfig } from './config/compile';
import type { FieldHistory } from './history';

export interface CustomerFacts {
  readonly customer: string | null; // customer id, or the raw field value when not in the list
  readonly tier: string | null;
  readonly requester: 'customer' | 'user';
}

export function customerOf(cfg: CompiledConfig, h: FieldHistory, t: number): CustomerFacts {
  const raw = h.text(cfg.doc.customers.field, t);
  if (!raw) return { customer: null, tier: null, requester: 'user' };
  const c = cfg.customerById.get(raw) ?? cfg.customerByName.get(raw.toLowerCase());
  if (!c) return { customer: raw, tier: null, requester: 'user' };
  const reporter = h.text('reporter', t);
  return {
    customer: c.id,
    tier: c.tier,
    requester: reporter !== null && c.contacts.includes(reporter) ? 'customer' : 'user',
  };
}
