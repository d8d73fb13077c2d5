// Satisfaction surveys end to end on the sandbox: a resolved service desk request waits for JSM's CSAT
// (read by the daily job), a survey the agent requests reaches the reporter as a signed link, and the link
// is answered once; forged, expired, reused and out-of-scope links are refused with their own status and
// write nothing. Periodic campaigns mint one link per customer user; scores are aggregated in SQL.

import { randomUUID } from 'node:crypto';
import { rateRequest } from '../../sandbox/jira/csat';
import type { Issue } from '../../sandbox/jira/site';
import { activateTemplate } from '../../sandbox/demo/activate';
import type { Campaign, CampaignLink, Scores, Survey } from '../../src/contract/records/survey';
import type { ListPage } from '../../src/contract/project';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { fieldId, passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { answerLink, linkSentFor, openLink, withParam } from '../support/surveys';

const T0 = Date.parse('2026-03-04T09:30:00+08:00');
const DAY = 86_400_000;
let sb: Sandbox;
let supId: string;

beforeAll(async () => {
  sb = await startSandbox(T0);
  supId = sb.site.projects.get('SUP')!.id;
}, 180_000);
afterAll(async () => sb.stop());

const surveysOf = (issue: Issue) =>
  query<{ source: string; score: number | null; answered_at: number | null; comment: string | null }>(
    sb,
    'SELECT source, score, answered_at, comment FROM itr_survey WHERE issue_id = ? ORDER BY source',
    [issue.id],
  );

async function resolve(issue: Issue): Promise<void> {
  sb.site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent);
  await sb.host.settle();
}

async function requestSurvey(issue: Issue): Promise<string> {
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
  return linkSentFor(sb, issue.key);
}

test('a resolved service desk request is not asked twice: JSM’s CSAT is read once, when given', async () => {
  const issue = passwordRequest(sb.site, 1);
  await sb.host.settle();
  await resolve(issue);
  sb.site.update(issue, { status: 'Reopened' }, PEOPLE.reporter);
  await sb.host.settle();
  await resolve(issue); // resolved again: still one survey
  expect(await surveysOf(issue)).toEqual([{ source: 'jsm', score: null, answered_at: null, comment: null }]);
  expect(sb.site.notifications.filter((n) => n.issue === issue.key && n.textBody)).toEqual([]);

  const unrated = await sb.host.runSchedule('itr-daily');
  expect(unrated.result).toMatchObject({
    jobs: expect.arrayContaining([expect.objectContaining({ name: 'surveys.csat', failed: false })]) as unknown,
  });
  expect((await surveysOf(issue))[0]!.answered_at).toBeNull(); // JSM answered 404: no rating yet

  rateRequest(sb.site, issue.key, 2, 'Took three days to reset a password.');
  await sb.host.runSchedule('itr-daily');
  const [rated] = await surveysOf(issue);
  expect(rated).toMatchObject({ source: 'jsm', score: 2, comment: 'Took three days to reset a password.' });
  const complaints = await query(
    sb,
    'SELECT kind, via, source, issue_key, text FROM itr_feedback WHERE issue_key = ?',
    [issue.key],
  );
  expect(complaints).toEqual([
    {
      kind: 'complaint',
      via: 'user',
      source: 'survey',
      issue_key: issue.key,
      text: 'Took three days to reset a password.',
    },
  ]);

  rateRequest(sb.site, issue.key, 5, 'changed my mind');
  const before = await tableChecksums(sb);
  await sb.host.runSchedule('itr-daily'); // answered: not asked again, not overwritten
  expect(await tableChecksums(sb)).toEqual(before);
}, 60_000);

test('a low rating from one of the customer’s contacts is a complaint through the customer', async () => {
  const acme = randomUUID();
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Initech', '{}', ?, 'manual', 0, 'test')",
    [supId, acme, JSON.stringify([PEOPLE.reporter])],
  );
  const issue = sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Service request',
      summary: 'VPN access for the new office',
      reporter: PEOPLE.reporter,
      custom: { [fieldId(sb.site, 'Customer')]: 'Initech', [fieldId(sb.site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
  await sb.host.settle();
  await resolve(issue);
  const [survey] = await query<{ customer_id: string | null }>(
    sb,
    'SELECT customer_id FROM itr_survey WHERE issue_id = ?',
    [issue.id],
  );
  expect(survey).toEqual({ customer_id: acme });
  rateRequest(sb.site, issue.key, 1, 'Nobody called back.');
  await sb.host.runSchedule('itr-daily');
  expect(await query(sb, 'SELECT via, customer_id FROM itr_feedback WHERE issue_key = ?', [issue.key])).toEqual([
    { via: 'customer', customer_id: acme },
  ]);
}, 60_000);

test('a requested survey reaches the reporter as a signed link, answered once', async () => {
  const issue = passwordRequest(sb.site, 2);
  await sb.host.settle();
  const url = await requestSurvey(issue);
  expect(new URL(url).pathname).toMatch(/^\/x1\/[0-9a-f-]{36}$/);

  const form = await openLink(sb, url, { 'accept-language': 'zh-CN,zh;q=0.9' });
  expect(form.status).toBe(200);
  expect(form.headers['content-security-policy']).toMatch(
    /^default-src 'none'; style-src 'sha256-[^']+'; form-action 'self'/,
  );
  expect(form.body).toContain('<html lang="zh-CN">');
  expect(form.body).toContain(`请对 ${issue.key} 的处理进行评价`);
  expect((await openLink(sb, withParam(url, 'lang', 'en'))).body).toContain(`Please rate how we handled ${issue.key}`);

  const bad = await answerLink(sb, url, { score: '6', comment: 'x' });
  expect(bad.status).toBe(400);
  expect(bad.body).toContain('Choose a rating from 1 to 5.');

  const ok = await answerLink(sb, url, { score: '4', comment: '  Quick and friendly.  ' });
  expect(ok.status).toBe(200);
  expect(ok.body).toContain('Thank you');
  expect(await surveysOf(issue)).toEqual([
    { source: 'link', score: 4, answered_at: expect.any(Number) as unknown, comment: 'Quick and friendly.' },
  ]);

  const before = await tableChecksums(sb);
  const again = await answerLink(sb, url, { score: '1', comment: 'second try' });
  expect(again.status).toBe(409);
  expect(again.body).toContain('already answered');
  expect(again.body).toContain('此调查已填写');
  expect((await openLink(sb, url)).status).toBe(409);
  expect(await tableChecksums(sb)).toEqual(before);

  // Asked for again: the same survey, no second link.
  await requestSurvey(issue);
  expect(sb.site.notifications.filter((n) => n.issue === issue.key && n.textBody)).toHaveLength(1);
}, 60_000);

test('a link Jira did not send leaves no survey behind: the same request, retried, sends it', async () => {
  const issue = passwordRequest(sb.site, 6);
  await sb.host.settle();
  const requestId = randomUUID();
  sb.host.jira.faults.push({
    method: 'POST',
    template: '/rest/api/3/issue/{issueIdOrKey}/notify',
    status: 500,
    times: 1,
  });
  const as = { accountId: PEOPLE.agent, issue: { id: String(issue.id), key: issue.key } };
  const failed = await sb.host.resolve('panelResolver', 'itr-sla-panel', 'panel.requestSurvey', { requestId }, as);
  expect(failed.outcome).toBe('error');
  expect(await surveysOf(issue)).toEqual([]);
  const retried = await sb.host.resolve('panelResolver', 'itr-sla-panel', 'panel.requestSurvey', { requestId }, as);
  expect(retried.result).toMatchObject({ ok: true });
  expect(sb.site.notifications.filter((n) => n.issue === issue.key && n.textBody)).toHaveLength(1);
  expect(await surveysOf(issue)).toEqual([{ source: 'link', score: null, answered_at: null, comment: null }]);
}, 60_000);

test('a forged, altered or malformed link is refused and writes nothing', async () => {
  const issue = passwordRequest(sb.site, 3);
  await sb.host.settle();
  const url = await requestSurvey(issue);
  const sig = new URL(url).searchParams.get('sig')!;
  const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
  const e = Number(new URL(url).searchParams.get('e'));
  const before = await tableChecksums(sb);
  const cases: Array<[string, number, string]> = [
    [withParam(url, 'sig', flipped), 403, 'not valid'],
    [withParam(url, 'e', String(e + DAY)), 403, 'not valid'],
    [withParam(url, 's', randomUUID()), 403, 'not valid'],
    [withParam(url, 'sig', 'short'), 400, 'incomplete or damaged'],
    [`${url}&extra=1`, 400, 'incomplete or damaged'],
    [url.replace(/\?.*/, '/other?') + new URL(url).search.slice(1), 404, 'no such page'],
  ];
  for (const [link, status, says] of cases) {
    const r = await answerLink(sb, link, { score: '5' });
    expect([link, r.status]).toEqual([link, status]);
    expect(r.body).toContain(says);
  }
  expect((await sb.host.webTrigger({ method: 'PUT', url, headers: {}, body: '' })).status).toBe(405);
  expect(
    (
      await sb.host.webTrigger({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        body: '{"score":5}',
      })
    ).status,
  ).toBe(415);
  expect(await tableChecksums(sb)).toEqual(before);
  expect((await surveysOf(issue))[0]!.answered_at).toBeNull();
}, 60_000);

test('periodic campaigns: one link per customer user, counted once each; scores per group', async () => {
  const customer = randomUUID();
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [supId, customer],
  );
  for (const [name, email] of [
    ['王芳', 'wang.fang@acme.example'],
    ['Li Lei', null],
  ])
    await query(
      sb,
      "INSERT INTO itr_customer_user (project_id, id, customer_id, name, email, tier, source, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'standard', 'manual', 0, 'test')",
      [supId, randomUUID(), customer, name, email],
    );
  const id = randomUUID();
  const campaign = { id, title: '2026 Q1 satisfaction', customerId: customer, closesOn: '2026-03-31' };
  const viewer = await projectCall(sb, 'survey.campaign.open', { campaign }, PEOPLE.viewer);
  expect(viewer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const past = await projectCall(sb, 'survey.campaign.open', { campaign: { ...campaign, closesOn: '2026-03-01' } });
  expect(past).toMatchObject({ ok: false, error: { code: 'invalid', path: 'campaign.closesOn' } });

  const opened = await projectData<{ campaign: Campaign; links: CampaignLink[] }>(sb, 'survey.campaign.open', {
    campaign,
  });
  expect(opened.links.map((l) => l.respondent).sort()).toEqual(['Li Lei', '王芳 <wang.fang@acme.example>']);
  const again = await projectData<{ links: CampaignLink[] }>(sb, 'survey.campaign.open', { campaign });
  expect(again.links).toEqual(opened.links); // a retried opening: the same links

  const [first, second] = opened.links;
  expect((await answerLink(sb, first!.url, { score: '5', comment: '' })).status).toBe(200);
  expect((await answerLink(sb, first!.url, { score: '5' })).status).toBe(409);
  expect((await openLink(sb, second!.url)).body).toContain('Please rate the service we gave you');

  const [listed] = await projectData<Campaign[]>(sb, 'survey.campaign.list', {});
  expect(listed).toMatchObject({ id, sent: 2, answered: 1 });
  const page = await projectData<ListPage<Survey>>(sb, 'survey.list', {
    filter: { campaignId: id },
    sort: { by: 'score', dir: 'desc' },
  });
  expect(page.items.map((s) => s.score)).toEqual([5, null]);

  const scores = await projectData<Scores>(sb, 'survey.scores', { from: '2026-03-01', to: '2026-03-31' });
  // Answered so far: the JSM ratings 2 and 1, the link's 4, the campaign's 5.
  expect(scores.overall).toEqual({ key: '', count: 4, average: 3, distribution: [1, 1, 0, 1, 1] });
  expect(scores.byCustomer.find((g) => g.key === customer)).toEqual({
    key: customer,
    count: 1,
    average: 5,
    distribution: [0, 0, 0, 0, 1],
  });
  expect(scores.byServiceType.reduce((n, g) => n + g.count, 0)).toBe(4);
  const empty = await projectData<Scores>(sb, 'survey.scores', { from: '2025-01-01', to: '2025-12-31' });
  expect(empty.overall.count).toBe(0);
  const backwards = await projectCall(sb, 'survey.scores', { from: '2026-03-31', to: '2026-03-01' });
  expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid', path: 'to' } });
}, 60_000);

test('an expired link is refused (410), and one whose project left the scope (403), writing nothing', async () => {
  const issue = passwordRequest(sb.site, 4);
  await sb.host.settle();
  const url = await requestSurvey(issue);
  const soon = passwordRequest(sb.site, 5);
  await sb.host.settle();
  const stillOpen = await requestSurvey(soon);

  sb.host.jumpTo(sb.host.now() + 31 * DAY);
  const before = await tableChecksums(sb);
  const expired = await answerLink(sb, url, { score: '3' });
  expect(expired.status).toBe(410);
  expect(expired.body).toContain('expired');
  expect(expired.body).toContain('链接已过期');
  expect(await tableChecksums(sb)).toEqual(before);

  // A campaign link valid for long enough, then the configuration in force stops managing SUP.
  sb.host.jumpTo(T0 + 2 * DAY);
  expect((await openLink(sb, stillOpen)).status).toBe(200);
  await activateTemplate(sb.host, sb.site, ['RD']);
  const after = await tableChecksums(sb);
  const out = await answerLink(sb, stillOpen, { score: '3' });
  expect(out.status).toBe(403);
  expect(out.body).toContain('no longer managed here');
  expect(await tableChecksums(sb)).toEqual(after);
}, 120_000);

test('outside a service desk, a resolved issue sends its reporter the link once (a notification, not a comment)', async () => {
  // The configuration in force now manages RD (a software project) only.
  const issue = sb.site.createIssue(
    { project: 'RD', issuetype: 'Bug', summary: 'Export to PDF fails', reporter: PEOPLE.expert },
    PEOPLE.expert,
  );
  await sb.host.settle();
  await resolve(issue);
  sb.site.update(issue, { status: 'Reopened' }, PEOPLE.expert);
  await sb.host.settle();
  await resolve(issue);
  const sent = sb.site.notifications.filter((n) => n.issue === issue.key && n.textBody);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.to).toEqual({ reporter: true });
  expect(sent[0]!.textBody).toContain(`Please rate how we handled ${issue.key}`);
  expect(sent[0]!.textBody).toContain(`请对 ${issue.key} 的处理进行评价`);
  expect(await surveysOf(issue)).toEqual([{ source: 'link', score: null, answered_at: null, comment: null }]);
  expect((await answerLink(sb, linkSentFor(sb, issue.key), { score: '5' })).status).toBe(200);
}, 60_000);
