// The service reports tab in a real browser, framed by the sandbox's Jira project page under Forge's CSP:
// the service manager turns reports on (an issue type the project lacks is refused at its field), makes
// September's report for Acme now (a second try finds it), opens the list and exports it; a person who
// only browses reads the settings and the list without the forms. English and Chinese, light and dark,
// axe clean. Screenshots go to .tmp/screenshots.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { SHOTS, watchedPage } from './browser';
import { expectClean, LOOKS, openProjectPage, projectShell } from './project-shell';

const T0 = Date.parse('2026-10-09T09:30:00+08:00');
const shell = projectShell(T0);

test('the service manager turns reports on and makes September’s report for Acme now', async () => {
  const { page, errors } = await watchedPage(shell.browser);
  const frame = await openProjectPage(page, shell.url, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Service reports' }).click();
  await frame.getByText('Not saved yet: these are the defaults.').waitFor();
  expect(await frame.getByLabel('Issue type', { exact: true }).inputValue()).toBe('Task');
  await frame.getByLabel('Create the monthly reports').check();
  await frame.getByLabel('Issue type', { exact: true }).fill('Epic');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#rep-type-error').waitFor();
  expect(await frame.locator('#rep-type-error').textContent()).toMatch(/no issue type 'Epic'/);
  await page.screenshot({ path: join(SHOTS, 'project-reports-refused.png'), fullPage: true });
  await frame.getByLabel('Issue type', { exact: true }).fill('Task');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  await frame.getByLabel('Customer', { exact: true }).selectOption({ label: 'Acme' });
  await frame.getByLabel('Month', { exact: true }).fill('2026-09');
  await frame.getByRole('button', { name: 'Generate for 2026-09' }).click();
  await frame.getByRole('status').filter({ hasText: 'Report SUP-1 created.' }).waitFor();
  await frame.getByRole('link', { name: 'SUP-1' }).waitFor();
  expect(await frame.getByRole('cell', { name: '2026-10-13' }).count()).toBe(1);
  await frame.getByRole('button', { name: 'Generate for 2026-09' }).click();
  await frame.getByRole('status').filter({ hasText: 'The report was already there: SUP-1.' }).waitFor();
  expect(shell.sb.site.issue('SUP-1')).toMatchObject({ issuetype: 'Task', duedate: '2026-10-13' });
  expect(shell.sb.site.issue('SUP-2')).toBeUndefined();
  await page.screenshot({ path: join(SHOTS, 'project-reports-generated.png'), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[1]).toBe('Acme,2026-09,SUP-1,2026-10-13,2026-10-20,,0,,0');
  await expectClean(shell, page, errors);
}, 60_000);

test.each(LOOKS)(
  'a person who browses reads the settings and the reports (%s, %s): no forms to change them, axe clean',
  async (locale, theme) => {
    const { page, errors } = await watchedPage(shell.browser);
    const frame = await openProjectPage(page, shell.url, { user: 'viewer', locale, theme });
    await frame.getByRole('tab', { name: locale === 'zh-CN' ? '服务报告' : 'Service reports' }).click();
    await frame.getByRole('link', { name: 'SUP-1' }).waitFor();
    await frame.getByText(locale === 'zh-CN' ? '已开启月度报告。' : 'Reports are on.').waitFor();
    expect(await frame.getByRole('button', { name: locale === 'zh-CN' ? '保存' : 'Save' }).count()).toBe(0);
    expect(
      await frame.getByRole('form', { name: locale === 'zh-CN' ? '立即生成报告' : 'Generate a report now' }).count(),
    ).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-reports-${locale}-${theme}.png`), fullPage: true });
    await expectClean(shell, page, errors);
  },
  60_000,
);
