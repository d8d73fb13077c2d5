// Every customer and customer user of a project, read whole for the rules engine's directory and the
// imports (a project has tens to a few thousand of them; one statement each).

import { sql } from '@forge/sql';
import { z } from 'zod';

const customerRow = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.string().nullable(),
  matching: z.string(),
  contacts: z.string(),
  source: z.string(),
  jsm_org_id: z.string().nullable(),
});
const userRow = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  customer_id: z.string(),
  email: z.string().nullable(),
  account_id: z.string().nullable(),
  tier: z.string(),
});

export type DirectoryCustomerRow = z.infer<typeof customerRow>;
export type DirectoryUserRow = z.infer<typeof userRow>;

export async function projectCustomers(projectId: string): Promise<DirectoryCustomerRow[]> {
  const r = await sql
    .prepare<unknown>(
      'SELECT id, name, tier, matching, contacts, source, jsm_org_id FROM itr_customer WHERE project_id = ? ORDER BY name, id',
    )
    .bindParams(projectId)
    .execute();
  return z.array(customerRow).parse(r.rows);
}

export async function projectCustomerUsers(projectId: string): Promise<DirectoryUserRow[]> {
  const r = await sql
    .prepare<unknown>(
      'SELECT id, name, source, customer_id, email, account_id, tier FROM itr_customer_user WHERE project_id = ? ORDER BY name, id',
    )
    .bindParams(projectId)
    .execute();
  return z.array(userRow).parse(r.rows);
}

const count = z.array(z.object({ n: z.coerce.number() }));

/** How many users and contracts a customer still has. */
export async function customerDependents(
  projectId: string,
  customerId: string,
): Promise<{ users: number; contracts: number }> {
  const n = async (table: 'itr_customer_user' | 'itr_contract') => {
    const r = await sql
      .prepare<unknown>(`SELECT COUNT(*) AS n FROM ${table} WHERE project_id = ? AND customer_id = ?`)
      .bindParams(projectId, customerId)
      .execute();
    return count.parse(r.rows)[0]?.n ?? 0;
  };
  return { users: await n('itr_customer_user'), contracts: await n('itr_contract') };
}

/** Which of `ids` are customer records of one of `projectIds`. */
export async function existingCustomerIds(projectIds: readonly string[], ids: readonly string[]): Promise<Set<string>> {
  if (projectIds.length === 0 || ids.length === 0) return new Set();
  const r = await sql
    .prepare<unknown>(
      `SELECT id FROM itr_customer WHERE project_id IN (${projectIds.map(() => '?').join(',')}) AND id IN (${ids.map(() => '?').join(',')})`,
    )
    .bindParams(...projectIds, ...ids)
    .execute();
  return new Set(
    z
      .array(z.object({ id: z.string() }))
      .parse(r.rows)
      .map((x) => x.id),
  );
}

const nameRow = z.object({ id: z.string(), name: z.string() });

/** Customer records' names by id (a customer id is a UUID, unique across projects): how gadgets label them. */
export async function customerNames(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const marks = ids.map(() => '?').join(',');
  const r = await sql
    .prepare<z.infer<typeof nameRow>>(`SELECT id, name FROM itr_customer WHERE id IN (${marks})`)
    .bindParams(...ids)
    .execute();
  return new Map(r.rows.map((x) => nameRow.parse(x)).map((x) => [x.id, x.name]));
}
