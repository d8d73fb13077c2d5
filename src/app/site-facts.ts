// Facts about the Jira site that change rarely: custom field ids by name and the app's own account.
// Kept in SQL between invocations; the field list is read again when a configured name is missing or
// the copy is a day old.

import { z } from 'zod';
import { referencedFields } from '../domain/config/fields';
import type { ConfigDoc } from '../domain/config/schema';
import { fields as listFields, myself } from '../platform/jira/api';
import type { JiraClient } from '../platform/jira/client';
import { setSiteValue, siteValue } from '../platform/sql/store';
import { STANDARD_FIELDS, type FieldNames } from './snapshot';

const DAY = 86_400_000;
const cachedFields = z.object({ at: z.number(), list: z.array(z.object({ id: z.string(), name: z.string() })) });

export async function fieldNames(jira: JiraClient, doc: ConfigDoc, now: number): Promise<FieldNames> {
  const wanted = referencedFields(doc).filter((n) => !(STANDARD_FIELDS as readonly string[]).includes(n.toLowerCase()));
  const stored = await siteValue('fields');
  let cache = stored === undefined ? undefined : cachedFields.parse(JSON.parse(stored));
  const missing = (c: typeof cache) => wanted.some((n) => !c?.list.some((f) => f.name === n));
  if (!cache || now - cache.at > DAY || (missing(cache) && now - cache.at > 60_000)) {
    cache = {
      at: now,
      list: (await listFields(jira)).filter((f) => f.custom === true).map((f) => ({ id: f.id, name: f.name })),
    };
    await setSiteValue('fields', JSON.stringify(cache));
  }
  const idByName = new Map<string, string>();
  for (const n of wanted) {
    const f = cache.list.find((x) => x.name === n);
    if (f) idByName.set(n, f.id);
  }
  return { idByName, nameById: new Map([...idByName].map(([n, id]) => [id, n])) };
}

export async function appAccountId(jira: JiraClient): Promise<string> {
  const stored = await siteValue('appAccount');
  if (stored !== undefined) return stored;
  const id = (await myself(jira)).accountId;
  await setSiteValue('appAccount', id);
  return id;
}
