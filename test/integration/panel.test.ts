// The SLA panel's resolver, called as Custom UI's invoke() calls it: what it shows, and its actions,
// each refused to a user Jira does not let edit the issue.

import { randomUUID } from 'node:crypto';
import { fieldId, itr, PEOPLE, startSandbox, type Sandbox, printerIncident } from '../support/sandbox';
import type { Issue } from '../../sandbox/jira/site';
import type { PanelResult, PanelView } from '../../src/contract/panel';
import { compileConfig, ITR_TEMPLATE, parseConfig } from '../../src/domain/config';
import type { ItrState } from '../../src/domain/state';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
let sb: Sandbox;
let issue: Issue;

beforeAll(async () => {
  sb = await startSandbox(T0);
  issue = printerIncident(sb.site);
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

test('a survey request sends the reporter the signed link once and labels the issue', async () => {
  const requestId = randomUUID();
  await call('panel.requestSurvey', { requestId }, PEOPLE.agent);
  await call('panel.requestSurvey', { requestId }, PEOPLE.agent);
  expect(sb.site.notifications.filter((n) => n.subject.includes('How did we do?'))).toEqual([
    {
      issue: issue.key,
      subject: `[${issue.key}] How did we do? / 服务满意度回访`,
      textBody: expect.stringMatching(/\/x1\/[^?]+\?p=\d+&s=[0-9a-f-]{36}&e=\d{13}&sig=[\w-]{43}/) as unknown,
      to: { reporter: true },
    },
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

test('the view tells each clock’s story: timelines, where the calendar opens and closes, escalations with instants', async () => {
  const { site, host } = sb;
  const created = host.now();
  const printer = site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: '复印机卡纸 / copier jams',
      reporter: PEOPLE.reporter,
      components: ['Printer'],
      custom: { [fieldId(site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
  await host.advance(20 * 60_000);
  site.update(printer, { status: 'Waiting for customer' }, PEOPLE.agent);
  await host.advance(30 * 60_000);
  site.update(printer, { status: 'In Progress' }, PEOPLE.agent);
  await host.advance(10 * 60_000);
  const asked = host.now();
  const get = (accountId: string) =>
    host.resolve(
      'panelResolver',
      'itr-sla-panel',
      'panel.get',
      {},
      {
        accountId,
        issue: { id: String(printer.id), key: printer.key },
      },
    );
  await host.resolve(
    'panelResolver',
    'itr-sla-panel',
    'panel.escalate',
    { requestId: randomUUID(), reason: 'needs an engineer on site' },
    { accountId: PEOPLE.agent, issue: { id: String(printer.id), key: printer.key } },
  );
  await host.advance(3 * 60 * 60_000); // past the first-response thresholds
  const rec = await get(PEOPLE.viewer);
  const view = (rec.result as PanelResult<PanelView> & { ok: true }).data;
  const now = view.now;
  const cfg = compileConfig(parseConfig(ITR_TEMPLATE));
  const state = itr(printer) as unknown as ItrState;

  // Resolution: counted from creation, paused by the customer for 30 min; counting time is what the engine used.
  const resolution = view.goals.find((g) => g.id === 'resolution')!;
  const cycle = resolution.timeline[resolution.timeline.length - 1]!;
  expect(cycle.start).toBe(created);
  expect(cycle.segments.slice(0, 3)).toEqual([
    { from: created, to: created + 20 * 60_000, kind: 'counting' },
    { from: created + 20 * 60_000, to: created + 50 * 60_000, kind: 'paused' },
    { from: created + 50 * 60_000, to: expect.any(Number) as unknown, kind: 'counting' },
  ]);
  const last = state.goals['resolution']!.cycles.at(-1)!;
  const cal = cfg.calendars.get(last.calendar)!;
  const counted = (ahead: boolean) =>
    cycle.segments
      .filter((x) => x.kind === 'counting' && (x.ahead === true) === ahead)
      .reduce((n, x) => n + x.to - x.from, 0);
  expect(counted(false)).toBe(last.targetMs - resolution.leftMs!);
  expect(counted(true)).toBe(resolution.leftMs);
  expect(cycle.segments.at(-1)!.to).toBe(resolution.deadline);

  // The browser is told where the calendar opens and closes for 48 h, and counts down alone in between.
  expect(resolution.calendar).toEqual({
    open: cal.openings(now, now + 48 * 3_600_000),
    holidays: cal.holidays(now, now + 48 * 3_600_000),
    until: now + 48 * 3_600_000,
  });
  expect(resolution.calendar!.open.length).toBeGreaterThan(2);

  // Escalations done, each with its instant: the request when it was made; thresholds when reached.
  const firstResponse = state.goals['firstResponse']!.cycles.at(-1)!;
  const reached = (percent: number) => created + Math.ceil((percent / 100) * firstResponse.targetMs);
  expect(view.escalations).toEqual(
    expect.arrayContaining([
      { group: `tier-request:+${(asked - created) / 1000}`, at: asked },
      { group: 'sla:sla-thresholds:firstResponse:+0:50', at: reached(50) },
      { group: 'sla:sla-thresholds:firstResponse:+0:100', at: reached(100) },
    ]),
  );
  // OLA: the tier asked for holds the issue; each tier's time used is against its own target.
  expect(view.ola.map((c) => [c.id, c.holding])).toEqual([
    ['L1', false],
    ['L2', true],
  ]);
  const [l1, l2] = view.ola;
  expect(l1!.usedMs).toBe((state.ola['L1'] as { elapsedMs: number }).elapsedMs);
  const l2Cal = cfg.calendars.get(cfg.tierById.get('L2')!.calendar)!;
  expect(l2!.usedMs + l2Cal.elapsed(now, l2!.timeoutAt!)).toBe(l2!.targetMs);
  const instants = view.escalations.map((e) => e.at!);
  expect(instants).toEqual([...instants].sort((a, b) => a - b));
});

const appEvents = async () =>
  (
    (await sb.db.execute({ query: 'SELECT COUNT(*) AS n FROM itr_app_event', params: [] }, 'dml')).body as {
      rows: unknown[];
    }
  ).rows;

test('an override with a bad payload is answered at the field, and nothing is written', async () => {
  const before = JSON.stringify(itr(issue));
  const events = await appEvents();
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ party: 'supplier', reason: '' }, 'reason', 'An override needs a reason.'],
    [{ party: '', reason: 'x' }, 'party', 'Choose the party held responsible.'],
    [{ party: 'martians', reason: 'x' }, 'party', "Unknown party 'martians'"],
    [{ party: 'supplier', reason: 'faulty spare part' }, 'supplier', 'Name the supplier held responsible.'],
  ];
  for (const [payload, path, message] of cases) {
    const rec = await call('panel.overrideResponsibility', { requestId: randomUUID(), ...payload }, PEOPLE.agent);
    expect(rec.result).toMatchObject({
      ok: false,
      error: { code: 'invalid', path, message: expect.stringContaining(message) as unknown },
    });
  }
  expect(JSON.stringify(itr(issue))).toBe(before);
  expect(await appEvents()).toEqual(events);
});
