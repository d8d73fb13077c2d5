// The rules engine's customer directory for a project, built from its customer and user records. Read
// once and kept briefly: a save or removal in this process forgets it at once (the kinds' afterWrite);
// another process sees the change within DIRECTORY_TTL_MS. Kept per installation (a warm container serves
// several sites, whose project ids can be equal) and only once built: invocations never wait on another
// invocation's reads.

import { z } from 'zod';
import { customerMatching } from '../../contract/records/customer-payloads';
import { CustomerDirectory, type DirectoryUser } from '../../domain/customer';
import { projectCustomers, projectCustomerUsers } from '../../platform/sql/customers';
import { installationId } from '../../platform/runtime';
import type { Snapshot } from '../snapshot';

export const DIRECTORY_TTL_MS = 60_000;

const kept = new Map<string, { readonly at: number; readonly directory: CustomerDirectory }>();
const keyOf = (projectId: string) => `${installationId()} ${projectId}`;

const contacts = z.array(z.string());

async function build(projectId: string): Promise<CustomerDirectory> {
  const customers = await projectCustomers(projectId);
  const users = await projectCustomerUsers(projectId);
  const byCustomer = new Map<string, DirectoryUser[]>();
  for (const u of users) {
    const list = byCustomer.get(u.customer_id) ?? [];
    list.push({ accountId: u.account_id, email: u.email, tier: u.tier === 'vip' ? 'vip' : 'standard' });
    byCustomer.set(u.customer_id, list);
  }
  return new CustomerDirectory(
    customers.map((c) => ({
      id: c.id,
      name: c.name,
      tier: c.tier,
      contacts: contacts.parse(JSON.parse(c.contacts)),
      matching: customerMatching.parse(JSON.parse(c.matching)),
      users: byCustomer.get(c.id) ?? [],
    })),
  );
}

/** The project's directory (project id as Jira gives it). */
export async function customerDirectory(projectId: string, now = Date.now()): Promise<CustomerDirectory> {
  const key = keyOf(projectId);
  const k = kept.get(key);
  if (k && now - k.at < DIRECTORY_TTL_MS) return k.directory;
  const directory = await build(projectId);
  kept.set(key, { at: now, directory });
  return directory;
}

/** After a customer or user record changed. */
export function forgetDirectory(projectId: string): void {
  kept.delete(keyOf(projectId));
}

/** The directory of each project the snapshots are in. */
export async function directoriesOf(snaps: readonly Snapshot[]): Promise<Map<string, CustomerDirectory>> {
  const projects = [...new Set(snaps.map((x) => x.issue.projectId))];
  const out = new Map<string, CustomerDirectory>();
  for (const p of projects) out.set(p, await customerDirectory(p));
  return out;
}
