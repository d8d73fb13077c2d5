// The demo's dashboard data: a year of the service desk's issues, the closed ones evaluated by the KPI
// history seed, give the SLA gadget twelve months of closure and on-time rates, split by the demo's
// customers under their names; the seeded saved filters are there for the manager.

import { activateTemplate } from '../../sandbox/demo/activate';
import { generateIssues } from '../../sandbox/demo/generate';
import { seedKpiHistory } from '../../sandbox/demo/kpi-history';
import { seedRelations } from '../../sandbox/demo/relations/seed';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const NOW = Date.parse('2026-03-02T08:00:00+08:00');
let sb: Sandbox;
let evaluated = 0;

beforeAll(async () => {
  sb = await startSandbox(NOW, { scope: null });
  generateIssues(sb.site, { total: 400, open: 60, now: NOW, seed: 7 });
  sb.host.forgetPendingEvents();
  await activateTemplate(sb.host, sb.site, ['SUP']);
  await seedRelations(sb.host, sb.site, NOW);
  evaluated = await seedKpiHistory(sb.host, sb.site);
}, 600_000);
afterAll(async () => sb.stop());

type Rows = Array<{ month: string; split: string; met: number; breached: number; rate: number | null }>;
const gadget = async (payload: Record<string, unknown>) => {
  const rec = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-sla',
    'sla.data',
    { projects: ['SUP'], months: 12, refresh: 0, ...payload },
    { accountId: PEOPLE.manager },
  );
  const r = rec.result as { ok: true; data: { rows: Rows; names: Record<string, { en: string }> } };
  expect(r.ok).toBe(true);
  return r.data;
};

test('every past month of the year has closure rates, and the customers are named', async () => {
  expect(evaluated).toBeGreaterThan(300); // the closed ones the demo seeds had not touched already
  const sla = await gadget({ split: 'customer', measure: 'sla' });
  // April 2025 to February 2026: every month but the current one, two days old.
  const months = [...new Set(sla.rows.map((r) => r.month))].sort();
  expect(months).toEqual(
    Array.from({ length: 11 }, (_, i) => (i < 9 ? `2025-${String(i + 4).padStart(2, '0')}` : `2026-0${i - 8}`)),
  );
  expect(sla.rows.some((r) => r.breached > 0)).toBe(true);
  expect(sla.rows.some((r) => r.met > 0)).toBe(true);
  const named = sla.rows.filter((r) => !r.split.startsWith('~'));
  expect(named.length).toBeGreaterThan(0);
  for (const r of named) expect(sla.names[r.split]?.en).not.toBe(r.split); // a customer record's name, not its id
  const ola = await gadget({ split: 'tier', measure: 'ola' });
  expect(new Set(ola.rows.map((r) => r.month)).size).toBeGreaterThanOrEqual(11);
});

test('the manager may pick the seeded saved filters', async () => {
  const rec = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-sla',
    'sla.filters',
    { name: '' },
    {
      accountId: PEOPLE.manager,
    },
  );
  expect(rec.result).toMatchObject({
    ok: true,
    data: [{ name: 'Service desk incidents' }, { name: 'Urgent service desk issues' }],
  });
});
