// The admin page's reads through the local host: the pickers' site options, who activated each version
// and one version whole, and the activity log with what Jira refused; admins only, and a malformed payload
// gets a specific error and writes nothing.

import type { ActivityPage, AdminConfigView, ConfigVersionView, SiteOptions } from '../../src/contract/admin';
import { ITR_TEMPLATE, type ConfigInput } from '../../src/domain/config';
import { fieldId, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
}, 180_000);
afterAll(async () => sb.stop());

const call = async (fn: string, payload: unknown, accountId: string = PEOPLE.admin) =>
  (await sb.host.resolve('adminResolver', 'itr-admin', `admin.${fn}`, payload, { accountId })).result as
    { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; path?: string } };

async function data<T>(fn: string, payload: unknown): Promise<T> {
  const r = await call(fn, payload);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as T;
}

const savedVersions = async () =>
  (
    (await sb.db.execute({ query: 'SELECT version FROM itr_config ORDER BY version', params: [] }, 'dml')).body as {
      rows: Array<{ version: number }>;
    }
  ).rows.map((r) => r.version);

/** The template for SUP, every grade mapped to a priority the site does not have: Jira refuses each edit. */
function badPriorities(): ConfigInput {
  const c = structuredClone(ITR_TEMPLATE);
  c.scope = { projects: [sb.site.projects.get('SUP')!.id] };
  for (const g of c.grading.grades) g.jiraPriority = 'Most urgent';
  return c;
}

test('site options: projects, statuses with categories, custom fields, link types and groups', async () => {
  const o = await data<SiteOptions>('siteOptions', {});
  expect(o.projects.find((p) => p.key === 'SUP')?.id).toBe(sb.site.projects.get('SUP')!.id);
  expect(o.projects.map((p) => p.key)).toEqual([...o.projects.map((p) => p.key)].sort());
  expect(o.statuses.find((st) => st.name === 'Resolved')?.category).toBe('done');
  expect(o.fields).toContainEqual({ id: fieldId(sb.site, 'Support tier'), name: 'Support tier' });
  expect(o.fields.every((f) => f.id.startsWith('customfield_'))).toBe(true);
  expect(o.linkTypes.map((l) => l.name)).toContain('Relates');
  expect(o.groups).toContainEqual({ groupId: 'g-jira-admins', name: 'jira-admins' });
});

test('a version records who activated it; one version comes back whole', async () => {
  await data('activateConfig', { config: badPriorities() });
  const view = await data<AdminConfigView>('getConfig', {});
  expect(view.versions.map((v) => [v.version, v.activatedBy, v.activatedByName])).toEqual([
    [1, null, null], // the default template, recorded as it was
    [2, PEOPLE.admin, 'Jira admin'],
  ]);
  const v2 = await data<ConfigVersionView>('version', { version: 2 });
  expect(v2).toMatchObject({
    version: 2,
    activatedBy: PEOPLE.admin,
    doc: { version: 2, scope: badPriorities().scope },
  });
  expect(await call('version', { version: 9 })).toEqual({
    ok: false,
    error: { code: 'notFound', message: 'There is no version 9.', path: 'version' },
  });
});

test('the activity log lists what the app did and what Jira refused, with Jira’s message; jobs with status', async () => {
  const issue = sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: 'VPN drops every hour',
      reporter: PEOPLE.reporter,
      custom: { [fieldId(sb.site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
  await sb.host.settle();
  const all = await data<ActivityPage>('activity', {});
  expect(all.actions.length).toBeGreaterThan(0);
  expect(all.actions.map((a) => a.at)).toEqual([...all.actions.map((a) => a.at)].sort((a, b) => b - a));
  const refused = all.actions.find((a) => a.outcome === 'refused');
  expect(refused).toMatchObject({ issueId: String(issue.id), issueKey: issue.key });
  expect(refused!.detail).toContain("Priority name 'Most urgent' is not valid.");
  expect(all.jobs[0]).toMatchObject({ kind: 'recalc', status: 'done' });

  const only = await data<ActivityPage>('activity', { refusedOnly: true });
  expect(only.actions.length).toBeGreaterThan(0);
  expect(only.actions.every((a) => a.outcome === 'refused')).toBe(true);
  expect(only.nextPage).toBeNull();
  expect((await data<ActivityPage>('activity', { page: 5 })).actions).toEqual([]);
});

test('the log pages newest first: a page of 25, then the next', async () => {
  const before = (await data<ActivityPage>('activity', {})).actions.length;
  const at = sb.host.now() + 60_000;
  for (let i = 0; i < 30; i++)
    await sb.db.execute(
      {
        query:
          "INSERT INTO itr_action (issue_id, action_key, status, detail, updated_at) VALUES (1, ?, 'done', NULL, ?)",
        params: [`paged:${i}`, at + i],
      },
      'dml',
    );
  const first = await data<ActivityPage>('activity', {});
  expect(first.actions.map((a) => a.action).slice(0, 3)).toEqual(['paged:29', 'paged:28', 'paged:27']);
  expect(first.actions).toHaveLength(25);
  expect(first.nextPage).toBe(1);
  const second = await data<ActivityPage>('activity', { page: 1 });
  expect(second.actions).toHaveLength(30 + before - 25);
  expect(second.actions[0]!.action).toBe('paged:4');
  expect(second.jobs).toEqual([]); // the jobs come with the newest page only
  expect(second.nextPage).toBeNull();
});

test('only Jira administrators may read them', async () => {
  for (const [fn, payload] of [
    ['siteOptions', {}],
    ['version', { version: 2 }],
    ['activity', {}],
  ] as const)
    expect(await call(fn, payload, PEOPLE.agent)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('a malformed payload gets a specific error, and nothing is written', async () => {
  const before = await savedVersions();
  expect(await call('siteOptions', { projects: 'all' })).toEqual({
    ok: false,
    error: { code: 'invalid', message: 'Unexpected projects in the payload.' },
  });
  expect(await call('version', { version: '2' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', message: 'version must be a version number', path: 'version' },
  });
  expect(await call('version', { version: 0 })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'version' },
  });
  expect(await call('activity', { page: -1 })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'page' } });
  expect(await call('activity', { refusedOnly: 'yes' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', message: 'refusedOnly must be true or false', path: 'refusedOnly' },
  });
  expect(await call('activateConfig', { config: badPriorities(), extra: 1 })).toMatchObject({
    ok: false,
    error: { code: 'invalid' },
  });
  expect(await savedVersions()).toEqual(before);
});
