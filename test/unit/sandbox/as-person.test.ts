// A person's request through the sandbox's web UI (JiraEmulator.asPerson) meets the same spec checks,
// routes and refusals as one over HTTP, outside the app's counters; and what an open issue page polls
// (its fingerprint and last change) moves with comments, history and the app's property.

import { PEOPLE, SITE_SEED } from '../../../sandbox/demo/site-seed';
import { readManifest } from '../../../sandbox/forge/manifest';
import { JiraEmulator } from '../../../sandbox/jira/server';
import { Site } from '../../../sandbox/jira/site';
import { lastChange, version } from '../../../sandbox/ui/changes';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');

function emulator() {
  const clock = { now: T0 };
  const site = new Site(SITE_SEED, () => (clock.now += 60_000));
  const wiring = readManifest();
  const jira = new JiraEmulator(site, { indexed: wiring.indexed, aliases: wiring.aliases });
  const issue = site.createIssue(
    { project: 'SUP', issuetype: 'Incident', summary: 'ERP down', reporter: PEOPLE.reporter },
    PEOPLE.reporter,
  );
  return { site, jira, issue };
}

it('acts as the person, with their permissions and Jira’s wording, and counts nothing as the app’s', () => {
  const { jira, issue, site } = emulator();
  const events: Array<string | null> = [];
  site.onEvent = (e) => events.push(e.by);
  const path = `/rest/api/3/issue/${issue.key}`;
  expect(jira.asPerson(PEOPLE.viewer, 'PUT', path, { fields: { assignee: { accountId: PEOPLE.agent } } })).toEqual({
    status: 403,
    body: { errorMessages: ['You do not have permission to edit issues in this project.'], errors: {} },
  });
  expect(jira.asPerson(PEOPLE.agent, 'PUT', path, { fields: { assignee: { accountId: PEOPLE.agent } } }).status).toBe(
    204,
  );
  expect([issue.assignee, events]).toEqual([PEOPLE.agent, [PEOPLE.agent]]);
  const bad = jira.asPerson(PEOPLE.agent, 'GET', '/rest/api/3/search/jql?jql=itrSlaState%20%3D');
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toContain('Error in the JQL Query');
  expect(jira.asPerson(PEOPLE.agent, 'GET', '/rest/api/3/no-such-route').status).toBe(404);
  expect(jira.counters.total).toBe(0);
});

it('an open page’s fingerprint moves with history, comments and the app’s property; the last change names its kind', () => {
  const { site, issue } = emulator();
  const seen = new Set([version(issue)]);
  site.update(issue, { status: 'In Progress' }, PEOPLE.agent);
  expect(lastChange(issue)).toEqual({ changeType: 'updated', atlassianId: PEOPLE.agent });
  seen.add(version(issue));
  site.comment(issue, PEOPLE.expert, { type: 'doc', version: 1, content: [] }, null);
  expect(lastChange(issue)).toEqual({ changeType: 'commented', atlassianId: PEOPLE.expert });
  seen.add(version(issue));
  site.setProperty(issue, 'itr', { slaState: 'paused' });
  seen.add(version(issue));
  expect(seen.size).toBe(4);
  expect(version(issue)).toBe(version(issue));
});
