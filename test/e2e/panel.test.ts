// The SLA panel in a real browser, framed by the sandbox's Jira-like issue view under Forge's CSP: the
// clocks an agent sees against the engine, counting down on the page's clock and standing still when the
// calendar closes, the timeline, escalating, overriding responsibility, a viewer's disabled actions, axe
// in both themes and languages. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, FrameLocator } from 'playwright-core';
import type { SandboxUi } from '../../sandbox/ui/server';
import type { Issue } from '../../sandbox/jira/site';
import { compileConfig, ITR_TEMPLATE, parseConfig } from '../../src/domain/config';
import type { ItrState } from '../../src/domain/state';
import { fieldId, PEOPLE, startSandbox, type Sandbox, printerIncident } from '../support/sandbox';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
const EMERGENCY_PLAN = 'https://wiki.example.com/erp/emergency-plan';
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;
let issue: Issue;

beforeAll(async () => {
  // The ERP service has an emergency plan: the panel links it (critical services).
  sb = await startSandbox(T0, {
    config: (c) => ({
      ...c,
      services: c.services.map((x) => (x.id === 'erp' ? { ...x, emergencyPlanUrl: EMERGENCY_PLAN } : x)),
    }),
  });
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
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

const cfg = compileConfig(parseConfig(ITR_TEMPLATE));
const calendarOf = (goal: string) => {
  const c = (issue.properties.get('itr') as ItrState).goals[goal]!.cycles.at(-1)!;
  return { cycle: c, cal: cfg.calendars.get(c.calendar)! };
};

/** Business ms left on each running goal at the instant the panel shows (`data-at`), from the engine. */
async function expectLeftAsEngine(panel: FrameLocator): Promise<number> {
  const state = issue.properties.get('itr') as ItrState;
  let checked = 0;
  for (const [id, g] of Object.entries(state.goals)) {
    const c = g.cycles[g.cycles.length - 1];
    if (c?.deadline === undefined || c.stop !== null) continue;
    const shown = panel.locator(`[data-goal="${id}"] [data-left]`);
    const at = Number(await shown.getAttribute('data-at'));
    const left = Number(await shown.getAttribute('data-left'));
    const cal = cfg.calendars.get(c.calendar)!;
    expect(left).toBe(c.deadline >= at ? cal.elapsed(at, c.deadline) : -cal.elapsed(c.deadline, at));
    checked++;
  }
  return checked;
}

/** Waits (up to 5 s) for a condition the page reaches by itself. */
async function until(holds: () => boolean | Promise<boolean>): Promise<void> {
  for (const end = Date.now() + 5000; !(await holds());) {
    if (Date.now() > end) throw new Error('the page never reached the condition');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

for (const [locale, theme] of [
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
  ['en-US', 'dark'],
  ['zh-CN', 'light'],
] as const) {
  test(`an agent sees the clocks and their timeline (${locale}, ${theme}); no CSP violation, console error or serious axe finding`, async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(`${url}/browse/${issue.key}?user=agent&locale=${locale}&theme=${theme}`);
    const panel = page.frameLocator('#itr-sla-panel');
    await panel.locator('#reason').waitFor(); // the action form loads after the clocks
    await page.frameLocator('#itr-issue-context').locator('[data-left]').first().waitFor();
    expect(await expectLeftAsEngine(panel)).toBeGreaterThan(0);
    await expect(panel.locator('html').getAttribute('data-color-mode')).resolves.toBe(theme);
    await page.screenshot({ path: join(SHOTS, `issue-${locale}-${theme}.png`), fullPage: true });

    // The panel alone, its resolution timeline opened (a chunk of its own, loaded on demand).
    const frame = await watchedPage(browser);
    await frame.page.goto(`${url}${(await page.locator('#itr-sla-panel').getAttribute('src'))!}`);
    await frame.page.locator('#reason').waitFor();
    await frame.page.locator('[data-goal="resolution"] details summary').first().click();
    const segments = frame.page.locator('[data-goal="resolution"] .segments li');
    await segments.first().waitFor();
    expect(await segments.first().getAttribute('data-kind')).toBe('counting');
    expect(await frame.page.locator('[data-goal="resolution"] .segments li[data-ahead]').count()).toBeGreaterThan(0);
    await frame.page.screenshot({ path: join(SHOTS, `panel-${locale}-${theme}.png`), fullPage: true });
    const axe = await new AxeBuilder({ page: frame.page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect([...errors, ...frame.errors]).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
    await Promise.all([page.close(), frame.page.close()]);
  }, 60_000);
}

test('the time left counts down while the calendar is open, and stands still once it closes', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.clock.install();
  await page.goto(`${url}/browse/${issue.key}?user=agent`);
  const panel = page.frameLocator('#itr-sla-panel');
  const shown = panel.locator('[data-goal="resolution"] [data-left]');
  await shown.waitFor();
  const read = async () => ({
    at: Number(await shown.getAttribute('data-at')),
    left: Number(await shown.getAttribute('data-left')),
    paused: await shown.getAttribute('data-paused'),
  });
  const { cal } = calendarOf('resolution');
  const first = await read();
  expect(first.paused).toBeNull(); // a Tuesday morning in Beijing: the calendar is open

  // Ten minutes on this page's clock: the time left drops by the business time between, no round trip.
  await page.clock.fastForward(10 * 60_000);
  await until(async () => (await read()).at >= first.at + 10 * 60_000);
  const later = await read();
  expect(later.left).toBe(first.left - cal.elapsed(first.at, later.at));
  expect(later.left).toBeLessThan(first.left);

  // Past the evening close: only the time up to 18:00 was used, and the clock says why it stands still.
  const [, close] = cal.openings(later.at, later.at + 86_400_000).find(([, b]) => b > later.at)!;
  await page.clock.fastForward(close - later.at + 30 * 60_000);
  await until(async () => (await read()).paused === 'hours');
  const closed = await read();
  expect(closed.left).toBe(first.left - cal.elapsed(first.at, close));
  await page.clock.fastForward(20 * 60_000);
  await until(async () => (await read()).at >= closed.at + 20 * 60_000);
  expect((await read()).left).toBe(closed.left);
  expect(await panel.locator('[data-goal="resolution"]').textContent()).toContain('outside working hours');
  expect(errors).toEqual([]);
  await page.close();
}, 30_000);

test('an agent overrides the responsibility through the form: errors at the field first, then done', async () => {
  const other = printerIncident(sb.site);
  await sb.host.settle();
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/browse/${other.key}?user=agent`);
  const panel = page.frameLocator('#itr-sla-panel');
  await panel.locator('#party').selectOption('supplier');
  await panel.getByRole('button', { name: 'Override' }).click();
  await panel.locator('#reason-error').waitFor();
  expect(await panel.locator('#reason-error').textContent()).toBe('An override needs a reason.');
  expect(await panel.locator('#override-reason').getAttribute('aria-describedby')).toBe('reason-error');

  await panel.locator('#override-reason').fill('备件质量问题 / faulty spare part');
  await panel.getByRole('button', { name: 'Override' }).click();
  await panel.locator('#supplier-error').waitFor();
  expect(await panel.locator('#supplier-error').textContent()).toBe('Name the supplier held responsible.');
  expect(await panel.locator('#reason-error').count()).toBe(0);
  await page.waitForTimeout(300); // the fields' border colours ease in
  await page.screenshot({ path: join(SHOTS, 'override-error.png'), fullPage: true });

  await panel.locator('#supplier').fill('Acme Printers');
  await panel.locator('#supplier').press('Enter');
  await panel.locator('#override-outcome').waitFor();
  expect(await panel.locator('#override-outcome').textContent()).toBe('Done.');
  sb.site.update(other, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent);
  await sb.host.settle();
  expect(other.properties.get('itr')).toMatchObject({ responsibility: 'supplier' });
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 30_000);

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

test('linked issues and the emergency plan open through Jira’s router, not inside the frame', async () => {
  const requirement = sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Service request',
      summary: '新需求:订单导出到 Excel / New requirement: export orders to Excel',
      reporter: PEOPLE.reporter,
    },
    PEOPLE.reporter,
  );
  await sb.host.settle();
  const ltc = (requirement.properties.get('itr') as ItrState).links.ltc!;
  expect(ltc).toMatch(/^SALES-\d+$/);
  const { page, errors } = await watchedPage(browser);
  const navigations: unknown[] = [];
  await page.route('**/__bridge', async (route) => {
    const call = route.request().postDataJSON() as { name: string; payload: unknown };
    if (call.name === 'navigate') navigations.push(call.payload);
    await route.continue();
  });
  await page.goto(`${url}/browse/${requirement.key}?user=agent`);
  const panel = page.frameLocator('#itr-sla-panel');
  await panel.getByRole('link', { name: ltc }).click();
  await until(() => navigations.length === 1);
  expect(navigations).toEqual([{ url: `/browse/${ltc}`, type: 'same-tab' }]);
  await page.waitForURL(new RegExp(`/browse/${ltc}\\?user=agent`)); // Jira's page follows, for the same viewer
  await page.goto(`${url}/browse/${issue.key}?user=agent`);
  await panel.getByRole('link', { name: 'Emergency plan' }).click();
  await until(() => navigations.length === 2);
  expect(navigations[1]).toEqual({ url: EMERGENCY_PLAN, type: 'new-tab' });
  expect(page.frames().map((f) => new URL(f.url()).pathname)).toContain('/browse/' + issue.key);
  await panel.locator('[data-goal]').first().waitFor(); // the frame still shows the panel
  expect(errors).toEqual([]);
  await page.close();
}, 30_000);

test('a viewer sees the actions disabled, with the reason; the resolver refuses anyway', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/browse/${issue.key}?user=viewer&locale=zh-CN`);
  const panel = page.frameLocator('#itr-sla-panel');
  await panel.locator('#why-disabled').waitFor();
  expect(await panel.locator('#why-disabled').textContent()).toContain('编辑事项');
  const buttons = await panel.getByRole('button').all();
  expect(buttons.length).toBeGreaterThanOrEqual(3);
  for (const b of buttons) expect(await b.isDisabled()).toBe(true);
  expect(await panel.locator('#party').isDisabled()).toBe(true);
  // A viewer who calls the resolver from the frame all the same is refused, and nothing changes.
  const before = JSON.stringify(issue.properties.get('itr'));
  const frame = (await (await page.$('#itr-sla-panel'))!.contentFrame())!;
  const answer = await frame.evaluate(() =>
    (
      globalThis as unknown as { __bridge: { callBridge: (n: string, p: unknown) => Promise<unknown> } }
    ).__bridge.callBridge('invoke', {
      functionKey: 'panel.escalate',
      payload: { requestId: crypto.randomUUID(), reason: 'let me in' },
    }),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await sb.host.settle();
  expect(JSON.stringify(issue.properties.get('itr'))).toBe(before);
  expect(errors).toEqual([]);
  await page.close();
}, 30_000);
