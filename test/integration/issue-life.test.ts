// An incident's whole life through the real handlers and @forge/* packages, against the local host:
// create → classify and grade → first response → waiting for customer (paused) → threshold escalations
// and the L1 timeout on the sweep → resolution → responsibility → routing to R&D.

import { siteSpec } from '../../sandbox/jira/spec';
import { commentTexts, fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T10:00:00+08:00'); // a Monday, inside the ERP business peak
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
}, 180_000);
afterAll(async () => sb.stop());

test('create: classified, graded, clocks running, Jira priority set', async () => {
  const { site, host } = sb;
  const issue = site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: 'ERP 系统无法登录 / ERP login fails for the finance team',
      reporter: PEOPLE.reporter,
      components: ['ERP'],
      custom: {
        [fieldId(site, 'Customer')]: 'Acme',
        [fieldId(site, 'Impact')]: 'Significant / Large',
        [fieldId(site, 'Urgency')]: 'High',
        [fieldId(site, 'Support tier')]: 'L1',
      },
    },
    PEOPLE.reporter,
  );
  await host.settle();
  const p = itr(issue);
  expect(host.log.map((r) => [r.handler, r.outcome, r.error])).toEqual([['issueEvents', 'ok', undefined]]);
  expect(p).toMatchObject({
    serviceType: 'softwareFault',
    grade: 'P1',
    tier: 'L1',
    slaState: 'running',
    customer: 'Acme',
  });
  expect(issue.priority).toBe('Highest');
});

test('first response, a pause, escalations on the sweep, resolution, responsibility and R&D routing', async () => {
  const { site, host } = sb;
  const issue = site.issue('SUP-1')!;
  const at = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00+08:00`);
  const until = (hhmm: string) => host.advance(at(hhmm) - host.now());

  await until('10:05');
  site.comment(
    issue,
    PEOPLE.agent,
    {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '正在排查 / Looking into it' }] }],
    },
    null,
  );
  await host.settle();
  await until('10:20');
  site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent);
  await host.settle();
  expect(itr(issue)).toMatchObject({ slaState: 'paused' });
  await until('11:20');
  site.update(issue, { status: 'In Progress' }, PEOPLE.agent);
  await until('15:10');

  const p = itr(issue) as { goals: Record<string, { state: string }>; tier: string; slaState: string };
  expect(p.goals['firstResponse']?.state).toBe('met');
  expect(p.slaState).toBe('breached');
  expect(p.tier).toBe('L2');
  expect(issue.labels).toEqual(['sla-at-risk', 'sla-breached']);
  expect(issue.custom[fieldId(site, 'Support tier')]).toBe('L2');
  expect(commentTexts(issue)).toEqual([
    '正在排查 / Looking into it',
    'OLA of L1 service desk exceeded (120 min); escalated to L2 technical support.\n一线服务台的 OLA 已超时(120 min),已升级至二线技术支持。',
    'SLA breached: Time to resolution (due 2026-03-02 15:00 Asia/Shanghai).\nSLA 超时:解决时间(截止 2026-03-02 15:00 Asia/Shanghai)。',
  ]);
  // The app's comments are internal (JSM's property) and carry their idempotency key.
  expect(issue.comments.slice(1).map((c) => [c.properties['itr.action'], c.properties['sd.public.comment']])).toEqual([
    ['ola:L1:1', { internal: true }],
    ['sla:sla-thresholds:resolution:+0:100:1', { internal: true }],
  ]);
  // Nobody is assigned (the L1 timeout handed the issue back to the L2 queue): the assignee is left out, as
  // Jira would refuse it, and a notification with nobody else falls back to the service's owners.
  expect(site.notifications.map((n) => [n.subject, n.to])).toEqual([
    [
      '[SUP-1] Time to resolution of SUP-1 is half used; due 2026-03-02 15:00 Asia/Shanghai.',
      { groups: [{ groupId: 'g-erp-service-owners' }] },
    ],
    [
      '[SUP-1] Time to resolution of SUP-1 is at risk (75 %); due 2026-03-02 15:00 Asia/Shanghai.',
      { groups: [{ groupId: 'g-service-managers' }] },
    ],
    [
      '[SUP-1] Time to resolution of SUP-1 is breached.',
      { groups: [{ groupId: 'g-erp-service-owners' }, { groupId: 'g-service-managers' }] },
    ],
  ]);
  // Each change the app made, at the instant it fell due (sweeps run every five minutes on the hour).
  expect(
    issue.changelog
      .filter((h) => h.author === null)
      .map((h) => [
        new Date(h.created).toISOString(),
        h.items.map((i) => `${i.field}: ${i.fromString ?? ''} → ${i.toString ?? ''}`),
      ]),
  ).toEqual([
    ['2026-03-02T02:00:00.000Z', ['priority: Medium → Highest']],
    ['2026-03-02T06:00:00.000Z', ['labels:  → sla-at-risk']],
    ['2026-03-02T06:30:00.000Z', ['Support tier: L1 → L2']],
    ['2026-03-02T07:00:00.000Z', ['labels: sla-at-risk → sla-at-risk sla-breached']],
  ]);

  await until('15:30');
  site.update(issue, { [fieldId(site, 'Root cause')]: 'Software bug' }, PEOPLE.expert);
  site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.expert);
  await host.settle();
  const done = itr(issue) as { responsibility: string; links: Record<string, string> };
  expect(done.responsibility).toBe('productDefect');
  expect(done.links['ipd']).toBe('RD-1');
  const rd = site.issue('RD-1')!;
  expect(rd.issuetype).toBe('Bug');
  expect(site.links).toEqual([expect.objectContaining({ type: 'Relates', inward: issue.id, outward: rd.id })]);
  expect(done).toMatchObject({
    slaState: 'breached',
    breachAt: Date.parse('2026-03-02T15:00:00+08:00') / 1000,
    nextCheckAt: null,
  });
  expect(commentTexts(rd)).toEqual([]);
  expect(rd.summary).toContain('SUP-1');
  expect(host.log.filter((r) => r.outcome !== 'ok')).toEqual([]);
});

test('a sweep with nothing due calls Jira not at all: the due issues come from SQL', async () => {
  const { host } = sb;
  host.jira.resetCounters();
  await host.runSchedule('itr-sweep');
  expect(Object.fromEntries(host.jira.counters.calls)).toEqual({});
  expect(host.jira.counters.objectsRead).toBe(0);
});

test('every route the app called is in the spec and none is deprecated', () => {
  const routes = new Map(
    siteSpec()
      .routes()
      .map((r) => [`${r.method} ${r.template}`, r]),
  );
  const used = [...sb.host.jira.templatesUsed].sort();
  expect(used.length).toBeGreaterThan(8);
  expect(used.filter((u) => !routes.has(u) || routes.get(u)!.deprecated)).toEqual([]);
});

test("an agent's internal note (JSM) is not a first response; a public reply is", async () => {
  const { site, host } = sb;
  const issue = site.createIssue(
    { project: 'SUP', issuetype: 'Service request', summary: 'how to reset my password', reporter: PEOPLE.reporter },
    PEOPLE.reporter,
  );
  await host.settle();
  const note = {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: '内部备注 / internal note' }] }],
  };
  site.comment(issue, PEOPLE.agent, note, null, { 'sd.public.comment': { internal: true } });
  await host.settle();
  const firstResponse = () => (itr(issue)['goals'] as Record<string, { state: string }>)['firstResponse']?.state;
  expect(firstResponse()).not.toBe('met');
  site.comment(issue, PEOPLE.agent, note, null);
  await host.settle();
  expect(firstResponse()).toBe('met');
});
