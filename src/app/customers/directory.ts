// The rules engine's customer directory for a project, built from its customer and user records. Read
// once and kept briefly: a save or removal in this process forgets it at once (the kinds' afterWrite);
// another process sees the change within DIRECTORY_TTL_MS.

import { z } from 'zod';
import { customerMatching } from '../../contract/records/customer-payloads';
import { CustomerDirectory, type DirectoryUser } from '../../domain/customer';
import { projectCustomers, projectCustomerUsers } from '../../platform/sql/customers';
import type { Snapshot } from '../snapshot';

export const DIRECTORY_TTL_MS = 60_000;

const kept = new Map<string, { readonly at: number; readonly directory: Promise<CustomerDirectory> }>();

const contacts = z.array(z.string());

async function build(projectId: string): Promise<CustomerDirectory> {
  const [customers, users] = await Promise.all([projectCustomers(projectId), projectCustomerUsers(projectId)]);
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
export function customerDirectory(projectId: string, now = Date.now()): Promise<CustomerDirectory> {
  const k = kept.get(projectId);
  if (k && now - k.at < DIRECTORY_TTL_MS) return k.directory;
  const directory = build(projectId);
  kept.set(projectId, { at: now, directory });
  directory.catch(() => kept.delete(projectId));
  return directory;
}

/** After a customer or user record changed. */
export function forgetDirectory(projectId: string): void {
  kept.delete(projectId);
}

/** The directory of each project the snapshots are in. */
export async function directoriesOf(snaps: readonly Snapshot[]): Promise<Map<string, CustomerDirectory>> {
  const projects = [...new Set(snaps.map((x) => x.issue.projectId))];
  const dirs = await Promise.all(projects.map((p) => customerDirectory(p)));
  return new Map(projects.map((p, i) => [p, dirs[i]!]));
}
