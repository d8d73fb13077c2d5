// The communication log as a record kind: a contact names a party that must exist in its own table.

import { z } from 'zod';
import type { PartyKind } from '../../contract/records/contact';
import { contactPayload, type Contact } from '../../contract/records/contact-payloads';
import { displayName } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import { rowsWhereIn } from '../../platform/sql/records';
import type { ProjectCall, RecordKind, Refusal } from './kind';

const row = z.object({
  id: z.string(),
  party_kind: z.enum(['customer', 'supplier', 'thirdParty']),
  party_id: z.string(),
  kind: z.enum(['review', 'daily']),
  at_ms: z.coerce.number(),
  people: z.string(),
  summary: z.string(),
  follow_ups: z.string(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});

export const PARTY: Record<PartyKind, { table: string; what: string }> = {
  customer: { table: 'itr_customer', what: 'customer' },
  supplier: { table: 'itr_supplier', what: 'supplier' },
  thirdParty: { table: 'itr_third_party', what: 'third party' },
};

/** The party must exist in its own table, and each follow-up's owner must be a Jira user (the reminder is
 * assigned to them). */
async function contactRefusals(c: Contact, call: ProjectCall): Promise<Refusal[]> {
  const p = PARTY[c.partyKind];
  const found = await rowsWhereIn(p.table, z.looseObject({ id: z.string() }), call.project.id, 'id', [c.partyId]);
  if (!found.length) return [{ path: 'partyId', message: `${call.project.key} has no such ${p.what}.` }];
  const jira = new JiraClient({ as: 'app' });
  const known = new Map<string, boolean>();
  for (const [i, f] of c.followUps.entries()) {
    if (!known.has(f.owner)) known.set(f.owner, (await displayName(jira, f.owner)) !== null);
    if (!known.get(f.owner)) return [{ path: `followUps.${i}.owner`, message: `Jira has no user ${f.owner}.` }];
  }
  return [];
}

export const contactKind: RecordKind<Contact, z.infer<typeof row>, 'at' | 'kind', 'partyKind' | 'partyId' | 'kind'> = {
  name: 'contact',
  table: 'itr_contact',
  payload: contactPayload,
  row,
  toColumns: (c) => ({
    party_kind: c.partyKind,
    party_id: c.partyId,
    kind: c.kind,
    at_ms: c.at,
    people: JSON.stringify(c.people),
    summary: c.summary,
    follow_ups: JSON.stringify(c.followUps),
  }),
  fromRow: (r) => ({
    id: r.id,
    partyKind: r.party_kind,
    partyId: r.party_id,
    kind: r.kind,
    at: r.at_ms,
    people: contactPayload.shape.people.parse(JSON.parse(r.people)),
    summary: r.summary,
    followUps: contactPayload.shape.followUps.parse(JSON.parse(r.follow_ups)),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['summary', 'people'],
  sort: { at: 'at_ms', kind: 'kind' },
  defaultSort: { by: 'at', dir: 'desc' },
  filters: { partyKind: 'party_kind', partyId: 'party_id', kind: 'kind' },
  check: contactRefusals,
};
