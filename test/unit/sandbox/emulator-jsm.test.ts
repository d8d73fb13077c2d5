// A JSM-shaped project in one call, as Jira's REST API describes it: project type service_desk, JSM's
// default statuses with their categories, the service desk roles and their members, customers and app
// accounts by accountType, request participants on a request, and status ids in changelogs.

import { PEOPLE } from '../../../sandbox/demo/site-seed';
import { addServiceProject, JSM_STATUSES, requestParticipants } from '../../../sandbox/jira/jsm';
import { startEmulator, type Emulated } from '../../support/emulator';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');
const CUSTOMER = 'qm:7c1d8a52-0b7e-4d44-9a51-2f1a3c9b0e11';
const BOT = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';
let jira: Emulated;

beforeAll(async () => {
  jira = await startEmulator(T0);
  addServiceProject(jira.site, {
    key: 'HELP',
    name: 'Help desk',
    agents: [PEOPLE.agent, PEOPLE.expert],
    admins: [PEOPLE.admin],
    customers: [{ accountId: CUSTOMER, displayName: 'Chen Jing (Acme)' }],
    apps: [{ accountId: BOT, displayName: 'Automation for Jira' }],
  });
});
afterAll(async () => jira.stop());

it('GET /project/{key} gives projectTypeKey service_desk and the issue types it offers', async () => {
  const { body } = await jira.call('GET', '/rest/api/3/project/HELP', undefined, PEOPLE.agent);
  expect(body).toMatchObject({ key: 'HELP', projectTypeKey: 'service_desk' });
  expect((body as { issueTypes: Array<{ name: string }> }).issueTypes.map((t) => t.name)).toEqual([
    'Service request',
    'Incident',
    'Problem',
    'Change',
  ]);
  expect((await jira.call('GET', '/rest/api/3/project/RD')).body).toMatchObject({ projectTypeKey: 'software' });
});

it('GET /project/{key}/role lists the JSM roles; /role/{id} names their members', async () => {
  const roles = (await jira.call('GET', '/rest/api/3/project/HELP/role')).body as Record<string, string>;
  expect(Object.keys(roles).sort()).toEqual([
    'Administrators',
    'Developers',
    'Service Desk Customers',
    'Service Desk Team',
  ]);
  const teamPath = new URL(roles['Service Desk Team']!).pathname;
  const team = (await jira.call('GET', teamPath)).body as {
    name: string;
    actors: Array<{ actorUser: { accountId: string } }>;
  };
  expect(team.name).toBe('Service Desk Team');
  expect(team.actors.map((a) => a.actorUser.accountId)).toEqual([PEOPLE.agent, PEOPLE.expert, BOT]);
  const customers = (await jira.call('GET', new URL(roles['Service Desk Customers']!).pathname)).body;
  expect(customers).toMatchObject({
    actors: [{ type: 'atlassian-user-role-actor', actorUser: { accountId: CUSTOMER } }],
  });
  expect((await jira.call('GET', '/rest/api/3/project/HELP/role/1')).status).toBe(404);
});

it('GET /user gives each account its type: atlassian, customer, app', async () => {
  const type = async (id: string) =>
    ((await jira.call('GET', `/rest/api/3/user?accountId=${encodeURIComponent(id)}`)).body as { accountType: string })
      .accountType;
  expect([await type(PEOPLE.agent), await type(CUSTOMER), await type(BOT)]).toEqual(['atlassian', 'customer', 'app']);
  expect((await jira.call('GET', '/rest/api/3/user?accountId=nobody')).status).toBe(404);
});

it('GET /status and /project/{key}/statuses give ids and status categories', async () => {
  const all = (await jira.call('GET', '/rest/api/3/status')).body as Array<{
    id: string;
    name: string;
    statusCategory: { key: string };
  }>;
  const category = Object.fromEntries(all.map((s) => [s.name, s.statusCategory.key]));
  for (const s of JSM_STATUSES) expect([s.name, category[s.name]]).toEqual([s.name, s.category]);
  const perType = (await jira.call('GET', '/rest/api/3/project/HELP/statuses')).body as Array<{
    name: string;
    statuses: Array<{ id: string; name: string }>;
  }>;
  expect(perType.map((t) => t.name)).toContain('Incident');
  expect(perType[0]!.statuses.map((s) => s.name)).toEqual(JSM_STATUSES.map((s) => s.name));
  expect(new Set(perType[0]!.statuses.map((s) => s.id)).size).toBe(JSM_STATUSES.length);
});

it('a request starts waiting for support, carries request participants, and its changelog has status ids', async () => {
  const participants = requestParticipants(jira.site);
  const created = await jira.call(
    'POST',
    '/rest/api/3/issue',
    {
      fields: {
        project: { key: 'HELP' },
        issuetype: { name: 'Service request' },
        summary: 'New laptop',
        [participants.id]: [{ accountId: CUSTOMER }, { accountId: PEOPLE.reporter }],
      },
    },
    PEOPLE.agent,
  );
  expect(created.status).toBe(201);
  const key = (created.body as { key: string }).key;
  const issue = jira.site.issue(key)!;
  expect(issue.status).toBe('Waiting for support');
  const bean = (await jira.call('GET', `/rest/api/3/issue/${key}?fields=${participants.id},status`)).body as {
    fields: Record<string, unknown>;
  };
  expect(bean.fields[participants.id]).toMatchObject([
    { accountId: CUSTOMER, accountType: 'customer' },
    { accountId: PEOPLE.reporter, accountType: 'atlassian' },
  ]);
  expect(bean.fields['status']).toMatchObject({ name: 'Waiting for support', statusCategory: { key: 'new' } });

  const transitions = (await jira.call('GET', `/rest/api/3/issue/${key}/transitions`)).body as {
    transitions: Array<{ id: string; to: { name: string } }>;
  };
  const escalate = transitions.transitions.find((t) => t.to.name === 'Escalated')!;
  expect(transitions.transitions.map((t) => t.to.name)).not.toContain('In Progress'); // not in JSM's workflow
  await jira.call('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: escalate.id } }, PEOPLE.agent);
  const status = issue.changelog.at(-1)!.items.find((i) => i.fieldId === 'status')!;
  expect(status).toMatchObject({
    from: jira.site.statuses.get('Waiting for support')!.id,
    fromString: 'Waiting for support',
    to: escalate.id,
    toString: 'Escalated',
  });
});
