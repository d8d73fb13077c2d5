// The draft's scope JQL applied to the issues the preview found, as Jira runs it: one search per 1,000
// ids. A query Jira refuses is the draft's mistake, answered with Jira's reason.

import { searchIds } from '../platform/jira/api';
import { JiraError, type JiraClient } from '../platform/jira/client';

const IDS_PER_SEARCH = 1000;

export async function narrowByJql(
  jira: JiraClient,
  ids: readonly string[],
  jql: string,
): Promise<{ readonly ok: true; readonly ids: string[] } | { readonly ok: false; readonly message: string }> {
  const kept = new Set<string>();
  try {
    for (let i = 0; i < ids.length; i += IDS_PER_SEARCH)
      for await (const page of searchIds(jira, `id in (${ids.slice(i, i + IDS_PER_SEARCH).join(', ')}) AND (${jql})`))
        for (const id of page) kept.add(id);
  } catch (e) {
    if (e instanceof JiraError && e.status === 400) return { ok: false, message: e.detail };
    throw e;
  }
  return { ok: true, ids: ids.filter((id) => kept.has(id)) };
}
