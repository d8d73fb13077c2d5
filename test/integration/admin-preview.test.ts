// admin.previewConfig through the local host: a draft previewed on the issues in scope updated in the last
// 30 days, exactly as hand-checked, with nothing written to SQL or Jira and few Jira calls; bad drafts get
// their paths, bad payloads and non-admins are refused.

import type { PreviewReport } from '../../src/contract/admin-preview';
import { ITR_TEMPLATE, type ConfigInput } from '../../src/domain/config';
import type { Issue } from '../../sandbox/jira/site';
import { PREVIEW } from '../../src/app/preview';
import { passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T09:30:00+08:00'); // a Monday, office hours
const MIN = 60_000;
const DAY = 86_400_000;
let sb: Sandbox;
let recent: Issue[];

beforeAll(async () => {
  sb = await startSandbox(T0);
  // Open for 40 days and untouched since: outside the preview's 30 days.
  sb.site.createIssue(
    { project: 'SUP', issuetype: 'Service request', summary: 'Old request', reporter: PEOPLE.reporter },
    PEOPLE.reporter,
    T0 - 40 * DAY,
  );
  recent = [1, 2, 3].map((n) => passwordRequest(sb.site, n));
  await sb.host.advance(3 * 60 * MIN);
}, 180_000);
afterAll(async () => sb.stop());

type Answer =
  { ok: true; data: PreviewReport } | { ok: false; error: { code: string; message: string; issues?: unknown } };

async function preview(payload: unknown, accountId: string = PEOPLE.admin): Promise<Answer> {
  const rec = await sb.host.resolve('adminResolver', 'itr-admin', 'admin.previewConfig', payload, { accountId });
  if (rec.outcome !== 'ok') throw new Error(rec.error);
  return rec.result as Answer;
}

/** The document in force, as the admin page loads it. */
async function inForce(): Promise<ConfigInput> {
  const r = await sb.host.resolve('adminResolver', 'itr-admin', 'admin.getConfig', {}, { accountId: PEOPLE.admin });
  return structuredClone((r.result as { data: { active: { doc: ConfigInput } } }).data.active.doc);
}

/** Everything the app keeps: every row of its tables, and every issue's properties in Jira. */
async function everything(): Promise<string> {
  const tables = [
    'itr_issue',
    'itr_app_event',
    'itr_action',
    'itr_problem',
    'itr_config',
    'itr_job',
    'itr_site',
    'itr_lock',
    'itr_kpi_fact',
  ];
  const out: unknown[] = [];
  for (const t of tables)
    out.push(
      (
        (await sb.db.execute({ query: `SELECT * FROM ${t} ORDER BY 1, 2`, params: [] }, 'dml')).body as {
          rows: unknown;
        }
      ).rows,
    );
  out.push([...sb.site.issues.values()].map((i) => [i.key, i.updated, [...i.properties]]));
  return JSON.stringify(out);
}

test('a shorter resolution target shows the recent open issues breached, exactly, writing nothing', async () => {
  const draft = await inForce();
  draft.sla.policies.find((p) => p.id === 'p3')!.targets = { firstResponse: 120, resolution: 60 }; // password requests are P3
  const before = await everything();
  sb.host.jira.resetCounters();
  const r = await preview({ config: draft });
  if (!r.ok) throw new Error(r.error.message);
  const report = r.data;
  expect(report).toMatchObject({
    examined: 3,
    matched: 3,
    partial: false,
    changed: 3,
    breachesAdded: 3,
    breachesRemoved: 0,
    unpreviewedProjects: [],
    leavingScope: 0,
  });
  expect(report.issues.map((i) => i.key).sort()).toEqual(recent.map((i) => i.key).sort());
  for (const issue of report.issues) {
    expect(issue.goals).toEqual([
      // In force: 1,350 business minutes, three 7.5-hour office days; the draft's 60 end at 10:30.
      {
        goal: 'resolution',
        state: ['running', 'breached'],
        deadline: [T0 + 3 * DAY, T0 + 60 * MIN],
        targetMs: [1350 * MIN, 60 * MIN],
      },
    ]);
    expect(issue.breachesAdded).toBe(1);
    expect(Object.values(issue.newActions).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  }
  expect(report.actions).toEqual(
    Object.fromEntries(
      Object.keys(report.issues[0]!.newActions).map((k) => [k, 3 * report.issues[0]!.newActions[k as 'notify']!]),
    ),
  );
  // Reads only: the admin check, the scope's project keys.
  const calls = Object.fromEntries(sb.host.jira.counters.calls);
  expect(Object.keys(calls).every((c) => c.startsWith('GET '))).toBe(true);
  expect(sb.host.jira.counters.total).toBeLessThanOrEqual(3);
  expect(await everything()).toBe(before);
});

test("a rule on the reporter's groups reads them from Jira once per person and keeps nothing", async () => {
  const draft = await inForce();
  draft.classification.rules.unshift({
    id: 'customers-paperwork',
    when: { reporterGroups: ['customers'] },
    serviceType: 'nonTechnical',
  });
  const before = await everything();
  sb.host.jira.resetCounters();
  const r = await preview({ config: draft });
  if (!r.ok) throw new Error(r.error.message);
  expect(r.data).toMatchObject({ examined: 3, changed: 3 });
  for (const issue of r.data.issues) expect(issue.serviceType).toEqual(['softwareOperation', 'nonTechnical']);
  expect(sb.host.jira.counters.calls.get('GET /rest/api/3/user/groups')).toBe(1); // one reporter
  expect(await everything()).toBe(before); // the memberships read are not cached
});

test('the document in force previews as no change', async () => {
  const r = await preview({ config: await inForce() });
  expect(r).toMatchObject({ ok: true, data: { examined: 3, changed: 0, breachesAdded: 0, issues: [], actions: {} } });
});

test("a draft scope's JQL leaves issues out, and a project it adds is named as not previewed", async () => {
  const draft = await inForce();
  const rd = sb.site.projects.get('RD')!.id;
  draft.scope = { projects: [...(draft.scope?.projects ?? []), rd], jql: `key != ${recent[0]!.key}` };
  const r = await preview({ config: draft });
  expect(r).toMatchObject({
    ok: true,
    data: { examined: 2, leavingScope: 1, unpreviewedProjects: ['RD'], jqlChanged: false }, // none in force
  });
});

test('an invalid draft is answered with the paths of its problems', async () => {
  const unknownCalendar = await inForce();
  unknownCalendar.sla.policies[0]!.calendar = 'nowhere';
  const shape = await inForce();
  (shape.sla.policies[1]!.targets as { resolution: unknown }).resolution = 'soon';
  for (const [draft, path] of [
    [unknownCalendar, 'sla.policies[0].calendar'],
    [shape, 'sla.policies[1].targets.resolution'],
  ] as const) {
    const r = await preview({ config: draft });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path }] } });
    expect(!r.ok && r.error.message.startsWith(`${path}: `)).toBe(true);
  }
  expect(await preview({ config: [] })).toMatchObject({
    ok: false,
    error: { code: 'invalid', issues: [{ path: '', message: 'The configuration must be a JSON object.' }] },
  });
  const badJql = await inForce();
  badJql.scope = { projects: badJql.scope?.projects ?? [], jql: 'status = = Open' };
  expect(await preview({ config: badJql })).toMatchObject({
    ok: false,
    error: { code: 'invalid', issues: [{ path: 'scope.jql' }] },
  });
});

test('a malformed payload gets a specific error; only Jira administrators may preview', async () => {
  expect(await preview({ draft: ITR_TEMPLATE })).toEqual({
    ok: false,
    error: { code: 'invalid', message: 'Send { config: { … } }.' },
  });
  expect(await preview({ config: await inForce() }, PEOPLE.agent)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
});

describe('limits', () => {
  const saved = { ...PREVIEW };
  afterEach(() => Object.assign(PREVIEW, saved));

  test('past the cap, the newest issues are examined and the answer says how many matched', async () => {
    Object.assign(PREVIEW, { cap: 2 });
    const r = await preview({ config: await inForce() });
    expect(r).toMatchObject({ ok: true, data: { examined: 2, matched: 3, cap: 2, partial: false } });
  });

  test('out of time, the answer is partial and says so, rather than timing out', async () => {
    Object.assign(PREVIEW, { budgetMs: 0 });
    const r = await preview({ config: await inForce() });
    expect(r).toMatchObject({ ok: true, data: { examined: 0, matched: 3, partial: true } });
  });
});
