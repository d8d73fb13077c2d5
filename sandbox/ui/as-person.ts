// What a person does through Jira's pages, done through the emulator's own routes as that person: Jira's
// permission checks and error wording apply (a viewer without Edit is refused as Jira refuses), the site
// announces the change to the app's triggers, and the host settles before the page is shown again.

import { adfFromText } from '../../src/app/adf';
import type { ForgeHost } from '../forge/host';
import type { JiraReply } from '../jira/routes/types';
import { creatableFields } from './create-page';
import type { Row, SearchOutcome } from './issues-page';

const PAGE = 50;

/** Jira's error answer as the sentences it shows. */
function refusal(reply: JiraReply): string | null {
  if (reply.status < 400) return null;
  const b = (reply.body ?? {}) as { errorMessages?: string[]; errors?: Record<string, string> };
  return [...(b.errorMessages ?? []), ...Object.values(b.errors ?? {})].join(' ') || `HTTP ${reply.status}`;
}

export function search(host: ForgeHost, account: string, jql: string, after: string | null): SearchOutcome {
  const q = new URLSearchParams({
    jql,
    maxResults: String(PAGE),
    fields: 'summary,status,assignee',
    properties: 'itr',
  });
  if (after) q.set('nextPageToken', after);
  const found = host.jira.asPerson(account, 'GET', `/rest/api/3/search/jql?${q.toString()}`);
  const refused = refusal(found);
  if (refused !== null) return { ok: false, errors: [refused] };
  const count = host.jira.asPerson(account, 'POST', '/rest/api/3/search/approximate-count', { jql });
  const body = found.body as { issues: Row[]; nextPageToken?: string };
  return {
    ok: true,
    rows: body.issues,
    total: (count.body as { count: number }).count,
    next: body.nextPageToken ?? null,
  };
}

async function act(host: ForgeHost, reply: JiraReply): Promise<string | null> {
  await host.settle();
  return refusal(reply);
}

export async function transition(
  host: ForgeHost,
  account: string,
  key: string,
  status: string,
): Promise<string | null> {
  const path = `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`;
  const offered = host.jira.asPerson(account, 'GET', path);
  if (refusal(offered) !== null) return refusal(offered);
  const to = (offered.body as { transitions: Array<{ id: string; name: string }> }).transitions.find(
    (x) => x.name === status,
  );
  if (!to)
    return host.site.issue(key)?.status === status ? null : `Transition to '${status}' is not valid for this issue.`;
  return act(host, host.jira.asPerson(account, 'POST', path, { transition: { id: to.id } }));
}

export async function assign(host: ForgeHost, account: string, key: string, assignee: string): Promise<string | null> {
  const fields = { assignee: assignee === '' ? null : { accountId: assignee } };
  return act(host, host.jira.asPerson(account, 'PUT', `/rest/api/3/issue/${encodeURIComponent(key)}`, { fields }));
}

export async function comment(host: ForgeHost, account: string, key: string, text: string): Promise<string | null> {
  if (text.trim() === '') return 'Comment body can not be empty!';
  const path = `/rest/api/3/issue/${encodeURIComponent(key)}/comment`;
  return act(host, host.jira.asPerson(account, 'POST', path, { body: adfFromText(text) }));
}

/** Creates an issue from the Create form: the new key, or Jira's refusal. */
export async function create(
  host: ForgeHost,
  account: string,
  form: URLSearchParams,
): Promise<{ key: string } | { refusal: string }> {
  const text = (name: string) => (form.get(name) ?? '').trim();
  const components = text('components')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const custom = creatableFields(host.site).flatMap((f) => {
    const value = text(f.id);
    if (value === '') return [];
    return [[f.id, f.kind === 'option' ? { value } : value] as const];
  });
  const fields = {
    project: { key: text('project') },
    issuetype: { name: text('issuetype') },
    summary: text('summary'),
    priority: { name: text('priority') },
    ...(text('description') === '' ? {} : { description: adfFromText(text('description')) }),
    ...(components.length === 0 ? {} : { components: components.map((name) => ({ name })) }),
    ...Object.fromEntries(custom),
  };
  const reply = host.jira.asPerson(account, 'POST', '/rest/api/3/issue', { fields });
  await host.settle();
  const refused = refusal(reply);
  return refused === null ? { key: (reply.body as { key: string }).key } : { refusal: refused };
}
