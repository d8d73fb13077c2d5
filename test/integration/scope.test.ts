// Installed, the app does nothing until an admin activates a configuration with a scope; then it manages
// only the issues in scope, stops the clocks of those that leave it, and changes Jira only in the ways its
// effects switches allow.

import { activateTemplate } from '../../sandbox/demo/activate';
import { fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
}, 180_000);
afterAll(async () => sb.stop());

const rows = async (query: string, params: unknown[] = []) =>
  ((await sb.db.execute({ query, params }, 'dml')).body as { rows: Array<Record<string, unknown>> }).rows;

const incident = (project: string, issuetype: string, summary: string) =>
  sb.site.createIssue(
    {
      project,
      issuetype,
      summary,
      reporter: PEOPLE.reporter,
      priority: 'High',
      components: ['ERP'],
      custom: { [fieldId(sb.site, 'Impact')]: 'Significant / Large', [fieldId(sb.site, 'Urgency')]: 'High' },
    },
    PEOPLE.reporter,
  );

test('installed, the app evaluates nothing, stores nothing and writes nothing to Jira', async () => {
  const { host } = sb;
  const callsBefore = host.jira.counters.total;
  const issue = incident('SUP', 'Incident', 'ERP 系统无法登录 / ERP login fails');
  await host.settle();
  await host.advance(30 * 60_000); // six sweeps and an hourly reconciliation would have run
  expect(host.log.map((r) => r.outcome).every((o) => o === 'ok')).toBe(true);
  expect(host.log.filter((r) => r.handler === 'issueEvents')).toHaveLength(1);
  expect(host.jira.counters.total - callsBefore).toBe(0);
  expect(issue.properties.size).toBe(0);
  expect(issue.priority).toBe('High');
  expect(await rows('SELECT issue_id FROM itr_issue')).toEqual([]);
});

test('activated for the service desk: its open issues are evaluated; other projects are left alone', async () => {
  const { host, site } = sb;
  await activateTemplate(host, site, ['SUP']);
  expect(itr(site.issue('SUP-1')!)).toMatchObject({ serviceType: 'softwareFault', grade: 'P1' });
  // A Story with priority High in a software project: no reclassification, no priority reset, no sales lead.
  const story = incident('RD', 'Story', 'Please add an export button / 需要新增导出功能');
  await host.settle();
  await host.advance(5 * 24 * 3_600_000);
  expect(story.properties.size).toBe(0);
  expect(story.priority).toBe('High');
  expect(story.comments).toEqual([]);
  expect([...site.issues.values()].filter((i) => i.project === 'SALES')).toEqual([]);
  expect(await rows('SELECT issue_key FROM itr_issue WHERE issue_key = ?', [story.key])).toEqual([]);
});

test('the scope shrinks: the issues that left it stop their clocks and keep their history', async () => {
  const { host, site } = sb;
  const sup = site.issue('SUP-1')!;
  await activateTemplate(host, site, ['RD']);
  expect(itr(sup)).toMatchObject({ outOfScope: true, nextCheckAt: null, serviceType: 'softwareFault' });
  expect(await rows('SELECT in_scope, next_check_at FROM itr_issue WHERE issue_id = ?', [sup.id])).toEqual([
    { in_scope: 0, next_check_at: null },
  ]);
  const comments = sup.comments.length;
  await host.advance(3 * 24 * 3_600_000); // its thresholds would have fired
  expect(sup.comments.length).toBe(comments);
  // An event on it changes nothing either.
  site.comment(sup, PEOPLE.agent, { type: 'doc', version: 1, content: [] }, null);
  await host.settle();
  expect(itr(sup)).toMatchObject({ outOfScope: true });
});

test('effects are switches: with priority and comments off, neither is changed, and the skip is recorded', async () => {
  const { host, site } = sb;
  await activateTemplate(host, site, ['SUP'], (c) => ({
    ...c,
    effects: { ...c.effects, priority: false, comments: false },
  }));
  const issue = incident('SUP', 'Incident', 'ERP 报错:凭证无法过账 / ERP posting fails');
  await host.settle();
  await host.advance(8 * 3_600_000); // through the thresholds of a P1
  expect(itr(issue)).toMatchObject({ grade: 'P1' });
  expect(issue.priority).toBe('High');
  expect(issue.comments).toEqual([]);
  const skipped = await rows("SELECT action_key, detail FROM itr_action WHERE issue_id = ? AND status = 'skipped'", [
    issue.id,
  ]);
  expect(skipped.map((r) => r['detail'])).toEqual(
    expect.arrayContaining(['switched off: priority', 'switched off: comments']),
  );
  expect(site.notifications.filter((n) => n.issue === issue.key).length).toBeGreaterThan(0); // notifications stay on
});
