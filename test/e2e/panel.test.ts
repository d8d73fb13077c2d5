// The SLA panel in a real browser, framed by the sandbox's Jira-like issue view under Forge's CSP: the
// clocks an agent sees against the engine, escalating, a viewer's disabled actions, axe in both themes
// and languages. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SandboxUi } from '../../sandbox/ui/server';
import { REPO_ROOT } from '../../sandbox/repo-root';
import type { Issue } from '../../sandbox/jira/site';
import { compileConfig, ITR_TEMPLATE, parseConfig } from '../../src/domain/config';
import type { ItrState } from '../../src/domain/state';
import { fieldId, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { launch, watchedPage } from './browser';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
const SHOTS = join(REPO_ROOT, '.tmp/screenshots');
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;
let issue: Issue;

beforeAll(async () => {
  sb = await startSandbox(T0);
  issue = sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: 'ERP 系统无法登录 / ERP login fails',
      reporter: PEOPLE.reporter,
      components: ['ERP'],
      custom: { [fieldId(sb.site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
  await sb.host.advance(45 * 60_000);
  ui = new SandboxUi(sb.host);
  url = await ui.start();
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser.close();
  await ui.stop();
  await sb.stop();
});

/** Business ms left on each running goal at the host's instant, from the engine's calendars. */
function expectedLeft(): Map<string, number> {
  const cfg = compileConfig(parseConfig(ITR_TEMPLATE));
  const state = issue.properties.get('itr') as ItrState;
  const now = sb.host.now();
  const left = new Map<string, number>();
  for (const [id, g] of Object.entries(state.goals)) {
    const c = g.cycles[g.cycles.length - 1];
    if (c?.deadline !== undefined && c.stop === null && c.deadline > now)
      left.set(id, cfg.calendars.get(c.calendar)!.elapsed(now, c.deadline));
  }
  return left;
}

for (const [locale, theme] of [
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
  ['en-US', 'dark'],
  ['zh-CN', 'light'],
] as const) {
  test(`an agent sees the clocks (${locale}, ${theme}); no CSP violation, console error or serious axe finding`, async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(`${url}/browse/${issue.key}?user=agent&locale=${locale}&theme=${theme}`);
    const panel = page.frameLocator('#itr-sla-panel');
    await panel.locator('#reason').waitFor(); // the action form loads after the clocks
    await page.frameLocator('#itr-issue-context').locator('[data-left]').waitFor();
    const expected = expectedLeft();
    expect(expected.size).toBeGreaterThan(0);
    for (const [goal, ms] of expected)
      expect(Number(await panel.locator(`[data-goal="${goal}"] [data-left]`).getAttribute('data-left'))).toBe(ms);
    await expect(panel.locator('html').getAttribute('data-color-mode')).resolves.toBe(theme);
    await page.screenshot({ path: join(SHOTS, `issue-${locale}-${theme}.png`), fullPage: true });

    const frame = await watchedPage(browser);
    await frame.page.goto(`${url}${(await page.locator('#itr-sla-panel').getAttribute('src'))!}`);
    await frame.page.locator('[data-goal]').first().waitFor();
    const axe = await new AxeBuilder({ page: frame.page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect([...errors, ...frame.errors]).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
    await Promise.all([page.close(), frame.page.close()]);
  }, 30_000);
}

test('an agent escalates with a reason, by keyboard; the issue moves to the next tier', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/browse/${issue.key}?user=agent`);
  const panel = page.frameLocator('#itr-sla-panel');
  await panel.locator('#reason').fill('Customer cannot work: the whole finance team is blocked');
  await panel.locator('#reason').press('Enter');
  await panel.getByRole('status').waitFor();
  expect(await panel.getByRole('status').textContent()).toBe('Done.');
  await sb.host.settle();
  expect((issue.properties.get('itr') as ItrState).tier).toBe('L2');
  await page.screenshot({ path: join(SHOTS, 'escalated.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
}, 30_000);

test('a viewer sees the actions disabled, with the reason', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/browse/${issue.key}?user=viewer&locale=zh-CN`);
  const panel = page.frameLocator('#itr-sla-panel');
  await panel.locator('#why-disabled').waitFor();
  expect(await panel.locator('#why-disabled').textContent()).toContain('编辑事项');
  for (const b of await panel.getByRole('button').all()) expect(await b.isDisabled()).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
}, 30_000);
