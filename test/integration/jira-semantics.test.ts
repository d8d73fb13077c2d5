// Jira's semantics, not ours: a JSM service desk whose statuses the configuration never names, agents by
// role (never an automation account or a request participant), notifications only to recipients Jira
// accepts, comments restricted outside service desks, issues created and linked in two claimed steps, a
// 503 on a create never repeated, problems that close.

import { activateTemplate } from '../../sandbox/demo/activate';
import { addServiceProject, requestParticipants } from '../../sandbox/jira/jsm';
import type { Issue } from '../../sandbox/jira/site';
import { commentTexts, fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T10:00:00+08:00'); // a Monday
const MIN = 60_000;
const HOUR = 60 * MIN;
const BOT = 'u-automation';
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
  addServiceProject(sb.site, {
    key: 'SD',
    name: 'Customer service desk',
    agents: [PEOPLE.agent],
    apps: [{ accountId: BOT, displayName: 'Automation for Jira' }],
    developers: [PEOPLE.expert],
  });
  await activateTemplate(sb.host, sb.site, ['SUP', 'SD', 'RD']);
}, 180_000);
afterAll(async () => sb.stop());

const rows = async (query: string, params: unknown[] = []) =>
  ((await sb.db.execute({ query, params }, 'dml')).body as { rows: Array<Record<string, unknown>> }).rows;
const doc = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const goal = (i: Issue, id: string) =>
  (itr(i)['goals'] as Record<string, { state: string; cycles: Array<{ state: string }> }>)[id]!;
const actions = (i: Issue) =>
  rows('SELECT action_key, status, detail FROM itr_action WHERE issue_id = ? ORDER BY action_key', [i.id]);

/** Moves the clock a sweep at a time (up to a week) until `done` holds. */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 7 * 24 * 12 && !(await done()); i++) await sb.host.advance(5 * MIN);
  expect(await done()).toBe(true);
}

function raise(
  project: string,
  issuetype: string,
  summary: string,
  extra: Partial<Parameters<typeof sb.site.createIssue>[0]> = {},
) {
  return sb.site.createIssue(
    {
      project,
      issuetype,
      summary,
      reporter: PEOPLE.reporter,
      components: ['Printer'],
      custom: { [fieldId(sb.site, 'Impact')]: 'Moderate / Limited', [fieldId(sb.site, 'Urgency')]: 'Medium' },
      ...extra,
    },
    PEOPLE.reporter,
  );
}

test('an issue closed in a status the configuration never names (JSM "Completed") is met, not breached', async () => {
  const { site, host } = sb;
  const issue = raise('SD', 'Incident', 'Printer on floor 3 prints blank pages');
  await host.settle();
  expect(issue.status).toBe('Waiting for support');
  site.comment(issue, PEOPLE.agent, doc('Looking into it'), null);
  await host.advance(HOUR);
  site.update(issue, { status: 'Completed', resolution: 'Done' }, PEOPLE.agent);
  await host.settle();
  const comments = issue.comments.length;
  await host.advance(5 * 24 * HOUR); // long past every target
  expect(itr(issue)).toMatchObject({ slaState: 'met' });
  expect(goal(issue, 'resolution').state).toBe('met');
  expect(issue.comments.length).toBe(comments); // no escalation after it closed
  expect(issue.labels).toEqual([]);
});

test("an automation account's comment and a request participant's are no first response; an agent's is", async () => {
  const { site, host } = sb;
  const participants = requestParticipants(site);
  const issue = raise('SD', 'Incident', 'Scanner offline', { custom: { [participants.id]: [PEOPLE.expert] } });
  await host.settle();
  site.comment(issue, BOT, doc('Thanks, your request was received.'), null);
  site.comment(issue, PEOPLE.expert, doc('Same here on floor 2'), null);
  await host.settle();
  expect(goal(issue, 'firstResponse').state).toBe('running');
  site.comment(issue, PEOPLE.agent, doc('On my way'), null);
  await host.settle();
  expect(goal(issue, 'firstResponse').state).toBe('met');
});

test('an unassigned issue: its notifications leave the assignee out (Jira would refuse them) and say so', async () => {
  const { host, site } = sb;
  const issue = raise('SUP', 'Incident', 'Printer jam in the finance office');
  await host.settle();
  await until(async () => (await actions(issue)).some((a) => String(a['action_key']).includes(':50')));
  const notify = (await actions(issue)).filter((a) => String(a['action_key']).includes(':50'));
  expect(notify.length).toBeGreaterThan(0);
  expect(notify.every((a) => a['status'] !== 'claimed')).toBe(true);
  expect(String(notify.find((a) => String(a['detail']).includes('assignee'))?.['detail'])).toContain(
    'assignee (unassigned)',
  );
  expect(site.notifications.filter((n) => n.issue === issue.key && JSON.stringify(n.to).includes('assignee'))).toEqual(
    [],
  );
});

test('outside a service desk the app comments only for the configured role, or not at all', async () => {
  const { host, site } = sb;
  const bug = raise('RD', 'Task', 'Export crashes on empty report'); // a Bug in RD is the app's own IPD issue
  await host.settle();
  await until(async () => (await actions(bug)).some((a) => String(a['action_key']).includes(':100')));
  expect(commentTexts(bug)).toEqual([]);
  expect((await actions(bug)).some((a) => String(a['detail']).startsWith('not posted: outside a service desk'))).toBe(
    true,
  );

  await activateTemplate(host, site, ['SUP', 'SD', 'RD'], (c) => ({ ...c, commentRole: 'Developers' }));
  const next = raise('RD', 'Task', 'Import drops the last row');
  await host.settle();
  await until(() => Promise.resolve(next.comments.length > 0));
  expect(next.comments.every((c) => c.visibility?.type === 'role' && c.visibility.value === 'Developers')).toBe(true);
});

test('a 503 on creating the R&D issue is not repeated: the issue is found by its marker and linked once', async () => {
  const { host, site } = sb;
  const fault = {
    template: '/rest/api/3/issue',
    method: 'POST',
    status: 503 as const,
    times: 1,
    when: 'after' as const,
  };
  const issue = raise('SUP', 'Incident', 'ERP 报错:凭证无法过账', { components: ['ERP'] });
  await host.settle();
  site.update(
    issue,
    { status: 'Resolved', resolution: 'Fixed', [fieldId(site, 'Root cause')]: 'Product defect' },
    PEOPLE.agent,
  );
  host.jira.faults.push(fault);
  await host.settle();
  expect(fault.times).toBe(0);
  const rd = () => [...site.issues.values()].filter((i) => i.project === 'RD' && i.summary.includes(issue.key));
  expect(rd()).toHaveLength(1); // Jira created it before the 503
  await host.advance(20 * MIN); // past the claim's lease: the sweep finds it by its marker and links it
  expect(rd()).toHaveLength(1);
  expect(rd()[0]!.properties.get('itrCreated')).toMatchObject({ marker: expect.stringMatching(/^itr-/) as unknown });
  expect(site.links.filter((l) => l.outward === rd()[0]!.id && l.inward === issue.id)).toHaveLength(1);
  expect(itr(issue)['links']).toMatchObject({ ipd: rd()[0]!.key });
});

test('a problem closes in the app when Jira closes it: incidents then join only open problems', async () => {
  const { host, site } = sb;
  const incidents = [1, 2, 3].map((n) =>
    raise('SUP', 'Incident', `Network down on floor ${n}`, { components: ['Network'] }),
  );
  await host.settle();
  const problem = [...site.issues.values()].find((i) => i.project === 'PRB' && i.issuetype === 'Problem');
  expect(problem).toBeDefined();
  expect(incidents.every((i) => site.links.some((l) => l.outward === problem!.id && l.inward === i.id))).toBe(true);
  expect(await rows('SELECT closed_at FROM itr_problem WHERE problem_key = ?', [problem!.key])).toEqual([
    { closed_at: null },
  ]);
  site.update(problem!, { status: 'Closed', resolution: 'Done' }, PEOPLE.expert);
  await host.settle();
  expect(await rows('SELECT closed_at FROM itr_problem WHERE problem_key = ?', [problem!.key])).toEqual([
    { closed_at: host.now() },
  ]);
  const later = raise('SUP', 'Incident', 'Network down again', { components: ['Network'] });
  await host.settle();
  expect(site.links.some((l) => l.outward === problem!.id && l.inward === later.id)).toBe(false);
});

test('every comment counts, beyond the latest 100 Jira inlines with the issue', async () => {
  const { host, site } = sb;
  const issue = raise('SD', 'Incident', 'Label printer offline');
  await host.settle();
  site.comment(issue, PEOPLE.agent, doc('Replaced the driver'), null);
  for (let n = 0; n < 120; n++) site.comment(issue, PEOPLE.reporter, doc(`still broken (${n})`), null);
  host.forgetPendingEvents(); // only the last event arrives: the agent's reply is not among the latest 100
  site.comment(issue, PEOPLE.reporter, doc('any news?'), null);
  await host.settle();
  expect(goal(issue, 'firstResponse').state).toBe('met');
});
