// Customers and users imported from CSV: English or Chinese headers, the form's checks on every row, any
// bad row refusing the whole file by line and column with nothing written, and a second import of the same
// file updating rather than duplicating.

import type { CsvImportResult } from '../../src/contract/records/customer-import';
import { projectCall, query, tableChecksums } from '../support/project';
import { startSandbox, type Sandbox } from '../support/sandbox';

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-04T09:30:00+08:00'), { scope: null });
}, 180_000);
afterAll(async () => sb.stop());

const importCsv = (kind: 'customers' | 'users', lines: string[]) =>
  projectCall(sb, 'customer.importCsv', { kind, text: '\uFEFF' + lines.join('\r\n') + '\r\n' });

const CUSTOMERS = [
  '名称,级别,SLA 策略,开始日期,结束日期,金额,币种,客户经理,字段值,联系人',
  '华信集团,strategic,p2,2026-01-01,2026-12-31,"1,200,000.00",cny,u-manager,华信;Huaxin,u-admin',
  'Initech,standard,,,,,,,Initech,',
];

test('customers from a file with Chinese headers, then the same file again: updated, not duplicated', async () => {
  expect(await importCsv('customers', CUSTOMERS)).toEqual({
    ok: true,
    data: { kind: 'customers', created: 2, updated: 0 } satisfies CsvImportResult,
  });
  const rows = await query<{
    id: string;
    name: string;
    value_cents: string | number | null;
    currency: string;
    matching: string;
    source: string;
  }>(sb, 'SELECT id, name, value_cents, currency, matching, source FROM itr_customer ORDER BY name');
  expect(
    rows.map((r) => [r.name, r.value_cents === null ? null : Number(r.value_cents), r.currency, r.source]),
  ).toEqual([
    ['Initech', null, null, 'csv'],
    ['华信集团', 120_000_000, 'CNY', 'csv'],
  ]);
  expect(JSON.parse(rows[1]!.matching)).toMatchObject({ fieldValues: ['华信', 'Huaxin'] });
  const again = await importCsv('customers', [CUSTOMERS[0]!, CUSTOMERS[1]!.replace('strategic', 'standard')]);
  expect(again).toEqual({ ok: true, data: { kind: 'customers', created: 0, updated: 1 } });
  const after = await query<{ id: string; tier: string }>(sb, 'SELECT id, tier FROM itr_customer ORDER BY name');
  expect(after.map((r) => r.id)).toEqual(rows.map((r) => r.id));
  expect(after[1]!.tier).toBe('standard');
});

test.each([
  [['name,colour', 'X,red'], 'line 1, column colour: not a column of customers'],
  [['名称,结束日期', 'Ok Corp,2026-01-01', 'Bad Corp,2026-02-30'], 'line 3, column 结束日期: There is no such date.'],
  [
    ['name,tier', 'Ok Corp,strategic', 'Bad Corp,gold'],
    "line 3, column tier: The configuration in force has no customer tier 'gold'",
  ],
  [
    ['name,email domains', 'Ok Corp,ok.example', 'Bad Corp,not a domain'],
    'line 3, column email domains: A domain looks like example.com.',
  ],
  [['name,value', 'Ok Corp,12.345'], 'line 2, column value: an amount like 12000.50.'],
  [['name', 'Twice', 'twice'], 'line 3, column name: the customer twice is in the file twice.'],
  [['name,tier'], 'The file has a header row and no records under it.'],
])('a bad customers file %j is refused whole, naming line and column; nothing is written', async (lines, message) => {
  const before = await tableChecksums(sb);
  const r = await importCsv('customers', lines);
  expect(r).toMatchObject({ ok: false, error: { code: 'invalid', path: 'text' } });
  expect(!r.ok && r.error.message).toContain(message);
  expect(await tableChecksums(sb)).toEqual(before);
});

test("users name their customer; a user's line with an unknown customer refuses the file; re-import updates", async () => {
  const users = [
    '客户,姓名,邮箱,账号,级别',
    '华信集团,王芳,Wang.Fang@huaxin.example,u-reporter,VIP',
    '华信集团,李雷,,,',
  ];
  expect(await importCsv('users', users)).toEqual({ ok: true, data: { kind: 'users', created: 2, updated: 0 } });
  expect(await importCsv('users', users)).toEqual({ ok: true, data: { kind: 'users', created: 0, updated: 2 } });
  const rows = await query<{ name: string; email: string | null; tier: string }>(
    sb,
    'SELECT name, email, tier FROM itr_customer_user ORDER BY name',
  );
  expect(rows).toEqual([
    { name: '李雷', email: null, tier: 'standard' },
    { name: '王芳', email: 'wang.fang@huaxin.example', tier: 'vip' },
  ]);
  const before = await tableChecksums(sb);
  const bad = await importCsv('users', [users[0]!, users[1]!, 'Nobody Ltd,张三,,,']);
  expect(bad).toMatchObject({
    ok: false,
    error: { code: 'invalid', message: "line 3, column 客户: SUP has no customer named 'Nobody Ltd'." },
  });
  const badEmail = await importCsv('users', ['customer,name,email', '华信集团,X,nope']);
  expect(badEmail).toMatchObject({
    ok: false,
    error: { message: 'line 2, column email: An email address (name@example.com).' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});

test('only administrators of the project import', async () => {
  expect(
    await projectCall(sb, 'customer.importCsv', { kind: 'customers', text: 'name\r\nX\r\n' }, 'u-agent-l1'),
  ).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
});
