// Monthly service reports through the real handlers on MariaDB: the daily job makes one Jira issue per
// customer and month with the figures computed here independently from what Jira holds (the issues' `itr`
// properties, their types and statuses) and from the survey and feedback rows inserted; due on the 5th
// working day of October 2026 after the National Day holiday, reviewed by the 10th; once only, even when
// the run dies between Jira and SQL; and the tab's functions (settings, list, generate now).

import { randomUUID } from 'node:crypto';
import { ITR_TEMPLATE } from '../../src/domain/config';
import type { ListPage } from '../../src/contract/project';
import type {
  GenerateOutcome,
  ReportFigures,
  ReportSettingsView,
  ServiceReport,
} from '../../src/contract/records/report';
import type { Issue } from '../../sandbox/jira/site';
import { fieldId, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { projectCall, projectData, query, tableChecksums } from '../support/project';

const at = (iso: string) => Date.parse(iso);
const T0 = at('2026-08-31T10:00:00+08:00'); // a Monday, the day before the reported month
const SEP = { from: at('2026-09-01T00:00:00+08:00'), to: at('2026-10-01T00:00:00+08:00') };
const MIN = 60_000;

let sb: Sandbox;
let projectId: string;
const acme = randomUUID();
const globex = randomUUID();
const issues: Issue[] = [];

async function customer(id: string, name: string) {
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, ?, '{}', '[]', 'manual', 0, 'test')",
    [projectId, id, name],
  );
}

/** An issue for a customer: `customer` is the Customer field's value (a name, or a record id). */
function raise(customerValue: string, type: 'Incident' | 'Service request', summary: string): Issue {
  const { site } = sb;
  const issue = site.createIssue(
    {
      project: 'SUP',
      issuetype: type,
      summary,
      reporter: PEOPLE.reporter,
      ...(type === 'Incident' ? { components: ['Printer'] } : {}),
      custom: { [fieldId(site, 'Customer')]: customerValue, [fieldId(site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
  issues.push(issue);
  return issue;
}

async function resolve(issue: Issue) {
  sb.site.update(issue, { status: 'Resolved' }, PEOPLE.agent);
  await sb.host.settle();
}

async function survey(customerId: string, score: number, answeredAt: number) {
  await query(
    sb,
    "INSERT INTO itr_survey (project_id, id, kind, customer_id, source, sent_at, answered_at, score) VALUES (?, ?, 'case', ?, 'app', ?, ?, ?)",
    [projectId, randomUUID(), customerId, answeredAt - 3600_000, answeredAt, score],
  );
}

async function feedback(customerId: string, kind: string, via: string, receivedAt: number) {
  await query(
    sb,
    "INSERT INTO itr_feedback (project_id, id, kind, via, customer_id, source, received_at, text, status, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'project', ?, 'said so', 'open', 0, 'test')",
    [projectId, randomUUID(), kind, via, customerId, receivedAt],
  );
}

beforeAll(async () => {
  sb = await startSandbox(T0);
  projectId = sb.site.projects.get('SUP')!.id;
  await projectData(sb, 'project.access', {});
  await customer(acme, 'Acme');
  await customer(globex, 'Globex');
  const { host } = sb;
  // August: an Acme issue received before the month, resolved in it (its cycles count, it was not received).
  const early = raise('Acme', 'Service request', 'VPN access for a new hire');
  await host.settle();
  host.jumpTo(at('2026-09-01T09:30:00+08:00'));
  await resolve(early);
  // September: one resolved within minutes, one incident left for a week, one still open; the Customer
  // field names Acme by its name, Globex by its record id.
  const quick = raise('Acme', 'Service request', 'How to reset my password');
  await host.settle();
  await host.advance(10 * MIN);
  await resolve(quick);
  const slow = raise('Acme', 'Incident', '打印机卡纸 / printer jams');
  await host.settle();
  host.jumpTo(at('2026-09-10T16:00:00+08:00'));
  await resolve(slow);
  raise('Acme', 'Service request', 'How do I share my calendar with the team');
  const other = raise(globex, 'Incident', 'Printer offline on floor 3');
  await host.settle();
  await host.advance(5 * MIN);
  await resolve(other);
  // Surveys and feedback: in September, and either side of it (not counted).
  for (const [score, t] of [
    [5, '2026-09-02T10:00:00+08:00'],
    [4, '2026-09-15T10:00:00+08:00'],
    [2, '2026-09-30T23:59:00+08:00'],
    [1, '2026-10-01T00:00:00+08:00'],
    [3, '2026-08-31T23:59:59+08:00'],
  ] as const)
    await survey(acme, score, at(t));
  await survey(globex, 5, at('2026-09-03T10:00:00+08:00'));
  await feedback(acme, 'complaint', 'customer', at('2026-09-05T10:00:00+08:00'));
  await feedback(acme, 'complaint', 'customer', at('2026-09-06T10:00:00+08:00'));
  await feedback(acme, 'complaint', 'user', at('2026-09-07T10:00:00+08:00'));
  await feedback(acme, 'praise', 'user', at('2026-09-08T10:00:00+08:00'));
  await feedback(acme, 'complaint', 'customer', at('2026-08-20T10:00:00+08:00'));
  await feedback(globex, 'praise', 'user', at('2026-09-08T10:00:00+08:00'));
}, 300_000);
afterAll(async () => sb.stop());

type Prop = {
  customer: string | null;
  serviceType: string;
  goals: Record<
    string,
    { cycles: Array<{ start: number; stop: number | null; targetMs: number; elapsedMs?: number }> }
  >;
  ola: Record<string, { state: string }>;
  links: { problem?: string };
};
const prop = (i: Issue) => i.properties.get('itr') as Prop;

/** The report's figures, worked out from Jira's side and the rows this test inserted. */
function expectedFigures(customerValue: string): Omit<ReportFigures, 'satisfaction' | 'complaints' | 'praise'> {
  const mine = issues.filter((i) => prop(i).customer === customerValue);
  const goals = new Map<string, { met: number; breached: number }>();
  for (const i of mine)
    for (const [goal, g] of Object.entries(prop(i).goals))
      for (const c of g.cycles)
        if (c.stop !== null && c.stop >= SEP.from && c.stop < SEP.to && c.elapsedMs !== undefined) {
          const n = goals.get(goal) ?? { met: 0, breached: 0 };
          if (c.elapsedMs <= c.targetMs) n.met++;
          else n.breached++;
          goals.set(goal, n);
        }
  const received = mine.filter((i) => i.created >= SEP.from && i.created < SEP.to);
  const tiers = new Map<string, { onTime: number; late: number; open: number }>();
  for (const i of received)
    for (const [tier, c] of Object.entries(prop(i).ola)) {
      const n = tiers.get(tier) ?? { onTime: 0, late: 0, open: 0 };
      if (c.state === 'breached') n.late++;
      else if (c.state === 'met') n.onTime++;
      else n.open++;
      tiers.set(tier, n);
    }
  const incidentTypes = ITR_TEMPLATE.serviceTypes.filter((t) => t.kind === 'incident').map((t) => t.id);
  const closed = received.filter((i) => i.status === 'Resolved').length;
  const share = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);
  const sla = [...goals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([goal, n]) => ({ goal, ...n, rate: share(n.met, n.met + n.breached) }));
  return {
    sla,
    ola: [...tiers]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tier, n]) => ({ tier, ...n, rate: share(n.onTime, n.onTime + n.late) })),
    issues: {
      received: received.length,
      incidents: received.filter((i) => incidentTypes.includes(prop(i).serviceType)).length,
      closed,
      closureRate: share(closed, received.length),
    },
    problems: [],
    improvement: {
      breachedGoals: sla.filter((g) => g.breached > 0).map((g) => ({ goal: g.goal, breached: g.breached })),
      repeatedProblems: [],
    },
  };
}

const reportIssues = () => [...sb.site.issues.values()].filter((i) => i.labels.includes('itr-service-report'));

test('settings: defaults to this project and Task, refuses a project or issue type that does not exist, writes nothing then', async () => {
  expect(await projectData<ReportSettingsView>(sb, 'report.settings', {})).toEqual({
    saved: false,
    settings: { enabled: false, targetProject: 'SUP', issueType: 'Task', recipient: null },
  });
  const before = await tableChecksums(sb);
  const settings = { enabled: true, targetProject: 'SUP', issueType: 'Task', recipient: PEOPLE.manager };
  expect(
    await projectCall(sb, 'report.saveSettings', { settings: { ...settings, targetProject: 'NOPE' } }),
  ).toMatchObject({ ok: false, error: { code: 'invalid', path: 'settings.targetProject' } });
  expect(await projectCall(sb, 'report.saveSettings', { settings: { ...settings, issueType: 'Epic' } })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'settings.issueType' },
  });
  expect(await projectCall(sb, 'report.saveSettings', { settings }, PEOPLE.viewer)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
  await projectData(sb, 'report.saveSettings', { settings });
  expect(await projectData<ReportSettingsView>(sb, 'report.settings', {}, PEOPLE.viewer)).toEqual({
    saved: true,
    settings,
  });
});

test('a report before its month is over is refused; nothing is made during September', async () => {
  expect(await projectCall(sb, 'report.generate', { customerId: acme, month: '2026-09' })).toMatchObject({
    ok: false,
    error: { code: 'conflict', path: 'month' },
  });
  expect(await projectCall(sb, 'report.generate', { customerId: randomUUID(), month: '2026-08' })).toMatchObject({
    ok: false,
    error: { code: 'notFound', path: 'customerId' },
  });
});

test('on 1 October the daily job reports September per customer: figures as computed here, due after National Day', async () => {
  sb.host.jumpTo(at('2026-10-01T08:00:00+08:00'));
  const run = await sb.host.runSchedule('itr-daily');
  expect(run.outcome).toBe('ok');
  const rows = await query<{
    customer_id: string;
    month: string;
    issue_key: string;
    due_on: string;
    review_due_on: string;
    figures: string;
  }>(sb, "SELECT * FROM itr_service_report WHERE month = '2026-09' ORDER BY customer_id");
  expect(rows.map((r) => r.customer_id).sort()).toEqual([acme, globex].sort());
  const mine = rows.find((r) => r.customer_id === acme)!;
  // October 2026 (State Council): 1–7 off, Saturday the 10th worked instead, so the working days run
  // 8, 9, 10, 12, 13 (the 5th) … 14, 15, 16, 19, 20 (the 10th).
  expect([mine.due_on, mine.review_due_on]).toEqual(['2026-10-13', '2026-10-20']);

  const figures = JSON.parse(mine.figures) as ReportFigures;
  expect(figures).toEqual({
    ...expectedFigures(acme), // the issues' `customer` is the record the Customer field's value matched
    satisfaction: { answered: 3, average: 3.67, distribution: [0, 1, 0, 1, 1] },
    complaints: { customer: 2, user: 1 },
    praise: 1,
  });
  // The issues' outcomes are as arranged: three received (one an incident), two closed, and the
  // resolution goal both met (within minutes) and breached (a week).
  expect(figures.issues).toMatchObject({ received: 3, incidents: 1, closed: 2 });
  const resolution = figures.sla.find((g) => g.goal === 'resolution')!;
  expect(resolution.met).toBeGreaterThanOrEqual(1);
  expect(resolution.breached).toBeGreaterThanOrEqual(1);
  expect(figures.improvement.breachedGoals.map((g) => g.goal)).toContain('resolution');

  const theirs = JSON.parse(rows.find((r) => r.customer_id === globex)!.figures) as ReportFigures;
  expect(theirs).toMatchObject({ ...expectedFigures(globex), satisfaction: { answered: 1, average: 5 }, praise: 1 });
  expect(theirs.issues.received).toBe(1);

  const issue = sb.site.issue(mine.issue_key)!;
  expect(issue).toMatchObject({ project: 'SUP', issuetype: 'Task', duedate: '2026-10-13', assignee: PEOPLE.manager });
  const doc = JSON.stringify(issue.description);
  for (const heading of ['1. SLA results · 1. SLA 达成情况', '6. Improvement plan · 6. 改进计划', '2026-10-20'])
    expect(doc).toContain(heading);
  expect(doc).toContain('"type":"table"');
});

test('a second run, and generate now, make nothing new', async () => {
  const before = reportIssues().length;
  await sb.host.runSchedule('itr-daily');
  expect(reportIssues()).toHaveLength(before);
  const again = await projectData<GenerateOutcome>(sb, 'report.generate', { customerId: acme, month: '2026-09' });
  expect(again.created).toBe(false);
  expect(again.report).toMatchObject({ customerName: 'Acme', month: '2026-09', dueOn: '2026-10-13' });
  expect(reportIssues()).toHaveLength(before);
});

test('a run that dies after Jira made the issue is finished by the next run: one issue, one row', async () => {
  const initech = randomUUID();
  await customer(initech, 'Initech');
  sb.host.killNextIn(/POST .*\/rest\/api\/3\/issue$/, 'after');
  const killed = await sb.host.runSchedule('itr-daily');
  expect(killed.outcome).toBe('killed');
  const made = reportIssues().filter((i) => i.summary.includes('Initech'));
  expect(made).toHaveLength(1);
  expect(await query(sb, 'SELECT * FROM itr_service_report WHERE customer_id = ?', [initech])).toHaveLength(0);
  sb.host.jumpTo(sb.host.now() + 10 * MIN); // Jira's JQL index has caught up with the marker property
  expect((await sb.host.runSchedule('itr-daily')).outcome).toBe('ok');
  expect(reportIssues().filter((i) => i.summary.includes('Initech'))).toHaveLength(1);
  expect(
    await query<{ issue_key: string }>(sb, 'SELECT issue_key FROM itr_service_report WHERE customer_id = ?', [initech]),
  ).toEqual([{ issue_key: made[0]!.key }]);
});

test('the list pages, sorts and searches the reports; a viewer may read it', async () => {
  const page = await projectData<ListPage<ServiceReport>>(
    sb,
    'report.list',
    { sort: { by: 'customer', dir: 'asc' }, pageSize: 2 },
    PEOPLE.viewer,
  );
  expect(page.total).toBe(3);
  expect(page.items.map((r) => r.customerName)).toEqual(['Acme', 'Globex']);
  const found = await projectData<ListPage<ServiceReport>>(sb, 'report.list', { search: 'initech' });
  expect(found.items.map((r) => r.customerName)).toEqual(['Initech']);
  expect(await projectCall(sb, 'report.generate', { customerId: acme, month: '2026-08' }, PEOPLE.viewer)).toMatchObject(
    {
      ok: false,
      error: { code: 'forbidden' },
    },
  );
});
