// Product events in the shape Forge's Jira events reference gives: eventType, issue (id, key, a few fields,
// users as {accountId}), atlassianId and associatedUsers, the changelog of an update (with fieldtype and
// fieldId), the comment of a comment event, and context (cloudId, moduleKey).

import { PEOPLE, SITE_SEED } from '../../../sandbox/demo/site-seed';
import { productEvent } from '../../../sandbox/forge/product-events';
import { Site, type SiteEvent } from '../../../sandbox/jira/site';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');
const context = { cloudId: 'c0ffee00-1d0c-4a11-9e5a-5a4db0c5e1e1', moduleKey: 'itr-issue-events' };

it('created, updated and commented events carry what Forge sends', () => {
  const site = new Site(SITE_SEED, () => T0);
  const events: Array<ReturnType<typeof productEvent>> = [];
  site.onEvent = (e) => events.push(productEvent(site, e, context)); // as the issue was then
  const issue = site.createIssue(
    { project: 'SUP', issuetype: 'Incident', summary: 'ERP down', reporter: PEOPLE.reporter },
    PEOPLE.reporter,
  );
  site.update(issue, { status: 'In Progress', [site.field('Support tier')!.id]: 'L2' }, PEOPLE.agent);
  site.comment(issue, PEOPLE.agent, { type: 'doc', version: 1, content: [] }, null);
  const [created, updated, commented] = events;

  expect(created).toEqual({
    eventType: 'avi:jira:created:issue',
    atlassianId: PEOPLE.reporter,
    associatedUsers: [{ accountId: PEOPLE.reporter }],
    context,
    issue: {
      id: String(issue.id),
      key: 'SUP-1',
      fields: expect.objectContaining({
        summary: 'ERP down',
        issuetype: { id: '1', name: 'Incident', subtask: false },
        creator: { accountId: PEOPLE.reporter },
        reporter: { accountId: PEOPLE.reporter },
        assignee: null,
        project: expect.objectContaining({ key: 'SUP', projectTypeKey: 'service_desk' }) as unknown,
        status: expect.objectContaining({
          name: 'Open',
          statusCategory: expect.objectContaining({ key: 'new' }) as unknown,
        }) as unknown,
      }) as unknown,
    },
  });
  expect(updated).toMatchObject({
    eventType: 'avi:jira:updated:issue',
    atlassianId: PEOPLE.agent,
    changelog: {
      items: [
        {
          field: 'status',
          fieldtype: 'jira',
          fieldId: 'status',
          from: '1',
          fromString: 'Open',
          to: '2',
          toString: 'In Progress',
        },
        { field: 'Support tier', fieldtype: 'custom', fieldId: site.field('Support tier')!.id, toString: 'L2' },
      ],
    },
  });
  expect(commented).toMatchObject({
    eventType: 'avi:jira:commented:issue',
    comment: { author: { accountId: PEOPLE.agent } },
  });
});

it("the app's own changes carry no user", () => {
  const site = new Site(SITE_SEED, () => T0);
  let event: SiteEvent | undefined;
  site.onEvent = (e) => (event = e);
  site.createIssue({ project: 'SUP', issuetype: 'Incident', summary: 'x', reporter: null }, null);
  const e = productEvent(site, event!, context);
  expect(e).not.toHaveProperty('atlassianId');
  expect(e).not.toHaveProperty('associatedUsers');
});
