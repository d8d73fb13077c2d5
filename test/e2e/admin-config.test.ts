// The admin page's Configuration section in a real browser under Forge's CSP: an admin breaks an SLA target,
// validates, sees the server's message at that very input, fixes it; the calendar's month view shows the
// official holidays and make-up days; every part in both languages and themes with axe. Screenshots go to
// .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { SandboxUi } from '../../sandbox/ui/server';
import { startSandbox, type Sandbox } from '../support/sandbox';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const PARTS = ['calendars', 'services', 'classification', 'grading', 'sla', 'ola', 'escalation', 'routing'];
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-03T09:30:00+08:00'));
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

/** The admin frame's own URL (axe and screenshots of the frame alone). */
async function frameUrl(page: Page, locale: string, theme: string): Promise<string> {
  await page.goto(`${url}/jira/settings/apps/itr?user=admin&locale=${locale}&theme=${theme}`);
  return `${url}${(await page.locator('#itr-admin').getAttribute('src'))!}`;
}

/** Opens the first card of every folded list (and of the lists inside it), so axe sees each kind of form. */
async function unfoldFirstCards(page: Page): Promise<void> {
  const folded = page.locator('.cfg-items > .cfg-folded:first-child .cfg-fold');
  for (let n = await folded.count(); n > 0; n = await folded.count()) await folded.first().click();
}

async function openConfiguration(frame: Page | FrameLocator, name: string): Promise<void> {
  await frame.getByRole('button', { name, exact: true }).click();
  await frame.locator('#cfg-part-calendars').waitFor();
}

test('an admin gives an SLA target 0 minutes, sees the error at that field, fixes it', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/jira/settings/apps/itr?user=admin&locale=en-US&theme=light`);
  const admin = page.frameLocator('#itr-admin');
  await openConfiguration(admin, 'Configuration');
  await admin.locator('#cfg-part-sla').click();
  await admin.getByRole('button', { name: /^1\. p1 / }).click(); // six policies: their cards start folded
  const target = admin.locator('#cfg-sla-policies-0-targets-firstResponse');
  expect(await target.inputValue()).toBe('15m');

  await target.fill('0');
  await admin.getByRole('button', { name: 'Validate' }).click();
  const error = admin.locator('#cfg-sla-policies-0-targets-firstResponse-error');
  await error.waitFor();
  expect(await error.textContent()).toBe('Error: must be greater than 0 minutes');
  expect(await target.getAttribute('aria-invalid')).toBe('true');
  expect((await target.getAttribute('aria-describedby'))!.split(' ')).toContain(
    'cfg-sla-policies-0-targets-firstResponse-error',
  );
  expect(await admin.locator('#cfg-part-sla .cfg-count').textContent()).toBe('1');
  // The part's list of problems leads to the input too.
  await admin.locator('.cfg-findings').getByRole('button', { name: 'Show' }).click();
  expect(await admin.locator(':focus').getAttribute('id')).toBe('cfg-sla-policies-0-targets-firstResponse');
  await page.screenshot({ path: join(SHOTS, 'admin-config-error-en-light.png'), fullPage: true });

  await target.fill('1h 30m');
  await admin.getByRole('button', { name: 'Validate' }).click();
  await error.waitFor({ state: 'detached' });
  expect(await target.getAttribute('aria-invalid')).not.toBe('true');
  // What the site check still says about this part (if anything) is not about the target.
  expect(await admin.locator('.cfg-findings').allTextContents()).not.toContainEqual(
    expect.stringContaining('targets.firstResponse'),
  );
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 30_000);

test('a classification rule given a catastrophic regular expression shows why at its pattern (zh-CN, dark)', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(await frameUrl(page, 'zh-CN', 'dark'));
  await openConfiguration(page, '配置');
  await page.locator('#cfg-part-classification').click();
  await page.getByRole('button', { name: /^4\. software-bug / }).click();
  const regex = page.locator('#cfg-classification-rules-3-when-patterns-0-regex');
  const original = await regex.inputValue();
  await regex.fill('(\\w+\\s?)+$');
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const error = page.locator('#cfg-classification-rules-3-when-patterns-0-regex-error');
  await error.waitFor();
  expect(await error.textContent()).toContain('nested quantifiers');
  expect(await regex.getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#cfg-part-classification .cfg-count').textContent()).toBe('1');
  await error.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'admin-config-rule-error-zh-CN-dark.png') });

  await regex.fill(original);
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await error.waitFor({ state: 'detached' });
  // Moved up, the open rule stays open under its new number.
  await page.getByRole('button', { name: '上移 4. software-bug → softwareFault' }).click();
  expect(await page.getByRole('button', { name: /^3\. software-bug / }).getAttribute('aria-expanded')).toBe('true');
  expect(await page.getByRole('button', { name: /^4\. maintenance / }).getAttribute('aria-expanded')).toBe('false');
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 30_000);

test('overlapping working hours on a Monday: the error shows on Monday’s row (en-US, dark)', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(await frameUrl(page, 'en-US', 'dark'));
  await openConfiguration(page, 'Configuration');
  await page.getByRole('button', { name: /^cn-5x8 · / }).click();
  const start = page.locator('#cfg-calendars-0-spec-weekly-1-1-0');
  expect(await start.inputValue()).toBe('13:30');
  await start.fill('11:00');
  await page.getByRole('button', { name: 'Validate', exact: true }).click();
  const error = page.locator('#cfg-calendars-0-spec-weekly-1-error');
  await error.waitFor();
  expect(await error.textContent()).toBe('Error: ["11:00","18:00"] overlaps ["09:00","12:00"] on the same day');
  expect(await page.locator('#cfg-part-calendars .cfg-count').textContent()).toBe('1');
  await error.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'admin-config-calendar-error-en-US-dark.png') });

  await start.fill('13:30');
  await page.getByRole('button', { name: 'Validate', exact: true }).click();
  await error.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 30_000);

test('the month view shows 2026’s National Day holidays and the make-up Saturday after them (zh-CN, dark)', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(await frameUrl(page, 'zh-CN', 'dark'));
  await openConfiguration(page, '配置');
  await page.getByRole('button', { name: /^cn-5x8 · / }).click(); // three calendars: their cards start folded
  const month = page.locator('#cfg-month-0');
  await month.fill('2026-10');
  const day = (date: string) => page.locator(`.cfg-calendar td[data-date="${date}"]`).first();
  await day('2026-10-01').waitFor();
  expect(await day('2026-10-01').getAttribute('data-kind')).toBe('holiday');
  expect(await day('2026-10-01').textContent()).toContain('节假日');
  expect(await day('2026-10-10').getAttribute('data-kind')).toBe('makeup');
  expect(await day('2026-10-10').textContent()).toBe('10调休上班7小时30分');
  expect(await day('2026-10-12').getAttribute('data-kind')).toBe('working');
  expect(await day('2026-10-11').getAttribute('data-kind')).toBe('rest');
  // By keyboard: the next-month button moves the view to November.
  await page.getByRole('button', { name: '下个月' }).first().focus();
  await page.keyboard.press('Enter');
  expect(await month.inputValue()).toBe('2026-11');
  await page.getByRole('button', { name: '上个月' }).first().focus();
  await page.keyboard.press('Space');
  expect(await month.inputValue()).toBe('2026-10');
  await page
    .locator('.cfg-month')
    .first()
    .screenshot({ path: join(SHOTS, 'admin-config-month-zh-dark.png') });
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 30_000);

// Every part in two combinations (half the parts a test, to keep each short); the month view's colours in
// the other two.
const [FIRST, SECOND] = [PARTS.slice(0, 4), PARTS.slice(4)];
for (const [locale, theme, name, parts] of [
  ['en-US', 'light', 'Configuration', FIRST],
  ['en-US', 'light', 'Configuration', SECOND],
  ['zh-CN', 'dark', '配置', FIRST],
  ['zh-CN', 'dark', '配置', SECOND],
  ['en-US', 'dark', 'Configuration', ['calendars']],
  ['zh-CN', 'light', '配置', ['calendars']],
] as const) {
  test(`${parts.join(', ')}: no serious axe finding (${locale}, ${theme})`, async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(await frameUrl(page, locale, theme));
    await openConfiguration(page, name);
    for (const part of parts) {
      await page.locator(`#cfg-part-${part}`).click();
      await page.locator('.cfg-part .cfg-card, .cfg-part .cfg-field').first().waitFor();
      await unfoldFirstCards(page);
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect([part, serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([
        part,
        [],
      ]);
      await page.screenshot({ path: join(SHOTS, `admin-config-${part}-${locale}-${theme}.png`) });
    }
    expect(errors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
    await page.close();
  }, 45_000);
}
