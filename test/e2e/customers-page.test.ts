// The Customers & users and Contracts tabs in a real browser, on the demo's customers: the service manager
// sees and adds a customer's users, imports Acme's JSM organization, is refused at the field at fault, imports a CSV file (a bad row refuses the
// whole file by line and column), and records a contract; a person who browses reads both tabs without
// forms. English and Chinese, light and dark, axe clean, no console errors or CSP violations.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedRelations } from '../../sandbox/demo/relations/seed';
import type { SandboxUi } from '../../sandbox/ui/server';
import { startSandbox, type Sandbox } from '../support/sandbox';
import { openProjectPage } from './project-shell';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-03-02T09:30:00+08:00');
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;

beforeAll(async () => {
  sb = await startSandbox(T0); // active on SUP, as the demo is: every area's seed runs
  await seedRelations(sb.host, sb.site, T0);
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

const open = (page: Page, q: Record<string, string>) => openProjectPage(page, url, q);

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).include('#itr-project').analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const csv = (lines: string[]) => ({
  name: 'customers.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n')),
});

test("the service manager reads a customer's users, is refused at the field, and imports a CSV file", async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('cell', { name: '华信集团', exact: true }).first().waitFor();
  await frame.getByRole('row', { name: /Acme/ }).getByRole('button', { name: 'Users' }).click();
  await frame.getByRole('heading', { name: 'Users of Acme' }).waitFor();
  await frame.getByRole('cell', { name: 'wang.fang@acme.example' }).waitFor();
  expect(await frame.locator('#customer-users').getByRole('cell', { name: 'VIP', exact: true }).count()).toBe(1);
  await frame.getByRole('button', { name: 'Add a user' }).click();
  await frame.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
  await frame.getByLabel('Email', { exact: true }).fill('ada@acme.example');
  await frame.locator('#cuu-tier').selectOption('vip');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('cell', { name: 'ada@acme.example' }).waitFor();

  // Acme's JSM organization: 王芳 is already Acme's user, its CIO joins.
  await frame.getByRole('button', { name: 'Import from JSM' }).click();
  await frame
    .getByRole('status')
    .filter({ hasText: '1 organizations: 0 customers new, 1 users new, 0 users removed.' })
    .waitFor();
  await frame.getByRole('cell', { name: 'zhao.qiang@acme.example' }).waitFor();

  await frame.getByRole('button', { name: 'Add a customer' }).click();
  await frame.getByLabel('Customer', { exact: true }).fill('Initech');
  await frame.getByLabel('Email domains').fill('not a domain');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#cu-emailDomains-error').waitFor();
  expect(await frame.locator('#cu-emailDomains-error').textContent()).toBe('A domain looks like example.com.');
  await page.screenshot({ path: join(SHOTS, 'project-customers-refused.png'), fullPage: true });
  await frame.getByLabel('Email domains').fill('initech.example');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('cell', { name: 'Initech', exact: true }).first().waitFor();

  const file = frame.locator('#import-file');
  await file.setInputFiles(csv(['名称,级别', 'Umbrella,standard', 'Cyberdyne,gold']));
  await frame.getByRole('alert').filter({ hasText: 'line 3, column 级别' }).waitFor();
  await file.setInputFiles(csv(['名称,级别', 'Umbrella,standard', 'Cyberdyne,strategic']));
  await frame.getByRole('status').filter({ hasText: 'Imported: 2 new, 0 updated.' }).waitFor();
  await frame.getByRole('cell', { name: 'Cyberdyne', exact: true }).first().waitFor();
  await page.screenshot({ path: join(SHOTS, 'project-customers-en-US-light.png'), fullPage: true });
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 90_000);

test('the service manager records a contract; one that ends before it starts is refused at its end', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Contracts' }).click();
  await frame.getByRole('cell', { name: /^Globex managed IT services/ }).waitFor();
  await frame.getByRole('button', { name: 'Add a contract' }).click();
  await frame.getByLabel('Contract', { exact: true }).fill('Desk-side support 2027');
  await frame.getByLabel('Customer', { exact: true }).selectOption({ label: 'Globex' });
  await frame.getByLabel('SLA policy bought').fill('p3');
  await frame.locator('#ct-starts').fill('2027-01-01');
  await frame.locator('#ct-ends').fill('2026-12-31');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#ct-ends-error').waitFor();
  expect(await frame.locator('#ct-ends-error').textContent()).toBe('The contract ends before it starts.');
  await page.screenshot({ path: join(SHOTS, 'project-contracts-refused.png'), fullPage: true });
  await frame.locator('#ct-ends').fill('2027-12-31');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await frame.getByRole('cell', { name: 'Desk-side support 2027' }).waitFor();
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 90_000);

test.each([
  ['zh-CN', 'dark'],
  ['en-US', 'dark'],
  ['zh-CN', 'light'],
])(
  'a person who browses reads customers and contracts (%s, %s): no forms, axe clean',
  async (locale, theme) => {
    const zh = locale === 'zh-CN';
    const { page, errors } = await watchedPage(browser);
    const frame = await open(page, { user: 'viewer', locale, theme });
    await frame.getByRole('cell', { name: '东方物流', exact: true }).first().waitFor();
    expect(await frame.getByRole('button', { name: zh ? '新增客户' : 'Add a customer' }).count()).toBe(0);
    expect(await frame.locator('#import-file').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-customers-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    await frame.getByRole('tab', { name: zh ? '合同' : 'Contracts' }).click();
    await frame.getByRole('cell', { name: /^华信集团 managed IT services/ }).waitFor();
    expect(await frame.getByRole('button', { name: zh ? '新增合同' : 'Add a contract' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-contracts-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  },
  60_000,
);
