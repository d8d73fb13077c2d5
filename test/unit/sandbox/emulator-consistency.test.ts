// Jira is eventually consistent, and so is the emulator: a property written is found by search/jql (by
// path and by searchAlias) only `jqlLagMs` of host time later, and a bulk property write is a task that
// lands `taskDelayMs` later, reporting its progress until then.

import { PEOPLE } from '../../../sandbox/demo/site-seed';
import { startEmulator, type Emulated } from '../../support/emulator';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');
let jira: Emulated;

beforeAll(async () => {
  jira = await startEmulator(T0, { jqlLagMs: 5_000, taskDelayMs: 3_000 });
});
afterAll(async () => jira.stop());

const newIssue = () =>
  jira.site.createIssue(
    { project: 'SUP', issuetype: 'Incident', summary: 'Mail down', reporter: PEOPLE.reporter },
    PEOPLE.reporter,
  );
const found = async (jql: string) =>
  (
    (await jira.call('POST', '/rest/api/3/search/jql', { jql, fields: ['id'] })).body as {
      issues: Array<{ id: string }>;
    }
  ).issues.map((i) => i.id);

it('search/jql finds a property write only after the index lag, by path and by alias', async () => {
  const issue = newIssue();
  const id = String(issue.id);
  expect(
    (await jira.call('PUT', `/rest/api/3/issue/${id}/properties/itr`, { grade: 'P1', nextCheckAt: 100 })).status,
  ).toBe(201);
  expect(await found('itrGrade = P1')).toEqual([]);
  jira.advance(4_999);
  expect(await found('issue.property[itr].nextCheckAt <= 100')).toEqual([]);
  jira.advance(1);
  expect(await found('itrGrade = P1')).toEqual([id]);
  expect(await found('issue.property[itr].nextCheckAt <= 100')).toEqual([id]);

  // A rewrite: the old value is what JQL finds until the new one is indexed.
  await jira.call('PUT', `/rest/api/3/issue/${id}/properties/itr`, { grade: 'P2', nextCheckAt: 100 });
  expect(await found('itrGrade = P1')).toEqual([id]);
  jira.advance(5_000);
  expect(await found('itrGrade = P1')).toEqual([]);
  expect(await found('itrGrade = P2')).toEqual([id]);
});

it('properties/multi answers 303 to a task that runs, then completes and lands the properties', async () => {
  const [a, b] = [newIssue(), newIssue()];
  const post = await jira.call('POST', '/rest/api/3/issue/properties/multi', {
    issues: [
      { issueID: a.id, properties: { itr: { grade: 'P3' } } },
      { issueID: b.id, properties: { itr: { grade: 'P3' } } },
      { issueID: 99999, properties: { itr: { grade: 'P3' } } },
    ],
  });
  expect(post.status).toBe(303);
  const task = post.location!;
  expect(task).toMatch(/^\/rest\/api\/3\/task\/\d+$/);
  jira.advance(1_500);
  expect((await jira.call('GET', task)).body).toMatchObject({ status: 'RUNNING', progress: 50 });
  expect(a.properties.has('itr')).toBe(false);

  jira.advance(1_500);
  expect((await jira.call('GET', task)).body).toMatchObject({
    status: 'COMPLETE',
    progress: 100,
    result: { failed: [{ issueId: '99999' }] },
  });
  expect(a.properties.get('itr')).toEqual({ grade: 'P3' });
  expect(await found('itrGrade = P3')).toEqual([]); // landed now, indexed 5 s later
  jira.advance(5_000);
  expect((await found('itrGrade = P3')).sort()).toEqual([String(a.id), String(b.id)]);
});

it('a deleted property leaves JQL after the lag too', async () => {
  const issue = newIssue();
  await jira.call('PUT', `/rest/api/3/issue/${String(issue.id)}/properties/itr`, { tier: 'L3' });
  jira.advance(5_000);
  expect(await found('itrTier = L3')).toEqual([String(issue.id)]);
  expect((await jira.call('DELETE', `/rest/api/3/issue/${String(issue.id)}/properties/itr`)).status).toBe(204);
  expect(await found('itrTier = L3')).toEqual([String(issue.id)]);
  jira.advance(5_000);
  expect(await found('itrTier = L3')).toEqual([]);
});

it('adding a label the issue has changes nothing: no reordering, no history item, no event', async () => {
  const issue = newIssue();
  const edit = (label: string) =>
    jira.call('PUT', `/rest/api/3/issue/${String(issue.id)}`, { update: { labels: [{ add: label }] } });
  await edit('sla-at-risk');
  await edit('sla-breached');
  const histories = issue.changelog.length;
  expect((await edit('sla-at-risk')).status).toBe(204);
  expect(issue.labels).toEqual(['sla-at-risk', 'sla-breached']);
  expect(issue.changelog.length).toBe(histories);
});
