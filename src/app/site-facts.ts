// Facts about the Jira site that change rarely, kept in SQL between invocations: custom field ids, the
// statuses' categories, the app's own account. Field ids come from the configuration as it was checked
// against the site (admin.checkSetup resolved them); names it did not resolve are looked up in the field
// list, read again when a day old or when a name is missing.

import { z } from 'zod';
import { referencedFields } from '../domain/config/fields';
import type { ConfigDoc } from '../domain/config/schema';
import type { StatusCategory } from '../domain/issue';
import { fields as listFields, myself, statuses } from '../platform/jira/api';
import type { JiraClient } from '../platform/jira/client';
import { setSiteValue, siteValue } from '../platform/sql/store';
import { categoryOfKey, STANDARD_FIELDS, type FieldNames } from './jira-snapshot';

const DAY = 86_400_000;
const MINUTE = 60_000;
const PARTICIPANTS = 'com.atlassian.servicedesk:sd-request-participants';
const cachedFields = z.object({
  at: z.number(),
  list: z.array(z.object({ id: z.string(), name: z.string(), type: z.string().optional() })),
});
const cachedStatuses = z.object({
  at: z.number(),
  categories: z.record(z.string(), z.enum(['new', 'indeterminate', 'done'])),
});

async function fieldList(jira: JiraClient, now: number, fresh: (c: z.infer<typeof cachedFields>) => boolean) {
  const stored = await siteValue('fields');
  let cache = stored === undefined ? undefined : cachedFields.parse(JSON.parse(stored));
  if (!cache || !fresh(cache)) {
    const list = (await listFields(jira)).filter((f) => f.custom === true);
    cache = {
      at: now,
      list: list.map((f) => ({ id: f.id, name: f.name, ...(f.schema?.custom ? { type: f.schema.custom } : {}) })),
    };
    await setSiteValue('fields', JSON.stringify(cache));
  }
  return cache;
}

export async function fieldNames(jira: JiraClient, doc: ConfigDoc, now: number): Promise<FieldNames> {
  const wanted = referencedFields(doc).filter((n) => !(STANDARD_FIELDS as readonly string[]).includes(n.toLowerCase()));
  const unresolved = wanted.filter((n) => doc.resolved.fields[n] === undefined);
  const cache = await fieldList(
    jira,
    now,
    (c) => now - c.at <= DAY && !(unresolved.some((n) => !c.list.some((f) => f.name === n)) && now - c.at > MINUTE),
  );
  const idsByName = new Map<string, readonly string[]>();
  for (const n of wanted) {
    const ids =
      doc.resolved.fields[n] ??
      cache.list
        .filter((x) => x.name === n)
        .map((x) => x.id)
        .slice(0, 1);
    if (ids.length > 0) idsByName.set(n, ids);
  }
  const nameById = new Map<string, string>();
  for (const [n, ids] of idsByName) for (const id of ids) nameById.set(id, n);
  const participantsField = cache.list.find((f) => f.type === PARTICIPANTS)?.id ?? null;
  return { idsByName, nameById, participantsField };
}

/** Jira's category of every status by id. Read again when a day old, or when an issue names a status id
 * not yet known (a status added since), at most once a minute. */
export async function statusCategories(
  jira: JiraClient,
  now: number,
  mustKnow: readonly string[] = [],
): Promise<ReadonlyMap<string, StatusCategory>> {
  const stored = await siteValue('statuses');
  let cache = stored === undefined ? undefined : cachedStatuses.parse(JSON.parse(stored));
  const missing = cache !== undefined && mustKnow.some((id) => cache!.categories[id] === undefined);
  if (!cache || now - cache.at > DAY || (missing && now - cache.at > MINUTE)) {
    const categories: Record<string, StatusCategory> = {};
    for (const s of await statuses(jira)) categories[s.id] = categoryOfKey(s.statusCategory?.key);
    cache = { at: now, categories };
    await setSiteValue('statuses', JSON.stringify(cache));
  }
  return new Map(Object.entries(cache.categories));
}

export async function appAccountId(jira: JiraClient): Promise<string> {
  const stored = await siteValue('appAccount');
  if (stored !== undefined) return stored;
  const id = (await myself(jira)).accountId;
  await setSiteValue('appAccount', id);
  return id;
}
