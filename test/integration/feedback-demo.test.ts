// The demo's communication log and complaints and praise, seeded as `npm start` does (generated issues, the
// app activated on SUP, then the relationship seeds through the project page's resolver): a year of
// reviews, follow-ups open and overdue, complaints on the customers' own issues acted on by the rules engine.

import { DEMO_CUSTOMERS } from '../../sandbox/demo/relations/demo-customers';
import { query } from '../support/project';
import type { Sandbox } from '../support/sandbox';
import { startDemoSandbox } from '../support/demo-sandbox';

const NOW = Date.parse('2026-03-09T00:00:00Z'); // a Monday, as the sandbox starts its week
let sb: Sandbox;

beforeAll(async () => {
  sb = await startDemoSandbox(NOW);
}, 300_000);
afterAll(async () => sb.stop());

test('a year of monthly reviews with every demo customer, daily contacts, and follow-ups open and overdue', async () => {
  const rows = await query<{ party_id: string; kind: string; follow_ups: string }>(
    sb,
    'SELECT party_id, kind, follow_ups FROM itr_contact',
  );
  for (const c of DEMO_CUSTOMERS)
    expect(rows.filter((r) => r.party_id === c.id && r.kind === 'review')).toHaveLength(12);
  expect(rows.filter((r) => r.kind === 'daily').length).toBeGreaterThan(0);
  const open = rows.flatMap((r) =>
    (JSON.parse(r.follow_ups) as Array<{ due: string; done: boolean }>).filter((f) => !f.done),
  );
  const today = '2026-03-09';
  expect(open.filter((f) => f.due < today).length).toBeGreaterThan(0);
  expect(open.filter((f) => f.due >= today).length).toBeGreaterThan(0);
});

test('complaints through the customer and from users on their issues fed the rules engine; praise for L1 and L2', async () => {
  const rows = await query<{ id: string; kind: string; via: string; issue_id: number | null; engineer: string | null }>(
    sb,
    'SELECT id, kind, via, issue_id, engineer FROM itr_feedback',
  );
  const complaints = rows.filter((r) => r.kind === 'complaint');
  expect(complaints.some((r) => r.via === 'customer')).toBe(true);
  expect(complaints.some((r) => r.via === 'user')).toBe(true);
  const linked = complaints.filter((r) => r.issue_id !== null);
  expect(linked.length).toBeGreaterThan(4);
  const events = await query<{ event_id: string }>(sb, 'SELECT event_id FROM itr_app_event');
  expect(new Set(events.map((e) => e.event_id))).toEqual(new Set(linked.map((r) => r.id)));
  for (const r of linked) expect(sb.site.issues.get(Number(r.issue_id))!.labels).toContain(`complaint-${r.via}`);
  expect(new Set(rows.filter((r) => r.kind === 'praise').map((r) => r.engineer))).toEqual(
    new Set(['u-agent-l1', 'u-agent-l2']),
  );
});
