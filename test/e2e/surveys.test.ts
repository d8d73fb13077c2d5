// Surveys in a real browser. The survey form behind a link, as the person asked opens it (their language
// and colour scheme, under the page's own strict CSP): answered once, then refused as already answered.
// The Surveys tab in the project page: scores, a campaign opened with its links, the list; English and
// Chinese, light and dark, axe clean. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { rateRequest } from '../../sandbox/jira/csat';
import type { SandboxUi } from '../../sandbox/ui/server';
import { query } from '../support/project';
import { passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { linkSentFor } from '../support/surveys';
import { openProjectPage } from './project-shell';
import { closeShell, openShell, SHOTS } from './browser';

const T0 = Date.parse('2026-03-02T09:30:00+08:00');
const ACME = '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a01';
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;
let links: string[];

beforeAll(async () => {
  sb = await startSandbox(T0);
  ({ ui, url, browser } = await openShell(sb.host)); // first: the links the app makes point at the shell
  const sup = sb.site.projects.get('SUP')!;
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [sup.id, ACME],
  );
  await query(
    sb,
    "INSERT INTO itr_customer_user (project_id, id, customer_id, name, email, tier, source, updated_at, updated_by) VALUES (?, ?, ?, '王芳', 'wang.fang@acme.example', 'vip', 'manual', 0, 'test')",
    [sup.id, randomUUID(), ACME],
  );
  // Resolved requests rated on JSM's portal, read by the daily job; two the agent asked about by link.
  for (const [n, score] of [
    [1, 5],
    [2, 4],
    [3, 2],
  ] as const) {
    const issue = passwordRequest(sb.site, n);
    await sb.host.settle();
    sb.site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent);
    await sb.host.settle();
    rateRequest(sb.site, issue.key, score, score < 3 ? 'Slow to answer.' : null);
  }
  await sb.host.runSchedule('itr-daily');
  links = [];
  for (const n of [4, 5]) {
    const issue = passwordRequest(sb.site, n);
    await sb.host.settle();
    await sb.host.resolve(
      'panelResolver',
      'itr-sla-panel',
      'panel.requestSurvey',
      { requestId: randomUUID() },
      {
        accountId: PEOPLE.agent,
        issue: { id: String(issue.id), key: issue.key },
      },
    );
    links.push(linkSentFor(sb, issue.key));
  }
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

/** A page in a context of the asked person's language and colour scheme; console errors collected. */
async function pageFor(locale: string, colorScheme: 'light' | 'dark') {
  const page = await (
    await browser.newContext({ locale, colorScheme, viewport: { width: 1280, height: 1300 } })
  ).newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

async function axe(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const r = await (include ? builder.include(include) : builder).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('the survey form: answered once in English, then refused as already answered', async () => {
  const { page, errors } = await pageFor('en-US', 'light');
  const link = links[0]!;
  expect(link.startsWith(`${url}/x1/`)).toBe(true);
  await page.goto(link);
  await page.getByRole('heading', { name: 'How did we do?' }).waitFor();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'survey-form-en-light.png'), fullPage: true });
  // Keyboard only: into the ratings, choose 4, write a comment, send.
  await page.getByLabel('1 – Very dissatisfied').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  expect(await page.getByLabel('4 – Satisfied').isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Fixed within the hour.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByText('Thank you: your answer was recorded.').waitFor();
  await page.screenshot({ path: join(SHOTS, 'survey-form-en-thanks.png'), fullPage: true });
  const [row] = await query<{ score: number; comment: string }>(
    sb,
    'SELECT score, comment FROM itr_survey WHERE source = ? AND answered_at IS NOT NULL',
    ['link'],
  );
  expect(row).toEqual({ score: 4, comment: 'Fixed within the hour.' });

  expect(errors).toEqual([]);
  const again = await page.goto(link);
  expect(again?.status()).toBe(409);
  await page.getByText('This survey was already answered: each link counts once.').waitFor();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'survey-form-en-answered.png'), fullPage: true });
  // The browser logs the refusal's status, and nothing else.
  expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
});

test('the survey form in Chinese and dark (the browser’s language and scheme), refusing a bad answer', async () => {
  const { page, errors } = await pageFor('zh-CN', 'dark');
  await page.goto(links[1]!);
  await page.getByRole('heading', { name: '服务满意度回访' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'survey-form-zh-CN-dark.png'), fullPage: true });
  await page.getByLabel('意见(可选)').fill('太'.repeat(10));
  await page.getByLabel('2 – 不满意').check();
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('谢谢:您的评价已记录。').waitFor();
  await page.screenshot({ path: join(SHOTS, 'survey-form-zh-CN-dark-thanks.png'), fullPage: true });
  const complaints = await query(sb, 'SELECT kind, source FROM itr_feedback WHERE text = ?', ['太'.repeat(10)]);
  expect(complaints).toEqual([{ kind: 'complaint', source: 'survey' }]);
  expect(errors).toEqual([]);
});

async function openTab(page: Page, q: Record<string, string>, tab: string) {
  const frame = await openProjectPage(page, url, q);
  await frame.getByRole('tab', { name: tab }).click();
  return frame;
}

test('the Surveys tab: scores, a campaign opened with its link, the list', async () => {
  const { page, errors } = await pageFor('en-US', 'light');
  const frame = await openTab(page, { user: 'manager', locale: 'en-US', theme: 'light' }, 'Surveys');
  // JSM ratings 5, 4, 2 and the links' 4 and 2.
  await frame.getByText('Overall: 3.40 from 5 answers').waitFor();
  await frame.getByRole('table', { name: 'By customer' }).waitFor();
  await frame.getByRole('button', { name: 'Open a campaign' }).click();
  await frame.getByLabel('Title', { exact: true }).fill('Q1 2026 satisfaction');
  await frame.getByLabel('Customer', { exact: true }).selectOption({ label: 'Acme' });
  await frame.getByLabel('Closes on', { exact: true }).fill('2026-02-01');
  await frame.getByRole('button', { name: 'Open and make the links' }).click();
  await frame.locator('#campaign-closes-error').waitFor();
  expect(await frame.locator('#campaign-closes-error').textContent()).toMatch(/closing day has passed/);
  await frame.getByLabel('Closes on', { exact: true }).fill('2026-03-31');
  await frame.getByRole('button', { name: 'Open and make the links' }).click();
  const link = frame.getByLabel('Survey link for 王芳 <wang.fang@acme.example>');
  await link.waitFor();
  expect(await link.inputValue()).toMatch(/\/x1\/[0-9a-f-]{36}\?p=\d+&s=/);
  await frame.getByRole('cell', { name: '0 of 1 answered' }).waitFor();
  await frame.getByRole('cell', { name: 'Periodic: 王芳 <wang.fang@acme.example>' }).waitFor();
  expect(await axe(page, '#itr-project')).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'project-surveys-en-US-light.png'), fullPage: true });
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
});

test.each([
  ['zh-CN', 'dark', '满意度调查', '总体:5 份回复,平均 3.40'],
  ['en-US', 'dark', 'Surveys', 'Overall: 3.40 from 5 answers'],
  ['zh-CN', 'light', '满意度调查', '总体:5 份回复,平均 3.40'],
])(
  'the Surveys tab for a person who only browses, %s %s: no campaign form, no links',
  async (locale, theme, tab, overall) => {
    const { page, errors } = await pageFor(locale, theme === 'dark' ? 'dark' : 'light');
    const frame = await openTab(page, { user: 'viewer', locale, theme }, tab);
    await frame.getByText(overall).waitFor();
    await frame.locator('#surveys').waitFor();
    expect(await frame.getByRole('button', { name: /Open a campaign|发起调查/ }).count()).toBe(0);
    expect(await frame.getByRole('button', { name: /^(Links|链接)$/ }).count()).toBe(0);
    expect(await axe(page, '#itr-project')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `project-surveys-${locale}-${theme}.png`), fullPage: true });
    expect(errors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
  },
);
