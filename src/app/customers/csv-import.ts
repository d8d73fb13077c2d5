// Customers or their users from a CSV file: the header row names the columns (English or Chinese), every
// row is checked with the form's own schema and the configuration, and any bad row refuses the whole file
// ("line N, column X: …") before anything is written. Then one upsert per row, by the id of the record of
// that name if there is one, else an id derived from the name: importing the same file again updates.

import type { z } from 'zod';
import { parseCsv } from '../../contract/csv';
import { CSV_COLUMNS, type CsvImportKind, type CsvImportResult } from '../../contract/records/customer-import';
import type { CsvImportPayload } from '../../contract/records/customer-import-payloads';
import { customerPayload, type Customer } from '../../contract/records/customer-payloads';
import { customerUserPayload, type CustomerUser } from '../../contract/records/customer-user-payloads';
import { projectCustomers, projectCustomerUsers } from '../../platform/sql/customers';
import { upsertRow } from '../../platform/sql/records';
import { latest, loadConfigs } from '../config';
import { configRefusals, customerKind } from '../records/customer';
import { customerUserColumns } from '../records/customer-user';
import type { ProjectCall } from '../records/kind';
import { forgetDirectory } from './directory';
import { stableId } from './stable-id';

/** At most this many rows in one file (a 1 MB file of short rows stays under it). */
const MAX_ROWS = 5000;

export class CsvRefusal extends Error {}

type Columns<K extends CsvImportKind> = keyof (typeof CSV_COLUMNS)[K] & string;

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s*/g, '');

/** Which column each header cell is, or a refusal naming the unknown or repeated one. */
function headerMap<K extends CsvImportKind>(kind: K, header: readonly string[]): Map<Columns<K>, number> {
  const known = CSV_COLUMNS[kind] as Readonly<Record<string, readonly string[]>>;
  const out = new Map<Columns<K>, number>();
  header.forEach((cell, i) => {
    const key = Object.keys(known).find((k) => known[k]!.some((alias) => norm(alias) === norm(cell)));
    if (!key)
      throw new CsvRefusal(
        `line 1, column ${cell || i + 1}: not a column of ${kind} (${Object.keys(known).join(', ')}).`,
      );
    if (out.has(key as Columns<K>)) throw new CsvRefusal(`line 1, column ${cell}: the ${key} column is named twice.`);
    out.set(key as Columns<K>, i);
  });
  if (!out.has('name')) throw new CsvRefusal('line 1: no name column (name / 名称).');
  if (kind === 'users' && !out.has('customer' as Columns<K>))
    throw new CsvRefusal('line 1: no customer column (customer / 客户).');
  return out;
}

interface Cells {
  readonly line: number;
  get(column: string): string;
  /** The header cell of a column (what a refusal names). */
  header(column: string): string;
}

const list = (s: string) =>
  s
    .split(/[;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
const orNull = (s: string) => (s === '' ? null : s);

function cents(c: Cells): number | null {
  const v = c.get('value').replace(/,/g, '');
  if (v === '') return null;
  if (!/^\d{1,11}(\.\d{1,2})?$/.test(v))
    throw new CsvRefusal(`line ${c.line}, column ${c.header('value')}: an amount like 12000.50.`);
  return Math.round(Number(v) * 100);
}

/** The row as the customer form would send it. */
function customerOfRow(c: Cells, id: string): unknown {
  return {
    id,
    name: c.get('name'),
    tier: orNull(c.get('tier')),
    policy: orNull(c.get('policy')),
    calendar: orNull(c.get('calendar')),
    termStart: orNull(c.get('termStart')),
    termEnd: orNull(c.get('termEnd')),
    valueCents: cents(c),
    currency: orNull(c.get('currency').toUpperCase()),
    accountManager: orNull(c.get('accountManager')),
    matching: {
      organizations: list(c.get('organizations')),
      emailDomains: list(c.get('emailDomains')),
      fieldValues: list(c.get('fieldValues')),
      reporterGroups: list(c.get('reporterGroups')),
    },
    contacts: list(c.get('contacts')),
  };
}

/** The form schema's verdict on a row, as "line N, column X: message". */
function parseRow<T>(schema: z.ZodType<T>, value: unknown, c: Cells, column: (path: PropertyKey[]) => string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new CsvRefusal(`line ${c.line}, column ${c.header(column(issue.path))}: ${issue.message}`);
}

const customerColumn = (path: PropertyKey[]) =>
  String(path[0] === 'matching' ? path[1] : path[0] === 'valueCents' ? 'value' : path[0]);

export async function importCsv(p: CsvImportPayload, call: ProjectCall): Promise<CsvImportResult> {
  const parsed = parseCsv(p.text);
  if ('error' in parsed) throw new CsvRefusal(parsed.error);
  const [header, ...rows] = parsed.rows;
  if (!header || rows.length === 0) throw new CsvRefusal('The file has a header row and no records under it.');
  if (rows.length > MAX_ROWS) throw new CsvRefusal(`At most ${MAX_ROWS} rows in one file.`);
  const at = headerMap(p.kind, header);
  const cells = (row: readonly string[], i: number): Cells => {
    if (row.length > header.length)
      throw new CsvRefusal(`line ${i + 2}: ${row.length} cells under ${header.length} columns.`);
    return {
      line: i + 2,
      get: (k) => {
        const n = at.get(k as never);
        return n === undefined ? '' : (row[n] ?? '').trim();
      },
      header: (k) => {
        const n = at.get(k as never);
        return n === undefined ? k : header[n]!.trim();
      },
    };
  };
  const existing = await projectCustomers(call.project.id);
  const byName = new Map(existing.map((c) => [c.name.toLowerCase(), c]));
  const seen = new Set<string>();
  const once = (key: string, c: Cells, what: string) => {
    if (seen.has(key))
      throw new CsvRefusal(`line ${c.line}, column ${c.header('name')}: ${what} is in the file twice.`);
    seen.add(key);
  };

  if (p.kind === 'customers') {
    const records: Array<{ customer: Customer; source: string; isNew: boolean }> = [];
    rows.forEach((row, i) => {
      const c = cells(row, i);
      const name = c.get('name');
      once(name.toLowerCase(), c, `the customer ${name}`);
      const old = byName.get(name.toLowerCase());
      const id = old?.id ?? stableId(call.project.id, 'customer', name.toLowerCase());
      const customer = parseRow(customerPayload, customerOfRow(c, id), c, customerColumn);
      records.push({ customer, source: old?.source ?? 'csv', isNew: !old });
    });
    const doc = latest(await loadConfigs()).doc;
    for (const [i, r] of records.entries()) {
      const first = configRefusals(r.customer, doc)[0];
      if (first)
        throw new CsvRefusal(`line ${i + 2}, column ${cells(rows[i]!, i).header(first.path)}: ${first.message}`);
    }
    for (const r of records)
      await upsertRow('itr_customer', call.project.id, r.customer.id, {
        ...customerKind.toColumns(r.customer),
        source: r.source,
        updated_at: call.now,
        updated_by: call.accountId,
      });
    forgetDirectory(call.project.id);
    const created = records.filter((r) => r.isNew).length;
    return { kind: 'customers', created, updated: records.length - created };
  }

  const users = await projectCustomerUsers(call.project.id);
  const userKey = (customerId: string, email: string | null, name: string) =>
    `${customerId} ${email ? `@${email.toLowerCase()}` : name.toLowerCase()}`;
  const oldUsers = new Map(users.map((u) => [userKey(u.customer_id, u.email, u.name), u]));
  const records: Array<{ user: CustomerUser; source: string; isNew: boolean }> = [];
  rows.forEach((row, i) => {
    const c = cells(row, i);
    const customerName = c.get('customer');
    const owner = byName.get(customerName.toLowerCase());
    if (!owner)
      throw new CsvRefusal(
        `line ${c.line}, column ${c.header('customer')}: ${call.project.key} has no customer named '${customerName}'.`,
      );
    const email = orNull(c.get('email').toLowerCase());
    const key = userKey(owner.id, email, c.get('name'));
    once(key, c, `the user ${email ?? c.get('name')}`);
    const old = oldUsers.get(key);
    const user = parseRow(
      customerUserPayload,
      {
        id: old?.id ?? stableId(call.project.id, 'user', key),
        customerId: owner.id,
        name: c.get('name'),
        email,
        accountId: orNull(c.get('accountId')),
        tier: c.get('tier').toLowerCase() || 'standard',
      },
      c,
      (path) => String(path[0]),
    );
    records.push({ user, source: old?.source ?? 'csv', isNew: !old });
  });
  for (const r of records)
    await upsertRow('itr_customer_user', call.project.id, r.user.id, {
      ...customerUserColumns(r.user),
      source: r.source,
      updated_at: call.now,
      updated_by: call.accountId,
    });
  forgetDirectory(call.project.id);
  const created = records.filter((r) => r.isNew).length;
  return { kind: 'users', created, updated: records.length - created };
}
