// Gadget 1, "SLA closure and OLA on-time rates": for issues evaluated through the real engine, the
// gadget's figures per month and split value equal those computed here from the `itr` properties Jira
// holds (closure rate = met / (met + breached), running cycles never counted); a saved filter, read as
// the viewer, narrows them to its issues; the viewer's permissions and the payload are checked.

import { addFilter } from '../../sandbox/jira/routes/filters';
import type { Issue } from '../../sandbox/jira/site';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { evaluatedPastIssues, expectedRows, olaOutcomes, slaOutcomes } from '../support/sla-facts';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
let sb: Sandbox;
let issues: Issue[];

beforeAll(async () => {
  sb = await startSandbox(T0);
  issues = await evaluatedPastIssues(sb, T0);
}, 240_000);
afterAll(async () => sb.stop());

const base = { projects: ['SUP'], months: 6, refresh: 0, split: 'serviceType', measure: 'sla' };
type Data = { rows: Array<Record<string, unknown>>; names: Record<string, { en: string; zh: string }> } & Record<
  string,
  unknown
>;

async function gadget(payload: unknown, accountId: string = PEOPLE.manager) {
  return (await sb.host.resolve('gadgetResolver', 'itr-gadget-sla', 'sla.data', payload, { accountId })).result as
    { ok: true; data: Data } | { ok: false; error: { code: string; message: string; path?: string } };
}

async function rows(payload: unknown): Promise<Data> {
  const r = await gadget(payload);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
}

const byCell = (rs: ReadonlyArray<Record<string, unknown>>) =>
  [...rs].sort((a, b) =>
    `${String(a['month'])} ${String(a['split'])}`.localeCompare(`${String(b['month'])} ${String(b['split'])}`),
  );

test('closure rate per month and service type equals the completed resolution cycles in the properties', async () => {
  const data = await rows(base);
  const expected = expectedRows(slaOutcomes(issues, 'resolution', (p) => String(p['serviceType'])));
  expect(expected.length).toBeGreaterThanOrEqual(6); // four months, two service types at least
  expect(expected.some((r) => Number(r['breached']) > 0)).toBe(true);
  expect(byCell(data.rows)).toEqual(byCell(expected));
  expect(data['goal']).toBe('resolution');
  expect(data['filter']).toBeNull();
  for (const r of data.rows) expect(data.names[String(r['split'])]?.zh).toEqual(expect.any(String));
  // Rows run from the oldest month to the newest.
  const months = data.rows.map((r) => String(r['month']));
  expect(months).toEqual([...months].sort());
});

test('OLA on-time rate per tier and month equals the tiers’ results of the resolved issues', async () => {
  const data = await rows({ ...base, measure: 'ola', split: 'tier' });
  expect(byCell(data.rows)).toEqual(byCell(expectedRows(olaOutcomes(issues, 'resolution'))));
  expect(data.names['L1']).toEqual({ en: 'L1 service desk', zh: '一线服务台' });
});

test('by customer: issues without one are counted under "none"; by project: one line', async () => {
  const byCustomer = await rows({ ...base, split: 'customer' });
  expect(byCell(byCustomer.rows)).toEqual(
    byCell(expectedRows(slaOutcomes(issues, 'resolution', (p) => (p['customer'] as string | null) ?? '~none'))),
  );
  expect(byCustomer.names['~none']).toEqual({ en: 'None', zh: '无' });
  const byProject = await rows({ ...base, split: 'project' });
  expect(byCell(byProject.rows)).toEqual(byCell(expectedRows(slaOutcomes(issues, 'resolution', () => 'SUP'))));
});

test('a shorter window shows only its months', async () => {
  const data = await rows({ ...base, months: 3 });
  const window = ['2026-04', '2026-05', '2026-06'];
  const expected = expectedRows(slaOutcomes(issues, 'resolution', (p) => String(p['serviceType']))).filter((r) =>
    window.includes(String(r['month'])),
  );
  expect(byCell(data.rows)).toEqual(byCell(expected));
  expect(data.rows.length).toBeLessThan((await rows(base)).rows.length);
});

test('a saved filter the viewer may see narrows the figures to its issues; one they may not is refused', async () => {
  const incidents = addFilter(sb.site, {
    name: 'Desk incidents',
    jql: 'project = SUP AND issuetype = Incident',
    owner: PEOPLE.admin,
    shares: [{ type: 'project', project: 'SUP' }],
  });
  const hidden = addFilter(sb.site, {
    name: 'Admin only',
    jql: 'project = SUP',
    owner: PEOPLE.admin,
    shares: [],
  });
  const data = await rows({ ...base, filterId: incidents.id });
  const mine = issues.filter((i) => i.issuetype === 'Incident');
  expect(byCell(data.rows)).toEqual(
    byCell(expectedRows(slaOutcomes(mine, 'resolution', (p) => String(p['serviceType'])))),
  );
  expect(data['filter']).toEqual({ id: incidents.id, name: 'Desk incidents', issues: mine.length, capped: false });

  expect(await gadget({ ...base, filterId: hidden.id })).toEqual({
    ok: false,
    error: {
      code: 'notFound',
      message: `Saved filter ${hidden.id} is not available to you: it was deleted or is no longer shared with you.`,
      path: 'filterId',
    },
  });
  const picker = (
    await sb.host.resolve(
      'gadgetResolver',
      'itr-gadget-sla',
      'sla.filters',
      { name: 'desk' },
      { accountId: PEOPLE.viewer },
    )
  ).result;
  expect(picker).toEqual({ ok: true, data: [{ id: incidents.id, name: 'Desk incidents' }] });
});

test('projects the viewer may not browse are refused; malformed settings are refused at their path', async () => {
  expect(await gadget({ ...base, projects: ['PRB'] }, PEOPLE.viewer)).toMatchObject({
    ok: false,
    error: { code: 'forbidden', path: 'projects' },
  });
  expect(await gadget({ ...base, split: 'engineer' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'split', message: 'Split by one of serviceType, customer, tier, project.' },
  });
  expect(await gadget({ ...base, filterId: '12 OR 1=1' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'filterId' },
  });
});
