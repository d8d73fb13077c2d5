// The emulator refuses what Jira's spec says Jira refuses, with Jira's errorMessages/errors body: a
// notification to a recipient Jira cannot resolve, an unknown link type, an issue type the project does
// not offer, a field off the screen, an unknown group; and a test may tolerate one while the app is fixed.

import { PEOPLE } from '../../../sandbox/demo/site-seed';
import { addServiceProject } from '../../../sandbox/jira/jsm';
import { startEmulator, type Emulated } from '../../support/emulator';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');
let jira: Emulated;

beforeAll(async () => {
  jira = await startEmulator(T0);
  addServiceProject(jira.site, { key: 'HELP', name: 'Help desk', agents: [PEOPLE.agent] });
});
afterAll(async () => jira.stop());

const issue = (project = 'SUP') =>
  jira.site.createIssue(
    { project, issuetype: 'Incident', summary: 'VPN down', reporter: PEOPLE.reporter },
    PEOPLE.reporter,
  );
const notify = (key: string, to: unknown) =>
  jira.call('POST', `/rest/api/3/issue/${key}/notify`, { subject: 'SLA', textBody: 'SLA', to });

describe('POST /issue/{key}/notify', () => {
  it('refuses the assignee of an unassigned issue, and sends once someone is assigned', async () => {
    const i = issue();
    expect(await notify(i.key, { assignee: true, reporter: true })).toEqual({
      status: 400,
      body: { errorMessages: [], errors: { to: 'The recipient is invalid: assignee (the issue is unassigned).' } },
      location: null,
    });
    expect(jira.site.notifications).toEqual([]);
    jira.site.update(i, { assignee: PEOPLE.agent }, PEOPLE.agent);
    expect((await notify(i.key, { assignee: true })).status).toBe(204);
  });

  it('refuses an account Jira does not know, and a group it does not know', async () => {
    const i = issue();
    const user = await notify(i.key, { users: [{ accountId: '5b10ac8d82e05b22cc7d4ef5' }] });
    expect(user.status).toBe(400);
    expect(user.body).toMatchObject({ errors: { to: expect.stringContaining('5b10ac8d82e05b22cc7d4ef5') as unknown } });
    const group = await notify(i.key, { groups: [{ name: 'no-such-group' }] });
    expect(group).toMatchObject({ status: 400, body: { errors: { to: 'Group(s) no-such-group do not exist.' } } });
  });

  it('sends what it refuses when a test tolerates it', async () => {
    jira.site.tolerate.add('notify-unresolvable-recipient');
    try {
      expect((await notify(issue().key, { assignee: true })).status).toBe(204);
    } finally {
      jira.site.tolerate.delete('notify-unresolvable-recipient');
    }
  });
});

it('POST /issueLink answers 404 for a link type Jira does not know, as the spec documents', async () => {
  const [a, b] = [issue(), issue()];
  const answer = await jira.call('POST', '/rest/api/3/issueLink', {
    type: { name: 'Duplicates' },
    inwardIssue: { key: a.key },
    outwardIssue: { key: b.key },
  });
  expect(answer).toMatchObject({
    status: 404,
    body: { errorMessages: ["No issue link type with name 'Duplicates' found."] },
  });
  expect(jira.site.links).toEqual([]);
});

describe('POST /issue', () => {
  const create = (fields: Record<string, unknown>) =>
    jira.call('POST', '/rest/api/3/issue', { fields: { summary: 'Printer jam', ...fields } }, PEOPLE.agent);

  it('refuses an issue type the project does not offer', async () => {
    const answer = await create({ project: { key: 'HELP' }, issuetype: { name: 'Bug' } });
    expect(answer).toMatchObject({
      status: 400,
      body: { errorMessages: [], errors: { issuetype: 'The issue type selected is invalid.' } },
    });
    expect((await create({ project: { key: 'HELP' }, issuetype: { name: 'Incident' } })).status).toBe(201);
  });

  it('keeps a due date and answers it back; refuses one that is not a day', async () => {
    const made = await create({ project: { key: 'SUP' }, issuetype: { name: 'Task' }, duedate: '2026-03-13' });
    expect(made.status).toBe(201);
    const key = (made.body as { key: string }).key;
    const read = await jira.call('GET', `/rest/api/3/issue/${key}?fields=duedate`);
    expect(read.body).toMatchObject({ fields: { duedate: '2026-03-13' } });
    expect(await create({ project: { key: 'SUP' }, issuetype: { name: 'Task' }, duedate: '2026-02-30' })).toMatchObject(
      {
        status: 400,
        body: { errors: { duedate: 'Error parsing date string: 2026-02-30' } },
      },
    );
  });

  it('refuses a field off the project screen, or unknown', async () => {
    const project = jira.site.projects.get('PRB')!;
    jira.site.projects.set('PRB', { ...project, screen: new Set(['summary', 'description', 'labels']) });
    try {
      const offScreen = await create({
        project: { key: 'PRB' },
        issuetype: { name: 'Problem' },
        priority: { name: 'High' },
      });
      expect(offScreen).toMatchObject({
        status: 400,
        body: {
          errors: { priority: "Field 'priority' cannot be set. It is not on the appropriate screen, or unknown." },
        },
      });
      const unknown = await create({
        project: { key: 'SUP' },
        issuetype: { name: 'Incident' },
        customfield_99999: 'x',
      });
      expect(unknown).toMatchObject({
        status: 400,
        body: { errors: { customfield_99999: expect.any(String) as unknown } },
      });
      const prb = jira.site.createIssue(
        { project: 'PRB', issuetype: 'Problem', summary: 'Root cause', reporter: PEOPLE.agent },
        PEOPLE.agent,
      );
      const edit = await jira.call('PUT', `/rest/api/3/issue/${prb.key}`, { fields: { priority: { name: 'Low' } } });
      expect(edit.status).toBe(400);
      expect(prb.priority).toBe('Medium');
    } finally {
      jira.site.projects.set('PRB', project);
    }
  });
});
