// The project page in a real browser, framed by the sandbox's Jira project page under Forge's CSP: the
// service manager records a value-added service (a principle that does not hold is refused at its
// checkbox), finds it by search and exports the list; a person who only browses reads it without the
// forms. English and Chinese, light and dark, axe clean. Screenshots go to .tmp/screenshots.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { SHOTS, watchedPage } from './browser';
import { expectClean, LOOKS, openProjectPage, projectShell } from './project-shell';

const T0 = Date.parse('2026-03-02T09:30:00+08:00');
const shell = projectShell(T0);

test('the service manager records a value-added service; a principle that fails is refused at its checkbox', async () => {
  const { page, errors } = await watchedPage(shell.browser);
  const frame = await openProjectPage(page, shell.url, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Value-added services' }).click();
  await frame.getByRole('button', { name: 'Record a value-added service' }).click();
  await frame.getByLabel('Service', { exact: true }).fill('Quarterly PC health check');
  await frame.getByLabel('Customer', { exact: true }).selectOption({ label: 'Acme' });
  await frame.getByLabel('Cost', { exact: true }).fill('1200.50');
  for (const k of ['agreedServiceUnaffected', 'costAcceptable', 'canExtend']) await frame.locator(`#va-${k}`).check();
  for (const k of ['agreedServiceUnaffected', 'fitsNeed', 'costAcceptable', 'canExtend'])
    await frame.locator(`#va-${k}-note`).fill('Agreed at the March review');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#va-fitsNeed-error').waitFor();
  expect(await frame.locator('#va-fitsNeed-error').textContent()).toMatch(/fit a need/);
  await page.screenshot({ path: join(SHOTS, 'project-value-added-refused.png'), fullPage: true });
  await frame.locator('#va-fitsNeed').check();
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await frame.getByRole('cell', { name: 'Quarterly PC health check' }).waitFor();
  expect(await frame.getByRole('cell', { name: '1,200.50' }).count()).toBe(1);
  // Edited from its row: the form saves what the list shows, without who changed it last.
  const row = frame.locator('tr', { has: frame.getByRole('cell', { name: 'Quarterly PC health check', exact: true }) });
  await row.getByRole('button', { name: 'Edit' }).click();
  await frame.getByLabel('Cost', { exact: true }).fill('1300');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('cell', { name: '1,300.00' }).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[1]).toMatch(/^Quarterly PC health check,Acme,\d{4}-\d{2}-\d{2},1300\.00,/);
  await expectClean(shell, page, errors);
}, 60_000);

test.each(LOOKS)(
  'a person who browses reads the list (%s, %s): no forms, axe clean',
  async (locale, theme) => {
    const { page, errors } = await watchedPage(shell.browser);
    const frame = await openProjectPage(page, shell.url, { user: 'viewer', locale, theme });
    await frame.getByRole('tab', { name: locale === 'zh-CN' ? '增值服务' : 'Value-added services' }).click();
    await frame.getByRole('cell', { name: 'Quarterly PC health check' }).waitFor();
    expect(
      await frame
        .getByRole('button', { name: locale === 'zh-CN' ? '登记增值服务' : 'Record a value-added service' })
        .count(),
    ).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-value-added-${locale}-${theme}.png`), fullPage: true });
    await expectClean(shell, page, errors);
  },
  60_000,
);
