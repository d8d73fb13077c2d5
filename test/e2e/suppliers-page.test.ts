// The Suppliers and Third parties tabs in a real browser, framed by the sandbox's Jira project page under
// Forge's CSP, on the demo's suppliers and third parties: the UC check flags the looser contract; the
// service manager records a looser UC (warned before saving), an audit (scores proposed from the tier's
// issues, "no data" where there is none) and escalates a dispute (earlier stages are not offered); marks a
// third party's review done and is refused a 5W1H answer left empty. Readers see both tabs without forms,
// in English and Chinese, light and dark; axe clean. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { PEOPLE } from '../../sandbox/demo/site-seed';
import { seedSuppliers } from '../../sandbox/demo/relations/suppliers';
import type { SandboxUi } from '../../sandbox/ui/server';
import { projectData } from '../support/project';
import { startSandbox, type Sandbox } from '../support/sandbox';
import { openProjectPage } from './project-shell';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-03-02T09:30:00+08:00');
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
  await seedSuppliers({
    host: sb.host,
    site: sb.site,
    now: T0,
    call: <T>(fn: string, payload: unknown) => projectData<T>(sb, fn, payload, PEOPLE.manager),
  });
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

const open = (page: Page, q: Record<string, string>): Promise<FrameLocator> => openProjectPage(page, url, q);

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).include('#itr-project').analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ${v.nodes.map((n) => n.html).join(' | ')}`);
}

test('the UC check flags the looser contract; a looser UC is warned of, saved and flagged; an audit and a dispute', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Suppliers' }).click();
  const summary = frame.locator('.uc-check');
  await summary.getByText('1 of 2 underpinning contracts are not strict enough:').waitFor();
  expect(await summary.textContent()).toMatch(/p3 · P3 · response: UC 120 min, SLA 120 min, allowed at most 96 min/);
  await page.screenshot({ path: join(SHOTS, 'project-suppliers-check.png'), fullPage: true });

  // Open the on-site supplier (keyboard: the name is a button).
  await frame.getByRole('button', { name: /^Open 神州数码/ }).focus();
  await page.keyboard.press('Enter');
  await frame.getByRole('heading', { name: /^神州数码/, level: 2 }).waitFor();
  await frame.getByRole('button', { name: 'Add an underpinning contract' }).click();
  await frame.getByLabel('Contract', { exact: true }).fill('Weekend printer cover');
  await frame.getByRole('checkbox', { name: 'p4' }).check();
  for (const g of ['P1', 'P2', 'P3', 'P4']) {
    await frame.getByLabel(`${g} Response`).fill('200');
    await frame.getByLabel(`${g} Resolution`).fill('2000');
  }
  const warning = frame.getByText('Looser than the SLAs it backs');
  await warning.waitFor();
  expect(await frame.locator('form.record').textContent()).toMatch(
    /p4 · P1 · response: UC 200 min, SLA 240 min, allowed at most 192 min/,
  );
  await page.screenshot({ path: join(SHOTS, 'project-suppliers-uc-warning.png'), fullPage: true });
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = frame.getByRole('row', { name: /Weekend printer cover/ });
  await saved.getByText(/p4 · P1 · response: UC 200 min/).waitFor();

  // An audit: proposals from the supplier tier's issues (none in this sandbox: "no data"), scores chosen.
  await frame.getByRole('button', { name: 'Record an audit' }).click();
  await frame.getByLabel('Period', { exact: true }).fill('2026-Q1');
  await frame.getByRole('button', { name: 'Propose scores from the tier’s issues' }).click();
  await frame.getByText('0 issues of the period held by tier supplier.').waitFor();
  expect(await frame.locator('#aud-responseAbility-evidence').textContent()).toMatch(/no data/);
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.locator('#aud-responseAbility-error').waitFor();
  expect(await frame.locator('#aud-responseAbility-error').textContent()).toMatch(/Give a score from 1 to 5/);
  const dims = [
    'Response ability',
    'Problem-solving ability',
    'Problem-solving efficiency',
    'Staff stability',
    'Customer feedback',
    'Cooperation',
  ];
  for (const [i, d] of dims.entries())
    await frame.getByLabel(`${d} · Score (1–5)`).selectOption(String([4, 4, 3, 5, 3, 4][i]));
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  // 4×20 + 4×20 + 3×20 + 5×15 + 3×15 + 4×10 = 380 → 3.80
  await frame.getByRole('cell', { name: '3.80' }).waitFor();

  // The company-process dispute: coordination is no longer offered; legal is.
  const row = frame.getByRole('row', { name: /printer outage at the Pudong office/ });
  await row.getByRole('button', { name: 'Edit' }).click();
  const stage = frame.getByLabel('Stage', { exact: true });
  expect(await stage.locator('option').allTextContents()).toEqual(['Company process', 'Legal']);
  await stage.selectOption({ label: 'Legal' });
  await frame.getByLabel('Closed', { exact: true }).fill('2026-03-01');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.locator('#dsp-outcome-error').waitFor();
  expect(await frame.locator('#dsp-outcome-error').textContent()).toBe('Closing a dispute needs its outcome.');
  await page.screenshot({ path: join(SHOTS, 'project-suppliers-detail.png'), fullPage: true });
  await frame.getByLabel('Outcome', { exact: true }).fill('Settled: one month of credits');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.getByRole('cell', { name: 'Settled: one month of credits' }).waitFor();

  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 90_000);

test('settings: weights must add up to 100; the margin moves the check; a supplier that may not subcontract has no share', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Suppliers' }).click();
  await frame.getByText('Supplier settings').click();
  await frame.getByLabel('Cooperation', { exact: true }).fill('11');
  await frame.getByText('Now 101').waitFor();
  await frame.getByRole('button', { name: 'Save settings' }).click();
  await frame.getByRole('alert').filter({ hasText: 'The weights must add up to 100.' }).waitFor();
  await frame.getByLabel('Cooperation', { exact: true }).fill('10');
  await frame.getByLabel('UC margin (%)', { exact: true }).fill('5');
  await frame.getByRole('button', { name: 'Save settings' }).click();
  await frame
    .locator('.uc-check')
    .getByText(/margin 5 %/)
    .waitFor();
  await page.screenshot({ path: join(SHOTS, 'project-suppliers-settings.png'), fullPage: true });
  await frame.getByLabel('UC margin (%)', { exact: true }).fill('20');
  await frame.getByRole('button', { name: 'Save settings' }).click();
  await frame
    .locator('.uc-check')
    .getByText(/margin 20 %/)
    .waitFor();

  await frame.getByRole('button', { name: 'Add a supplier' }).click();
  await frame.getByLabel('Supplier', { exact: true }).fill('Oracle Support');
  await frame.getByLabel('Support tier held', { exact: true }).selectOption('supplier');
  await frame.getByLabel('Largest share subcontracted (%)', { exact: true }).fill('10');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.locator('#sup-share-error').waitFor();
  expect(await frame.locator('#sup-share-error').textContent()).toMatch(/may not subcontract/);
  await frame.getByLabel('Largest share subcontracted (%)', { exact: true }).fill('0');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.getByRole('button', { name: 'Open Oracle Support: contracts, audits, disputes' }).waitFor();
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 60_000);

test('third parties: the review due is marked reviewed; an empty W is refused at its field', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Third parties' }).click();
  await frame.getByText('2026-03-02 (due)').waitFor();
  expect(await frame.getByText(/\(due\)/).count()).toBe(1); // due by the sandbox's clock, not the browser's
  await frame.getByRole('button', { name: 'Mark the agreement with 中国质量认证中心 CQC reviewed today' }).click();
  await frame
    .getByRole('status')
    .filter({ hasText: 'the next review of 中国质量认证中心 CQC is 2026-08-29' })
    .waitFor();

  await frame.getByRole('button', { name: 'Add a third party' }).click();
  await frame.getByLabel('Third party', { exact: true }).fill('TÜV SÜD');
  for (const [w, v] of <Array<[string, string]>>[
    ['What', 'Penetration test findings'],
    ['Why', 'ISO 27001 certification'],
    ['Who', 'CISO to the lead auditor'],
    ['When', 'Each audit'],
    ['How', 'Encrypted, read-only'],
  ])
    await frame.getByLabel(w, { exact: true }).fill(v);
  await frame.getByLabel('Granted by', { exact: true }).fill('CIO');
  await frame.getByLabel('Scope authorised', { exact: true }).fill('Security test reports');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.locator('#tp-where-error').waitFor();
  expect(await frame.locator('#tp-where-error').textContent()).toBe('Required.');
  await page.screenshot({ path: join(SHOTS, 'project-third-parties-refused.png'), fullPage: true });
  await frame.getByLabel('Where', { exact: true }).fill('The auditor’s portal');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.getByRole('cell', { name: 'TÜV SÜD', exact: true }).waitFor();
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 60_000);

test.each([
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
  ['zh-CN', 'light'],
  ['en-US', 'dark'],
])(
  'a person who browses reads both tabs (%s, %s): no forms, axe clean',
  async (locale, theme) => {
    const zh = locale === 'zh-CN';
    const { page, errors } = await watchedPage(browser);
    const frame = await open(page, { user: 'viewer', locale, theme });
    await frame.getByRole('tab', { name: zh ? '供应商' : 'Suppliers' }).click();
    await frame
      .locator('.uc-check')
      .getByText(zh ? /份支持合同中有/ : /not strict enough/)
      .waitFor();
    expect(await frame.getByRole('button', { name: zh ? '添加供应商' : 'Add a supplier' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-suppliers-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    await frame.getByRole('button', { name: zh ? /^打开华为云/ : /^Open 华为云/ }).click();
    await frame
      .getByRole('cell', { name: '2026-Q1' })
      .or(frame.getByRole('cell', { name: '2025-Q4' }))
      .first()
      .waitFor();
    await page.screenshot({ path: join(SHOTS, `project-supplier-detail-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    await frame.getByRole('tab', { name: zh ? '第三方' : 'Third parties' }).click();
    await frame.getByRole('cell', { name: '阿里云 Alibaba Cloud' }).waitFor();
    expect(await frame.getByRole('button', { name: zh ? '添加第三方' : 'Add a third party' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-third-parties-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  },
  60_000,
);
