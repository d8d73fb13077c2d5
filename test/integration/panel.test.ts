// The SLA panel's resolver, called as Custom UI's invoke() calls it: what it shows, and its actions,
// each refused to a user Jira does not let edit the issue.

import { randomUUID } from 'node:crypto';
import { fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import type { Issue } from '../../sandbox/jira/site';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
let sb: Sandbox;
let issue: Issue;

beforeAll(async () => {
  sb = await startSandbox(T0);
  issue = sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: '打印机卡纸 / printer jams',
      reporter: PEOPLE.reporter,
      components: ['Printer'],
      custom: { [fieldId(sb.site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
  await sb.host.settle();
}, 180_000);
afterAll(async () => sb.stop());

const call = (functionKey: string, payload: unknown, accountId: string) =>
  sb.host.resolve('panelResolver', 'itr-sla-panel', functionKey, payload, {
    accountId,
    issue: { id: String(issue.id), key: issue.key },
  });

test('shows the issue state to anyone who may browse it', async () => {
  const rec = await call('panel.get', {}, PEOPLE.viewer);
  expect(rec.outcome).toBe('ok');
  const r = rec.result as {
    ok: true;
    data: { state: { serviceType: string; tier: string }; tiers: Array<{ id: string }> };
  };
  expect(r.ok).toBe(true);
  expect(r.data.state).toMatchObject({ serviceType: 'hardwareFault', tier: 'L1' });
  expect(r.data.tiers.map((t) => t.id)).toEqual(['L1', 'L2', 'L3', 'supplier']);
});

test('a user without edit permission is refused, and nothing is written', async () => {
  const before = JSON.stringify(itr(issue));
  const rec = await call('panel.escalate', { requestId: randomUUID(), reason: 'please hurry' }, PEOPLE.viewer);
  expect(rec.result).toEqual({
    ok: false,
    error: { code: 'forbidden', message: 'You need the Edit issues permission on this issue to escalate it.' },
  });
  const survey = await call('panel.requestSurvey', { requestId: randomUUID() }, PEOPLE.viewer);
  expect(survey.result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(JSON.stringify(itr(issue))).toBe(before);
  expect(sb.site.notifications).toEqual([]);
});

test('bad input is answered with a specific message', async () => {
  const rec = await call('panel.escalate', { requestId: 'not-a-uuid', reason: '' }, PEOPLE.agent);
  const r = rec.result as { ok: false; error: { code: string; message: string } };
  expect(r.error.code).toBe('invalid');
  expect(r.error.message).toContain('requestId');
  expect(r.error.message).toContain('Say why the issue needs the next tier.');
});

test('an agent escalates to the next tier, once however often the click is retried', async () => {
  const requestId = randomUUID();
  for (let i = 0; i < 2; i++) {
    const rec = await call(
      'panel.escalate',
      { requestId, reason: '客户要求升级 / customer asks to escalate' },
      PEOPLE.agent,
    );
    expect(rec.result).toMatchObject({ ok: true, data: { tier: 'L2' } });
  }
  expect(issue.custom[fieldId(sb.site, 'Support tier')]).toBe('L2');
  expect(issue.changelog.filter((h) => h.items.some((it) => it.field === 'Support tier'))).toHaveLength(1);
});

test('an agent overrides the responsibility verdict with a reason; an unknown party is refused', async () => {
  const bad = await call(
    'panel.overrideResponsibility',
    { requestId: randomUUID(), party: 'martians', reason: 'x' },
    PEOPLE.agent,
  );
  expect(bad.result).toMatchObject({
    ok: false,
    error: { code: 'invalid', message: expect.stringContaining("Unknown party 'martians'") as unknown },
  });
  const rec = await call(
    'panel.overrideResponsibility',
    {
      requestId: randomUUID(),
      party: 'supplier',
      supplier: 'Acme Printers',
      reason: '备件质量问题 / faulty spare part',
    },
    PEOPLE.agent,
  );
  expect(rec.result).toMatchObject({ ok: true });
  sb.site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent);
  await sb.host.settle();
  expect(itr(issue)).toMatchObject({ responsibility: 'supplier' });
});

test('a survey request notifies the reporter once and labels the issue', async () => {
  const requestId = randomUUID();
  await call('panel.requestSurvey', { requestId }, PEOPLE.agent);
  await call('panel.requestSurvey', { requestId }, PEOPLE.agent);
  expect(sb.site.notifications.filter((n) => n.subject.includes('How did we do?'))).toEqual([
    { issue: issue.key, subject: `[${issue.key}] How did we do? / 服务满意度回访`, to: { reporter: true } },
  ]);
  expect(issue.labels).toContain('survey-requested');
});

test('an issue the app has not seen yet is evaluated when its panel opens', async () => {
  const { site, host } = sb;
  const old = site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Service request',
      summary: '发票开具咨询 / invoice question',
      reporter: PEOPLE.reporter,
    },
    PEOPLE.reporter,
  );
  host.forgetPendingEvents();
  const rec = await sb.host.resolve(
    'panelResolver',
    'itr-sla-panel',
    'panel.get',
    {},
    { accountId: PEOPLE.agent, issue: { id: String(old.id), key: old.key } },
  );
  expect(rec.result).toMatchObject({ ok: true, data: { state: { serviceType: 'nonTechnical' } } });
  expect(itr(old)).toMatchObject({ serviceType: 'nonTechnical' });
});
