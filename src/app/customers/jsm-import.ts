// Customers from the project's JSM service desk: each organization is a customer (source 'jsm', its
// jsm_org_id, matching its organization) and its users the customer's users. Running it again keeps them in
// step: a renamed organization renames its customer, users added or removed in JSM are added or removed
// here, nothing is duplicated, and what a person set by hand (tier, policy, terms, contacts, a user's tier,
// users entered by hand) is kept. Read as the caller: JSM shows organizations to its agents only.

import { customerUserPayload } from '../../contract/records/customer-user-payloads';
import type { JsmImportResult } from '../../contract/records/customer-import';
import type { Customer } from '../../contract/records/customer-payloads';
import { JiraClient, JiraError } from '../../platform/jira/client';
import {
  organizationUsers,
  serviceDeskOrganizations,
  type JsmOrganization,
  type JsmUser,
} from '../../platform/jira/jsm';
import { projectCustomers, projectCustomerUsers, type DirectoryUserRow } from '../../platform/sql/customers';
import { deleteRow, rowsWhereIn, upsertRow } from '../../platform/sql/records';
import { customerFromRow, customerKind } from '../records/customer';
import { customerUserColumns } from '../records/customer-user';
import type { ProjectCall } from '../records/kind';
import { forgetDirectory } from './directory';
import { stableId } from './stable-id';

export class JsmRefusal extends Error {
  constructor(
    readonly code: 'notFound' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

async function readJsm(call: ProjectCall) {
  const jira = new JiraClient({ as: 'user' });
  try {
    const orgs = await serviceDeskOrganizations(jira, call.project.id);
    const members = new Map<string, JsmUser[]>();
    for (const o of orgs) members.set(o.id, await organizationUsers(jira, o.id));
    return { orgs, members };
  } catch (e) {
    if (e instanceof JiraError && e.status === 404)
      throw new JsmRefusal('notFound', `${call.project.key} is not a Jira Service Management service desk.`);
    if (e instanceof JiraError && e.status === 403)
      throw new JsmRefusal(
        'conflict',
        `Only agents of the ${call.project.key} service desk can read its organizations.`,
      );
    throw e;
  }
}

/** What the customer matches its organization by: its id, and its name (Jira gives a request's
 * Organizations field to the snapshot by name). A renamed organization's former name is dropped. */
function organizationKeys(o: JsmOrganization, name: string, old: Customer | undefined): string[] {
  const former = old && old.name.toLowerCase() !== name.toLowerCase() ? old.name.toLowerCase() : null;
  const kept = (old?.matching.organizations ?? []).filter((x) => x.toLowerCase() !== former);
  return [...new Set([...kept, o.id, name.slice(0, 64)])].slice(-50);
}

/** The customer an organization becomes: its record (by org id, else by name) with name and matching in step. */
function customerOf(o: JsmOrganization, old: Customer | undefined, projectId: string): Customer {
  const name = o.name.trim().slice(0, 191) || `JSM organization ${o.id}`;
  const organizations = organizationKeys(o, name, old);
  if (old) return { ...old, name, matching: { ...old.matching, organizations } };
  return {
    id: stableId(projectId, 'jsm', o.id),
    name,
    tier: null,
    policy: null,
    calendar: null,
    termStart: null,
    termEnd: null,
    valueCents: null,
    currency: null,
    accountManager: null,
    matching: { organizations, emailDomains: [], fieldValues: [], reporterGroups: [] },
    contacts: [],
  };
}

const validEmail = (email: string | undefined) => {
  const r = customerUserPayload.shape.email.safeParse(email ?? null);
  return r.success ? r.data : null;
};

export async function importJsm(call: ProjectCall): Promise<JsmImportResult> {
  const { orgs, members } = await readJsm(call);
  const existing = await projectCustomers(call.project.id);
  const oldIds = new Map<string, string>();
  for (const c of existing) {
    if (c.jsm_org_id !== null) oldIds.set(`org ${c.jsm_org_id}`, c.id);
    if (!oldIds.has(`name ${c.name.toLowerCase()}`)) oldIds.set(`name ${c.name.toLowerCase()}`, c.id);
  }
  const wanted = orgs.map((o) => ({
    o,
    id: oldIds.get(`org ${o.id}`) ?? oldIds.get(`name ${o.name.trim().toLowerCase()}`),
  }));
  const oldRows = await rowsWhereIn(
    'itr_customer',
    customerKind.row,
    call.project.id,
    'id',
    wanted.flatMap((w) => (w.id ? [w.id] : [])),
  );
  const oldById = new Map(oldRows.map((r) => [r.id, customerFromRow(r)]));
  const users = await projectCustomerUsers(call.project.id);
  const result = { customersCreated: 0, customersUpdated: 0, usersCreated: 0, usersUpdated: 0, usersRemoved: 0 };

  for (const { o, id } of wanted) {
    const old = id ? oldById.get(id) : undefined;
    const c = customerOf(o, old, call.project.id);
    await upsertRow('itr_customer', call.project.id, c.id, {
      ...customerKind.toColumns(c),
      source: 'jsm',
      jsm_org_id: o.id,
      updated_at: call.now,
      updated_by: call.accountId,
    });
    result[old ? 'customersUpdated' : 'customersCreated']++;
    const mine = users.filter((u) => u.customer_id === c.id);
    const byAccount = new Map(
      mine.flatMap((u): Array<[string, DirectoryUserRow]> => (u.account_id ? [[u.account_id, u]] : [])),
    );
    const present = new Set<string>();
    for (const m of members.get(o.id) ?? []) {
      present.add(m.accountId);
      const before = byAccount.get(m.accountId);
      await upsertRow(
        'itr_customer_user',
        call.project.id,
        before?.id ?? stableId(call.project.id, 'jsm-user', c.id, m.accountId),
        {
          ...customerUserColumns({
            id: '',
            customerId: c.id,
            name: (m.displayName ?? before?.name ?? m.accountId).slice(0, 191),
            email: validEmail(m.emailAddress) ?? before?.email ?? null,
            accountId: m.accountId,
            tier: before?.tier === 'vip' ? 'vip' : 'standard',
          }),
          source: before?.source ?? 'jsm',
          updated_at: call.now,
          updated_by: call.accountId,
        },
      );
      result[before ? 'usersUpdated' : 'usersCreated']++;
    }
    // Users JSM no longer lists leave; those a person entered here stay.
    for (const u of mine)
      if (u.source === 'jsm' && u.account_id !== null && !present.has(u.account_id)) {
        await deleteRow('itr_customer_user', call.project.id, u.id);
        result.usersRemoved++;
      }
  }
  forgetDirectory(call.project.id);
  return { organizations: orgs.length, ...result };
}
