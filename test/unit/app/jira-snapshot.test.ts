// Jira's answers mapped to the domain's terms: status categories as Jira gives them (changelog items name
// statuses by id), and who counts as an agent when they comment.

import { toSnapshot, type SiteTerms } from '../../../src/app/jira-snapshot';
import type { IssueBean, JiraComment, JiraHistory } from '../../../src/platform/jira/schemas';

const site = (over: Partial<SiteTerms> = {}): SiteTerms => ({
  names: {
    idsByName: new Map([['Request participants', ['customfield_10050']]]),
    nameById: new Map(),
    participantsField: 'customfield_10050',
  },
  appAccount: 'app-itr',
  statusCategory: new Map([
    ['1', 'new'],
    ['10100', 'indeterminate'],
    ['10199', 'done'],
  ]),
  agents: new Set(['agent-1', 'automation', 'participant-agent']),
  serviceDesk: true,
  ...over,
});

const bean = (fields: Partial<IssueBean['fields']> = {}): IssueBean => ({
  id: '10001',
  key: 'SD-1',
  fields: {
    summary: 'VPN 报错',
    project: { id: '10000', key: 'SD', projectTypeKey: 'service_desk' },
    issuetype: { name: 'Incident' },
    status: { id: '10199', name: 'Erledigt', statusCategory: { key: 'done' } },
    reporter: { accountId: 'reporter-1' },
    created: '2026-03-02T02:00:00.000Z',
    updated: '2026-03-02T05:00:00.000Z',
    customfield_10050: [{ accountId: 'participant-agent' }],
    ...fields,
  },
});

const move = (id: string, created: string, from: [string, string], to: [string, string]): JiraHistory => ({
  id,
  created,
  items: [{ field: 'status', fieldId: 'status', from: from[0], fromString: from[1], to: to[0], toString: to[1] }],
});

const comment = (id: string, accountId: string, accountType = 'atlassian'): JiraComment => ({
  id,
  created: `2026-03-02T03:0${id}:00.000Z`,
  author: { accountId, accountType },
});

test('status categories come from Jira, for the current status and every status in the changelog', () => {
  const snap = toSnapshot(
    bean(),
    [
      move('1', '2026-03-02T03:00:00.000Z', ['1', 'Offen'], ['10100', 'In Bearbeitung']),
      move('2', '2026-03-02T05:00:00.000Z', ['10100', 'In Bearbeitung'], ['10199', 'Erledigt']),
    ],
    [],
    site(),
  );
  expect(snap.issue.statusCategories).toEqual({ Offen: 'new', 'In Bearbeitung': 'indeterminate', Erledigt: 'done' });
  expect(snap.issue.projectId).toBe('10000');
  expect(snap.issue.serviceDesk).toBe(true);
});

test('an agent is a member who is not the reporter, a request participant, an app or a customer', () => {
  const snap = toSnapshot(
    bean(),
    [],
    [
      comment('1', 'app-itr', 'app'), // the app itself: left out
      comment('2', 'automation', 'app'), // an automation account in the agents' role
      comment('3', 'reporter-1'),
      comment('4', 'participant-agent'),
      comment('5', 'someone-else'),
      comment('6', 'agent-1', 'customer'), // a JSM customer account is never an agent
      comment('7', 'agent-1'),
    ],
    site(),
  );
  const judged = snap.timeline.map((e) => (e.type === 'commented' ? [e.author, e.agent] : null));
  expect(judged).toEqual([
    ['automation', false],
    ['reporter-1', false],
    ['participant-agent', false],
    ['someone-else', false],
    ['agent-1', false],
    ['agent-1', true],
  ]);
});
