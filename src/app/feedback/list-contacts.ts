// The communication log's list: the generic page of contacts, each with its party's name read from the
// party's own table (customers, suppliers, third parties), its follow-up owners' display names, and which
// follow-ups are overdue.

import { z } from 'zod';
import type { ListPage } from '../../contract/project';
import type { ListInput } from '../../contract/project-payloads';
import { PARTY_KINDS, type Contact, type ContactItem } from '../../contract/records/contact';
import { rowsWhereIn } from '../../platform/sql/records';
import { displayNames } from '../people-names';
import { contactKind, PARTY } from '../records/contact';
import type { ProjectCall } from '../records/kind';
import { listRecords } from '../records/service';
import { serviceToday } from './today';

const named = z.looseObject({ id: z.string(), name: z.string() });

export async function listContacts(call: ProjectCall, q: ListInput): Promise<ListPage<ContactItem>> {
  const page = await listRecords(contactKind, call, q);
  const names = new Map<string, string>();
  for (const kind of PARTY_KINDS) {
    const ids = [...new Set(page.items.filter((c) => c.partyKind === kind).map((c) => c.partyId))];
    if (ids.length === 0) continue;
    for (const r of await rowsWhereIn(PARTY[kind].table, named, call.project.id, 'id', ids))
      names.set(`${kind} ${r.id}`, r.name);
  }
  const today = await serviceToday(call.now);
  const owners = await displayNames(page.items.flatMap((c) => c.followUps.map((f) => f.owner)));
  const ownerNames = (c: Contact) =>
    Object.fromEntries(c.followUps.flatMap((f) => (owners.get(f.owner) ? [[f.owner, owners.get(f.owner)!]] : [])));
  return {
    ...page,
    items: page.items.map((c) => ({
      ...c,
      partyName: names.get(`${c.partyKind} ${c.partyId}`) ?? null,
      ownerNames: ownerNames(c),
      overdue: c.followUps.flatMap((f, i) => (!f.done && f.due < today ? [i] : [])),
    })),
  };
}
