// Complaints and praise through the project page's resolver and the SLA panel, on MariaDB and the real
// rules engine: saved once, refused at the path at fault with nothing written, the handling clock across a
// weekend against a hand computation, and the complaint events (through the customer: the grade rises; a
// user's: people are notified only).

import { randomUUID } from 'node:crypto';
import type { ListPage } from '../../src/contract/project';
import type { Feedback, FeedbackItem } from '../../src/contract/records/feedback';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { itr, PEOPLE, printerIncident, startSandbox, type Sandbox } from '../support/sandbox';
import type { Issue } from '../../sandbox/jira/site';

const at = (s: string) => Date.parse(`${s}+08:00`);
const T0 = at('2026-03-09T15:00:00'); // a Monday afternoon in Beijing
const MIN = 60_000;
let sb: Sandbox;
let customerId: string;

beforeAll(async () => {
  sb = await startSandbox(T0);
  await projectData(sb, 'project.access', {});
  customerId = randomUUID();
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, calendar, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', 'cn-5x8', '{}', '[]', 'manual', 0, 'test')",
    [sb.site.projects.get('SUP')!.id, customerId],
  );
}, 180_000);
afterAll(async () => sb.stop());

const complaint = (over: Partial<Feedback> = {}): Feedback => ({
  id: randomUUID(),
  kind: 'complaint',
  via: 'customer',
  customerId,
  issueKey: null,
  engineer: null,
  receivedAt: at('2026-03-06T17:00:00'),
  text: '打印机三天没修好 / the printer has been broken for three days',
  status: 'open',
  handledAt: null,
  ...over,
});

const list = (q: object = {}) => projectData<ListPage<FeedbackItem>>(sb, 'feedback.list', q);

test('a complaint is saved once however often the save is sent, listed, edited and deleted', async () => {
  const f = complaint();
  await projectData(sb, 'feedback.save', { record: f });
  await projectData(sb, 'feedback.save', { record: f });
  const page = await list();
  expect(page.total).toBe(1);
  expect(page.items[0]).toMatchObject({ ...f, source: 'project', updatedBy: PEOPLE.manager });
  const handled = { ...f, status: 'handling' as const, handledAt: at('2026-03-09T10:30:00') };
  await projectData(sb, 'feedback.save', { record: handled });
  expect((await list()).items[0]).toMatchObject({ status: 'handling', handledAt: handled.handledAt });
  await projectData(sb, 'feedback.remove', { id: f.id });
  expect((await list()).total).toBe(0);
  expect(await projectCall(sb, 'feedback.remove', { id: f.id })).toMatchObject({
    ok: false,
    error: { code: 'notFound', path: 'id' },
  });
});

test('bad input is refused at its path and nothing is written', async () => {
  const before = await tableChecksums(sb);
  const refusals: Array<[Partial<Feedback>, string, RegExp]> = [
    [{ customerId: null }, 'record.customerId', /names the customer/],
    [{ customerId: randomUUID() }, 'record.customerId', /SUP has no such customer/],
    [{ kind: 'praise', engineer: null }, 'record.engineer', /credited to an engineer/],
    [{ kind: 'praise', engineer: 'nobody-here' }, 'record.engineer', /Jira has no user nobody-here/],
    [{ issueKey: 'SUP-9999' }, 'record.issueKey', /There is no issue SUP-9999 you can see/],
    [{ status: 'handling', handledAt: null }, 'record.handledAt', /when it was first handled/],
    [{ status: 'open', handledAt: T0 - MIN }, 'record.handledAt', /not been handled/],
    [{ status: 'resolved', handledAt: at('2026-03-01T10:00:00') }, 'record.handledAt', /before it was received/],
    [{ receivedAt: T0 + 3_600_000 }, 'record.receivedAt', /in the future/],
  ];
  for (const [over, path, message] of refusals) {
    const r = await projectCall(sb, 'feedback.save', { record: complaint(over) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', path } });
    expect(!r.ok && r.error.message).toMatch(message);
  }
  // An issue of another project is refused even though the caller can see it.
  const rd = sb.site.createIssue({ project: 'PRB', issuetype: 'Problem', summary: 'p', reporter: PEOPLE.agent }, null);
  expect(await projectCall(sb, 'feedback.save', { record: complaint({ issueKey: rd.key }) })).toMatchObject({
    ok: false,
    error: { path: 'record.issueKey', message: `${rd.key} is not an issue of SUP.` },
  });
  // Only the project's administrators change its records.
  expect(await projectCall(sb, 'feedback.save', { record: complaint() }, PEOPLE.agent)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});

test('the handling clock counts business time on the customer calendar across a weekend', async () => {
  // Received Friday 17:00; the cn-5x8 day is 09:00–12:00 and 13:30–18:00.
  const handled = complaint({ status: 'handling', handledAt: at('2026-03-09T10:30:00') }); // Fri 60 + Mon 90
  const open = complaint({ receivedAt: at('2026-03-06T16:00:00') }); // Fri 120 + Mon 180 + 90 by 15:00
  const user = complaint({ via: 'user', customerId: null, status: 'resolved', handledAt: handled.handledAt });
  for (const f of [handled, open, user]) await projectData(sb, 'feedback.save', { record: f });
  const byId = new Map((await list({ pageSize: 100 })).items.map((f) => [f.id, f.clock]));
  expect(byId.get(handled.id)).toEqual({
    calendar: 'cn-5x8',
    targetMs: 240 * MIN,
    usedMs: 150 * MIN,
    leftMs: 90 * MIN,
    breached: false,
    stopped: true,
  });
  expect(byId.get(open.id)).toEqual({
    calendar: 'cn-5x8',
    targetMs: 240 * MIN,
    usedMs: 390 * MIN,
    leftMs: -150 * MIN,
    breached: true,
    stopped: false,
  });
  // A user's complaint has a business day (450 minutes), on the default calendar.
  expect(byId.get(user.id)).toMatchObject({ calendar: 'cn-5x8', targetMs: 450 * MIN, usedMs: 150 * MIN });
  for (const f of [handled, open, user]) await projectData(sb, 'feedback.remove', { id: f.id });
});

test('the list filters by kind, channel, customer and status, searches text and issue keys, sorts', async () => {
  const a = complaint({ text: 'Slow answers on the ERP', receivedAt: at('2026-03-02T10:00:00') });
  const b = complaint({ via: 'user', customerId: null, text: '打印机 again', status: 'resolved', handledAt: T0 - MIN });
  const c = complaint({
    kind: 'praise',
    engineer: PEOPLE.agent,
    text: 'Li Lei fixed it fast',
    via: 'user',
    customerId: null,
  });
  for (const f of [a, b, c]) await projectData(sb, 'feedback.save', { record: f });
  expect((await list({ filter: { kind: 'praise' } })).items.map((f) => f.id)).toEqual([c.id]);
  expect((await list({ filter: { kind: 'praise' } })).items[0]).toMatchObject({
    engineerName: 'Li Lei (L1)',
    clock: null,
  });
  expect((await list({ filter: { via: 'customer' } })).items.map((f) => f.id)).toEqual([a.id]);
  expect((await list({ filter: { customerId } })).total).toBe(1);
  expect((await list({ filter: { status: 'resolved' } })).items.map((f) => f.id)).toEqual([b.id]);
  expect((await list({ search: '打印机' })).items.map((f) => f.id)).toEqual([b.id]);
  expect((await list({ sort: { by: 'received', dir: 'asc' } })).items[0]!.id).toBe(a.id);
  expect(await projectCall(sb, 'feedback.list', { filter: { engineer: 'x' } })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'filter' },
  });
  for (const f of [a, b, c]) await projectData(sb, 'feedback.remove', { id: f.id });
});

describe('complaints feed the rules engine', () => {
  const GRADES = ['P1', 'P2', 'P3', 'P4'];
  const grade = (i: Issue) => String(itr(i)['grade']);

  test('a complaint through the customer raises the grade and notifies, once however often it is saved', async () => {
    const issue = printerIncident(sb.site);
    await sb.host.settle();
    const before = grade(issue);
    const f = complaint({ issueKey: issue.key, receivedAt: sb.host.now() });
    await projectData(sb, 'feedback.save', { record: f });
    await projectData(sb, 'feedback.save', { record: { ...f, text: 'edited' } });
    await sb.host.settle();
    expect(GRADES.indexOf(grade(issue))).toBe(GRADES.indexOf(before) - 1);
    expect(issue.labels).toContain('complaint-customer');
    expect(sb.site.notifications.filter((n) => n.issue === issue.key)).toHaveLength(1);
    expect(itr(issue)['complaints']).toEqual({ customer: 1, user: 0 });
    const events = await query<{ event_id: string }>(sb, 'SELECT event_id FROM itr_app_event WHERE issue_id = ?', [
      issue.id,
    ]);
    expect(events.map((e) => e.event_id)).toEqual([f.id]);
    // Removing the record leaves the event in the issue's history: what it set off has happened.
    await projectData(sb, 'feedback.remove', { id: f.id });
    expect(await query(sb, 'SELECT event_id FROM itr_app_event WHERE issue_id = ?', [issue.id])).toHaveLength(1);
  });

  test("a user's complaint only notifies: the grade stays", async () => {
    const issue = printerIncident(sb.site);
    sb.site.update(issue, { assignee: PEOPLE.agent }, PEOPLE.agent);
    await sb.host.settle();
    const before = grade(issue);
    const f = complaint({ via: 'user', customerId: null, issueKey: issue.key, receivedAt: sb.host.now() });
    await projectData(sb, 'feedback.save', { record: f });
    await sb.host.settle();
    expect(grade(issue)).toBe(before);
    expect(issue.labels).toContain('complaint-user');
    expect(issue.labels).not.toContain('complaint-customer');
    expect(sb.site.notifications.filter((n) => n.issue === issue.key).map((n) => n.subject)).toHaveLength(1);
    expect(itr(issue)['complaints']).toEqual({ customer: 0, user: 1 });
  });
});

describe('from the SLA panel', () => {
  let issue: Issue;
  const call = (payload: unknown, accountId: string) =>
    sb.host.resolve('panelResolver', 'itr-sla-panel', 'panel.logFeedback', payload, {
      accountId,
      issue: { id: String(issue.id), key: issue.key },
    });

  beforeAll(async () => {
    issue = printerIncident(sb.site);
    sb.site.update(issue, { assignee: PEOPLE.expert }, PEOPLE.agent);
    await sb.host.settle();
  });

  test('only someone who may edit the issue logs feedback; bad input is refused specifically', async () => {
    const before = await tableChecksums(sb);
    const payload = { requestId: randomUUID(), kind: 'complaint', via: 'user', text: '电话投诉' };
    expect((await call(payload, PEOPLE.viewer)).result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'You need the Edit issues permission on this issue to log a complaint or praise.',
      },
    });
    expect((await call({ ...payload, text: ' ' }, PEOPLE.agent)).result).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'text', message: expect.stringContaining('Say what was said.') as unknown },
    });
    expect(await tableChecksums(sb)).toEqual(before);
  });

  test('an agent logs a phone complaint once however often the click is retried; praise goes to the assignee', async () => {
    const requestId = randomUUID();
    for (let i = 0; i < 2; i++)
      expect(
        (await call({ requestId, kind: 'complaint', via: 'user', text: '电话投诉:等太久' }, PEOPLE.agent)).result,
      ).toEqual({ ok: true, data: { id: requestId } });
    const praise = randomUUID();
    await call({ requestId: praise, kind: 'praise', via: 'user', text: 'Thanks to Zhang Wei' }, PEOPLE.agent);
    const mine = (await list({ search: issue.key, pageSize: 100 })).items;
    expect(mine.map((f) => [f.id, f.kind, f.source, f.issueKey, f.engineer])).toEqual(
      expect.arrayContaining([
        [requestId, 'complaint', 'panel', issue.key, null],
        [praise, 'praise', 'panel', issue.key, PEOPLE.expert],
      ]),
    );
    expect(mine).toHaveLength(2);
    await sb.host.settle();
    expect(itr(issue)['complaints']).toEqual({ customer: 0, user: 1 });
  });
});
