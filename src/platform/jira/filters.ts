// Saved filters, read as the viewer: one by id (Jira answers 400 for a filter the caller may not see, or
// one that does not exist), and those whose name matches, for an edit view's picker.

import { route } from '@forge/api';
import { z } from 'zod';
import { JiraError, type JiraClient } from './client';

const filter = z.looseObject({ id: z.string(), name: z.string(), jql: z.string().optional() });
const filterPage = z.looseObject({ values: z.array(filter), isLast: z.boolean().optional() });

export interface SavedFilter {
  readonly id: string;
  readonly name: string;
  readonly jql: string;
}

/** The filter with its JQL, or null when the caller may not see it (or it is gone). */
export async function filterById(jira: JiraClient, id: string): Promise<SavedFilter | null> {
  try {
    const f = await jira.call(route`/rest/api/3/filter/${id}`, {}, filter);
    return { id: f.id, name: f.name, jql: f.jql ?? '' };
  } catch (e) {
    if (e instanceof JiraError && (e.status === 400 || e.status === 404)) return null;
    throw e;
  }
}

/** Up to `max` filters the caller may see whose names hold `name`, by name. */
export async function filtersNamed(
  jira: JiraClient,
  name: string,
  max: number,
): Promise<Array<{ id: string; name: string }>> {
  const q = new URLSearchParams([
    ['filterName', name],
    ['maxResults', String(max)],
    ['orderBy', 'name'],
  ]);
  const page = await jira.call(route`/rest/api/3/filter/search?${q}`, {}, filterPage);
  return page.values.map((f) => ({ id: f.id, name: f.name }));
}
