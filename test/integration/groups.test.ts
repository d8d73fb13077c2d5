// Rules that read Jira groups: classification by the reporter's groups, OLA tiers by the assignee's
// groups. The app reads memberships only when a rule uses them, and once a day per user.

import { ITR_TEMPLATE, type ConfigInput } from '../../src/domain/config';
import { itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
}, 180_000);
afterAll(async () => sb.stop());

/** The Jira group that stands for each support tier on the sandbox site. */
const TIER_GROUPS: Record<string, string> = {
  L1: 'support-l1',
  L2: 'support-l2',
  L3: 'support-l3',
  supplier: 'supplier-liaison',
};

const activate = async (config: ConfigInput) =>
  (await sb.host.resolve('adminResolver', 'itr-admin', 'admin.activateConfig', { config }, { accountId: PEOPLE.admin }))
    .result;

function byGroups(): ConfigInput {
  const c = structuredClone(ITR_TEMPLATE);
  c.scope = { projects: [sb.site.projects.get('SUP')!.id] };
  c.classification.rules.unshift({
    id: 'customer-requests',
    when: { reporterGroups: ['customers'], issueTypes: ['Service request'] },
    serviceType: 'nonTechnical',
  });
  c.ola.source = { assigneeGroups: true };
  c.ola.tiers = c.ola.tiers.map((t) => ({ ...t, values: [TIER_GROUPS[t.id] ?? t.id] }));
  return c;
}

test('without group rules the app reads no group', async () => {
  const issue = sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Service request',
      summary: 'how to reset my password',
      reporter: PEOPLE.reporter,
      assignee: PEOPLE.agent,
    },
    PEOPLE.reporter,
  );
  await sb.host.settle();
  expect(itr(issue)).toMatchObject({ serviceType: 'softwareOperation', tier: null });
  expect(sb.host.jira.counters.calls.get('GET /rest/api/3/user/groups')).toBeUndefined();
});

test("with them: the reporter's groups classify, the assignee's groups give the tier, a day's cache", async () => {
  const { site, host } = sb;
  expect(await activate(byGroups())).toMatchObject({ ok: true, data: { version: 3 } });
  const issue = site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Service request',
      summary: 'how to reset my password',
      reporter: PEOPLE.reporter,
      assignee: PEOPLE.agent,
    },
    PEOPLE.reporter,
  );
  await host.settle();
  expect(itr(issue)).toMatchObject({ serviceType: 'nonTechnical', tier: 'L1' });
  site.update(issue, { assignee: PEOPLE.expert }, PEOPLE.agent);
  await host.settle();
  expect(itr(issue)).toMatchObject({ tier: 'L2' });
  // reporter, agent and expert: each read once, whatever the number of evaluations since.
  expect(host.jira.counters.calls.get('GET /rest/api/3/user/groups')).toBe(3);
});

test('a service owned by a person is notified as a user, not as a group', async () => {
  const { site, host } = sb;
  const owner = '5b10ac8d82e05b22cc7d4ef5';
  site.users.set(owner, { accountId: owner, displayName: 'ERP service owner', groups: [], browse: ['*'], edit: [] });
  const c = byGroups();
  c.services = c.services.map((s) => (s.id === 'erp' ? { ...s, owner } : s));
  expect(await activate(c)).toMatchObject({ ok: true });
  const field = (n: string) => site.field(n)!.id;
  const issue = site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: 'ERP 系统无法登录 / ERP login fails',
      reporter: PEOPLE.reporter,
      components: ['ERP'],
      custom: { [field('Impact')]: 'Extensive / Widespread', [field('Urgency')]: 'Critical' },
    },
    PEOPLE.reporter,
  );
  await host.settle();
  expect(itr(issue)).toMatchObject({ grade: 'P1', service: 'erp' });
  await host.advance(20 * 60_000); // P1 first response: 15 minutes, around the clock
  const breach = site.notifications.find((n) => n.issue === issue.key && n.subject.endsWith('is breached.'));
  expect(breach?.to).toEqual({ users: [{ accountId: owner }], groups: [{ groupId: 'g-service-managers' }] });
});

test('a group deleted since activation does not silence the notification for the people Jira can reach', async () => {
  const { site, host, db } = sb;
  const c = byGroups();
  c.services = c.services.map((s) => (s.id === 'erp' ? { ...s, owner: 'erp-service-owners' } : s));
  expect(await activate(c)).toMatchObject({ ok: true });
  site.groups.delete('erp-service-owners'); // an admin removed it from the site afterwards
  const field = (n: string) => site.field(n)!.id;
  const issue = site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: 'ERP 系统无法登录 / ERP login fails',
      reporter: PEOPLE.reporter,
      assignee: PEOPLE.agent,
      components: ['ERP'],
      custom: { [field('Impact')]: 'Extensive / Widespread', [field('Urgency')]: 'Critical' },
    },
    PEOPLE.reporter,
  );
  await host.settle();
  await host.advance(20 * 60_000);
  const breach = site.notifications.filter((n) => n.issue === issue.key && n.subject.endsWith('is breached.'));
  expect(breach.map((n) => n.to)).toEqual([{ assignee: true }]);
  const rows = (
    await db.execute(
      { query: "SELECT detail FROM itr_action WHERE issue_id = ? AND action_key LIKE '%:100:0'", params: [issue.id] },
      'dml',
    )
  ).body as { rows: Array<{ detail: string }> };
  expect(rows.rows.map((r) => r.detail)).toEqual([expect.stringContaining('erp-service-owners') as unknown]);
});
