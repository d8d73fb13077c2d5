// "Satisfaction and complaints" on MariaDB through the gadget resolver: survey and feedback facts
// backfilled by the recalculation from seeded records (once: a second run adds none), the gadget's figures
// per month and per customer or engineer against a computation written here from the seeded records, and
// the live paths — a JSM rating read back, a link survey answered, a complaint and praise saved from the
// project page — each writing its fact once, an edit leaving it as first recorded.

import { randomUUID } from 'node:crypto';
import { rateRequest } from '../../sandbox/jira/csat';
import type { GadgetTable } from '../../src/contract/gadgets';
import type { Feedback } from '../../src/contract/records/feedback';
import { SATISFACTION } from '../../src/contract/gadgets/satisfaction';
import { gadgetCall } from '../support/gadget';
import { projectData, query } from '../support/project';
import { itr, passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { answerLink, linkSentFor } from '../support/surveys';

const at = (s: string) => Date.parse(`${s}+08:00`);
const T0 = at('2026-11-20T10:00:00');
const DAY = 86_400_000;
let sb: Sandbox;
let supId: string;

/** The month an instant falls in at the desk (China Standard Time, UTC+8, no daylight saving). */
const cstMonth = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 7);

interface SeedSurvey {
  id: string;
  kind: 'case' | 'periodic';
  source: 'link' | 'jsm';
  customer: string | null;
  engineer: string | null;
  answeredAt: number | null;
  score: number | null;
}
interface SeedFeedback {
  id: string;
  kind: 'complaint' | 'praise';
  via: 'customer' | 'user';
  customer: string | null;
  engineer: string | null;
  receivedAt: number;
}
interface SeedIssue {
  id: number;
  month: string;
  customer: string | null;
}

const customers = [randomUUID(), randomUUID(), randomUUID()];
const customerName = ['Acme 华东', 'Globex', 'Initech'];
const engineers = [PEOPLE.agent, PEOPLE.expert, null];
const surveys: SeedSurvey[] = [];
const feedback: SeedFeedback[] = [];
const issues: SeedIssue[] = [];

function seed(): void {
  // 2026-07-25 … 2026-11-19: the three months shown (Sep–Nov), August before them, and the boundary of
  // 1 September at the desk (31 August in UTC).
  const start = at('2026-07-25T09:00:00');
  for (let n = 0; n < 90; n++) {
    const answered = n % 11 === 10 ? null : start + n * 1.3 * DAY + (n % 5) * 3_600_000;
    surveys.push({
      id: randomUUID(),
      kind: n % 7 === 0 ? 'periodic' : 'case',
      source: n % 3 === 0 ? 'jsm' : 'link',
      customer: n % 4 === 3 ? null : customers[n % 3]!,
      engineer: engineers[n % 3]!,
      answeredAt: answered,
      score: answered === null ? null : ((n * 7) % 5) + 1,
    });
  }
  surveys.push(
    { ...surveys[0]!, id: randomUUID(), answeredAt: at('2026-08-31T23:30:00'), score: 5 },
    { ...surveys[1]!, id: randomUUID(), answeredAt: at('2026-09-01T00:10:00'), score: 1 },
  );
  for (let n = 0; n < 45; n++)
    feedback.push({
      id: randomUUID(),
      kind: n % 3 === 2 ? 'praise' : 'complaint',
      via: n % 2 === 0 ? 'customer' : 'user',
      customer: n % 5 === 4 ? null : customers[n % 3]!,
      engineer: n % 3 === 2 ? engineers[n % 2]! : engineers[n % 3]!,
      receivedAt: start + n * 2.6 * DAY,
    });
  for (let n = 0; n < 70; n++)
    issues.push({
      id: 900_000 + n,
      month: ['2026-08', '2026-09', '2026-10', '2026-11'][n % 4]!,
      customer: n % 6 === 5 ? null : customers[n % 3]!,
    });
}

beforeAll(async () => {
  sb = await startSandbox(T0);
  supId = sb.site.projects.get('SUP')!.id;
  await projectData(sb, 'project.access', {});
  seed();
  for (const [i, id] of customers.entries())
    await query(
      sb,
      "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, ?, '{}', '[]', 'manual', 0, 'test')",
      [supId, id, customerName[i]],
    );
  for (const [n, s] of surveys.entries())
    await query(
      sb,
      `INSERT INTO itr_survey (project_id, id, kind, issue_id, issue_key, customer_id, engineer, service_type, source,
         sent_at, expires_at, answered_at, score, comment) VALUES (?, ?, ?, ?, ?, ?, ?, 'serviceRequest', ?, ?, ?, ?, ?, NULL)`,
      [
        supId,
        s.id,
        s.kind,
        s.kind === 'case' ? 800_000 + n : null,
        s.kind === 'case' ? `SUP-${8000 + n}` : null,
        s.customer,
        s.engineer,
        s.source,
        (s.answeredAt ?? T0) - DAY,
        (s.answeredAt ?? T0) + 29 * DAY,
        s.answeredAt,
        s.score,
      ],
    );
  for (const f of feedback)
    await query(
      sb,
      `INSERT INTO itr_feedback (project_id, id, kind, via, customer_id, issue_id, issue_key, engineer, source, received_at,
         text, status, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, 'project', ?, 'seeded', 'open', ?, 'test')`,
      [supId, f.id, f.kind, f.via, f.customer, f.engineer, f.receivedAt, f.receivedAt],
    );
  for (const i of issues)
    await query(
      sb,
      "INSERT INTO itr_fact_issue (issue_id, issue_key, project, month, customer, service_type, grade) VALUES (?, ?, 'SUP', ?, ?, 'serviceRequest', 'P3')",
      [i.id, `SUP-${i.id}`, i.month, i.customer],
    );
}, 180_000);
afterAll(async () => sb.stop());

const count = async (table: string) =>
  Number((await query<{ n: number | string }>(sb, `SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);

async function recalculate(): Promise<void> {
  const r = await sb.host.resolve('adminResolver', 'itr-admin', 'admin.recalculate', {}, { accountId: PEOPLE.admin });
  expect(r.result).toMatchObject({ ok: true });
  await sb.host.settle();
  const p = await sb.host.resolve(
    'adminResolver',
    'itr-admin',
    'admin.recalculationProgress',
    {},
    {
      accountId: PEOPLE.admin,
    },
  );
  expect(p.result).toMatchObject({ ok: true, data: { status: 'done' } });
}

const gadget = (payload: unknown) =>
  gadgetCall<GadgetTable>(sb, SATISFACTION.data, payload, PEOPLE.manager, 'itr-gadget-satisfaction');

const MONTHS = ['2026-09', '2026-10', '2026-11'];
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** The gadget's figures worked out from the seeded records alone. */
function expected(split: 'customer' | 'engineer'): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const groupOf = (x: { customer: string | null; engineer: string | null }) =>
    (split === 'customer' ? x.customer : x.engineer) ?? '*none';
  const answered = surveys.filter((s) => s.answeredAt !== null && MONTHS.includes(cstMonth(s.answeredAt)));
  const received = feedback.filter((f) => MONTHS.includes(cstMonth(f.receivedAt)));
  const groups = new Set([...answered.map(groupOf), ...received.map(groupOf)]);
  expect(groups.size).toBeLessThanOrEqual(8); // every group is named: no "other" row
  for (const month of MONTHS)
    for (const g of ['*all', ...groups]) {
      const mine = (x: { customer: string | null; engineer: string | null }) => g === '*all' || groupOf(x) === g;
      const ss = answered.filter((s) => cstMonth(s.answeredAt!) === month && mine(s));
      const ff = received.filter((f) => cstMonth(f.receivedAt) === month && mine(f));
      const scores = [1, 2, 3, 4, 5].map((k) => ss.filter((s) => s.score === k).length);
      const cc = ff.filter((f) => f.kind === 'complaint' && f.via === 'customer').length;
      const cu = ff.filter((f) => f.kind === 'complaint' && f.via === 'user').length;
      const iss =
        g === '*all'
          ? issues.filter((i) => i.month === month).length
          : split === 'customer'
            ? issues.filter((i) => i.month === month && (i.customer ?? '*none') === g).length
            : null;
      out.push({
        month,
        group: g,
        answered: ss.length,
        csat: ss.length ? r4(ss.filter((s) => s.score! >= 4).length / ss.length) : null,
        average: ss.length ? r2(ss.reduce((a, s) => a + s.score!, 0) / ss.length) : null,
        score1: scores[0],
        score2: scores[1],
        score3: scores[2],
        score4: scores[3],
        score5: scores[4],
        complaintsCustomer: cc,
        complaintsUser: cu,
        praise: ff.filter((f) => f.kind === 'praise').length,
        issues: iss,
        complaintRate: iss ? r2((100 * (cc + cu)) / iss) : null,
      });
    }
  return out;
}

const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  `${String(a['month'])}|${String(a['group'])}` < `${String(b['month'])}|${String(b['group'])}` ? -1 : 1;

test('the recalculation backfills one fact per answered survey and per complaint or praise, once', async () => {
  expect(await count('itr_fact_survey')).toBe(0);
  await recalculate();
  expect(await count('itr_fact_survey')).toBe(surveys.filter((s) => s.answeredAt !== null).length);
  expect(await count('itr_fact_feedback')).toBe(feedback.length);
  const s = surveys.find((x) => x.kind === 'case' && x.source === 'jsm' && x.answeredAt !== null)!;
  expect((await query(sb, 'SELECT * FROM itr_fact_survey WHERE survey_id = ?', [s.id]))[0]).toMatchObject({
    project: 'SUP',
    project_id: supId,
    month: cstMonth(s.answeredAt!),
    customer: s.customer,
    engineer: s.engineer,
    service_type: 'serviceRequest',
    score: s.score,
    source: 'jsm',
  });
  const p = surveys.find((x) => x.kind === 'periodic' && x.answeredAt !== null)!;
  expect((await query(sb, 'SELECT source FROM itr_fact_survey WHERE survey_id = ?', [p.id]))[0]).toEqual({
    source: 'campaign',
  });
  await recalculate();
  expect(await count('itr_fact_survey')).toBe(surveys.filter((x) => x.answeredAt !== null).length);
  expect(await count('itr_fact_feedback')).toBe(feedback.length);
});

test.each(['customer', 'engineer'] as const)(
  'split by %s: each month’s figures equal the seeded records’',
  async (split) => {
    const r = await gadget({ projects: ['SUP'], months: 3, refresh: 0, split });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect([...r.data.rows].sort(byKey)).toEqual(expected(split).sort(byKey));
    const all = r.data.rows.filter((x) => x['group'] === '*all');
    expect(all.reduce((a, x) => a + Number(x['answered']), 0)).toBeGreaterThan(50); // the seed reached the window
    expect(all.every((x) => typeof x['csat'] === 'number' && typeof x['complaintRate'] === 'number')).toBe(true);
    // Each month starts with the row over everything.
    expect(r.data.rows.filter((x) => x['group'] === '*all').map((x) => x['month'])).toEqual(MONTHS);
    const names = r.data.names!;
    if (split === 'customer') expect(names[customers[0]!]).toEqual({ en: customerName[0], zh: customerName[0] });
    else expect(names[PEOPLE.agent]?.en).toEqual(expect.any(String));
    expect(names['*all']).toEqual({ en: 'All', zh: '全部' });
  },
);

test('the settings are checked whole and the viewer’s projects asked of Jira', async () => {
  expect(await gadget({ projects: ['SUP'], months: 3, refresh: 0, split: 'team' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'split' },
  });
  expect(await gadget({ projects: ['SUP'], months: 5, refresh: 0, split: 'customer' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'months' },
  });
  expect(await gadget({ projects: ['NOPE'], months: 3, refresh: 0, split: 'customer' })).toMatchObject({
    ok: false,
    error: { code: 'forbidden', path: 'projects' },
  });
});

test('live: a JSM rating, a link answer, and a complaint and praise from the project page each write one fact', async () => {
  const issue = passwordRequest(sb.site, 1);
  await sb.host.settle();
  sb.site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent);
  await sb.host.settle();
  rateRequest(sb.site, issue.key, 2, 'Took three days.');
  await sb.host.runSchedule('itr-daily');
  await sb.host.settle();
  const jsm = await query(sb, 'SELECT * FROM itr_fact_survey WHERE issue_id = ?', [issue.id]);
  expect(jsm).toEqual([
    expect.objectContaining({
      project: 'SUP',
      score: 2,
      source: 'jsm',
      month: '2026-11',
      service_type: itr(issue)['serviceType'],
    }),
  ]);
  // The low rating with a comment became a complaint (from a user): its fact carries the issue's tier.
  const complaint = await query(sb, 'SELECT * FROM itr_fact_feedback WHERE issue_id = ?', [issue.id]);
  expect(complaint).toEqual([
    expect.objectContaining({ kind: 'complaint', channel: 'user', tier: itr(issue)['tier'] ?? null, month: '2026-11' }),
  ]);

  // The agent asks again by link; the reporter answers once (a second answer is refused, no second fact).
  const rec = await sb.host.resolve(
    'panelResolver',
    'itr-sla-panel',
    'panel.requestSurvey',
    { requestId: randomUUID() },
    {
      accountId: PEOPLE.agent,
      issue: { id: String(issue.id), key: issue.key },
    },
  );
  expect(rec.result).toMatchObject({ ok: true });
  const url = linkSentFor(sb, issue.key);
  expect((await answerLink(sb, url, { score: '5' })).status).toBe(200);
  expect((await answerLink(sb, url, { score: '1' })).status).toBe(409);
  const both = await query<{ source: string; score: number }>(
    sb,
    'SELECT source, score FROM itr_fact_survey WHERE issue_id = ? ORDER BY source',
    [issue.id],
  );
  expect(both).toEqual([
    { source: 'case', score: 5 },
    { source: 'jsm', score: 2 },
  ]);

  // Praise saved twice, then edited: one fact, as first recorded.
  const praise: Feedback = {
    id: randomUUID(),
    kind: 'praise',
    via: 'customer',
    customerId: customers[1]!,
    issueKey: issue.key,
    engineer: PEOPLE.agent,
    receivedAt: T0 - DAY,
    text: '感谢及时处理 / thanks for the quick fix',
    status: 'open',
    handledAt: null,
  };
  await projectData(sb, 'feedback.save', { record: praise });
  await projectData(sb, 'feedback.save', { record: praise });
  await projectData(sb, 'feedback.save', { record: { ...praise, engineer: PEOPLE.expert, customerId: customers[2]! } });
  expect(await query(sb, 'SELECT * FROM itr_fact_feedback WHERE feedback_id = ?', [praise.id])).toEqual([
    expect.objectContaining({
      kind: 'praise',
      channel: 'customer',
      project: 'SUP',
      month: cstMonth(T0 - DAY),
      customer: customers[1],
      engineer: PEOPLE.agent,
      issue_key: issue.key,
      service_type: itr(issue)['serviceType'],
    }),
  ]);
});

test('beyond eight customers the rest are summed as “other”: every month’s groups add up to its total', async () => {
  for (let n = 0; n < 10; n++)
    await query(
      sb,
      `INSERT INTO itr_fact_survey (survey_id, project, project_id, month, answered_at, customer, score, source)
       VALUES (?, 'SUP', ?, '2026-10', ?, ?, ?, 'campaign')`,
      [randomUUID(), supId, at('2026-10-15T10:00:00'), randomUUID(), 1 + (n % 5)],
    );
  const r = await gadget({ projects: ['SUP'], months: 3, refresh: 0, split: 'customer' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const groups = [...new Set(r.data.rows.map((x) => String(x['group'])))];
  expect(groups).toHaveLength(1 + 8 + 1);
  expect(groups[0]).toBe('*all');
  expect(groups.at(-1)).toBe('*other');
  for (const month of MONTHS) {
    const rows = r.data.rows.filter((x) => x['month'] === month);
    const [all, ...parts] = rows;
    for (const k of ['answered', 'score1', 'score5', 'complaintsCustomer', 'complaintsUser', 'praise', 'issues'])
      expect([month, k, parts.reduce((a, x) => a + Number(x[k] ?? 0), 0)]).toEqual([month, k, Number(all![k])]);
  }
});
