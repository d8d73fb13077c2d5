// The demo's surveys, complaints and praise on the satisfaction gadget, seeded as `npm start` does
// (generated issues, the app activated on SUP, the relationship seeds): one fact per answered survey and
// per complaint or praise, spread over the year, and the gadget's months adding up to them.

import type { GadgetTable } from '../../src/contract/gadgets';
import { query } from '../support/project';
import { PEOPLE, type Sandbox } from '../support/sandbox';
import { startDemoSandbox } from '../support/demo-sandbox';

const NOW = Date.parse('2026-03-09T00:00:00Z'); // a Monday, as the sandbox starts its week
let sb: Sandbox;

beforeAll(async () => {
  sb = await startDemoSandbox(NOW);
}, 300_000);
afterAll(async () => sb.stop());

const n = async (q: string) => Number((await query<{ n: number | string }>(sb, q))[0]!.n);

test('every answered survey and every complaint or praise of the demo is a fact, over most of the year', async () => {
  const answered = await n('SELECT COUNT(*) AS n FROM itr_survey WHERE answered_at IS NOT NULL');
  expect(answered).toBeGreaterThan(20);
  expect(await n('SELECT COUNT(*) AS n FROM itr_fact_survey')).toBe(answered);
  expect(await n('SELECT COUNT(*) AS n FROM itr_fact_feedback')).toBe(
    await n('SELECT COUNT(*) AS n FROM itr_feedback'),
  );
  expect(await n('SELECT COUNT(DISTINCT month) AS n FROM itr_fact_survey')).toBeGreaterThanOrEqual(8);

  const rec = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-satisfaction',
    'satisfaction.data',
    { projects: ['SUP'], months: 12, refresh: 0, split: 'customer' },
    { accountId: PEOPLE.manager },
  );
  const table = (rec.result as { data: GadgetTable }).data;
  const all = table.rows.filter((r) => r['group'] === '*all');
  expect(all).toHaveLength(12);
  const inWindow = await n(`SELECT COUNT(*) AS n FROM itr_fact_survey WHERE month >= '${String(all[0]!['month'])}'`);
  expect(all.reduce((a, r) => a + Number(r['answered']), 0)).toBe(inWindow);
  expect(all.filter((r) => Number(r['answered']) > 0).length).toBeGreaterThanOrEqual(8);
});
