// "Supplier scorecard" on MariaDB through the gadget resolver: suppliers, audits and UCs saved through the
// project page, OLA facts seeded for their tiers; the gadget shows each supplier's latest audit, its tier's
// on-time figures per month computed here from the seeded facts, and the same UC flags as the Suppliers
// tab's check.

import { randomUUID } from 'node:crypto';
import type { GadgetTable } from '../../src/contract/gadgets';
import { SUPPLIERS, type SupplierScorecard } from '../../src/contract/gadgets/suppliers';
import type { Supplier, UcCheckResult } from '../../src/contract/records/supplier';
import type { SupplierAudit } from '../../src/contract/records/supplier-audit';
import type { Underpinning } from '../../src/contract/records/underpinning';
import { AUDIT_DIMENSIONS } from '../../src/domain/suppliers';
import { gadgetCall } from '../support/gadget';
import { projectData, query } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-11-20T10:00:00+08:00');
const MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
let sb: Sandbox;

const supplier = (name: string, tier: string | null): Supplier => ({
  id: randomUUID(),
  name,
  tier,
  contact: null,
  subcontracting: { allowed: false, maxSharePct: 0, approvedSubcontractors: [] },
});
const hosting = supplier('Acme Cloud 云', 'supplier');
const field = supplier('Field Services', 'L3');
const idle = supplier('Paper Co', null);

interface OlaSeed {
  tier: string;
  supplier: string | null;
  month: string;
  met: boolean;
}
const facts: OlaSeed[] = [];

const audit = (s: Supplier, period: string, score: (i: number) => number) => ({
  id: randomUUID(),
  supplierId: s.id,
  period,
  scores: Object.fromEntries(
    AUDIT_DIMENSIONS.map((d, i) => [d, { score: score(i), note: '' }]),
  ) as SupplierAudit['scores'],
  note: 'review',
});

beforeAll(async () => {
  sb = await startSandbox(T0);
  await projectData(sb, 'project.access', {});
  for (const s of [hosting, field, idle]) await projectData(sb, 'supplier.save', { record: s });
  // Hosting: Q2 then Q3 then the month of September (ends with Q3: the later edit wins), then Q1 edited last.
  await projectData(sb, 'supplierAudit.save', { record: audit(hosting, '2026-Q2', () => 2) });
  await projectData(sb, 'supplierAudit.save', { record: audit(hosting, '2026-Q3', (i) => [5, 4, 3, 2, 1, 5][i]!) });
  await projectData(sb, 'supplierAudit.save', { record: audit(hosting, '2026-09', (i) => [4, 4, 4, 3, 3, 5][i]!) });
  await projectData(sb, 'supplierAudit.save', { record: audit(hosting, '2026-Q1', () => 5) });
  const uc: Underpinning = {
    id: randomUUID(),
    supplierId: hosting.id,
    title: 'Hosting UC',
    starts: '2026-01-01',
    ends: '2026-12-31',
    targets: { P1: { responseMinutes: 600, resolutionMinutes: 6000 } },
    supports: ['p1', 'p2'],
  };
  await projectData(sb, 'underpinning.save', { record: uc });
  // OLA facts: both tiers, a fact naming the supplier, naming none, and naming another supplier; months in
  // and out of the window; another project's facts.
  for (let n = 0; n < 240; n++)
    facts.push({
      tier: ['supplier', 'L3', 'L1'][n % 3]!,
      supplier: n % 5 === 0 ? null : n % 3 === 0 ? hosting.id : n % 3 === 1 ? field.id : null,
      month: ['2026-04', ...MONTHS][n % 7]!,
      met: (n * 7) % 10 < 7,
    });
  facts.push({ tier: 'supplier', supplier: randomUUID(), month: '2026-10', met: false });
  for (const [n, f] of facts.entries())
    await query(
      sb,
      `INSERT INTO itr_fact_ola (issue_id, tier, cycle_start, issue_key, project, month, customer, service_type, supplier,
         cycle_stop, target_ms, elapsed_ms, met) VALUES (?, ?, ?, ?, 'SUP', ?, NULL, 'serviceRequest', ?, ?, 3600000, ?, ?)`,
      [700_000 + n, f.tier, n, `SUP-${n}`, f.month, f.supplier, n + 1, f.met ? 1_000 : 9_000_000, f.met ? 1 : 0],
    );
  await query(
    sb,
    `INSERT INTO itr_fact_ola (issue_id, tier, cycle_start, issue_key, project, month, customer, service_type, supplier,
       cycle_stop, target_ms, elapsed_ms, met) VALUES (1, 'supplier', 0, 'OPS-1', 'OPS', '2026-10', NULL, 'x', NULL, 1, 1, 1, 1)`,
  );
}, 180_000);
afterAll(async () => sb.stop());

async function scorecard(payload: unknown): Promise<SupplierScorecard> {
  const r = await gadgetCall<SupplierScorecard>(sb, SUPPLIERS.data, payload, PEOPLE.manager, 'itr-gadget-suppliers');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
}

const rowOf = (t: GadgetTable, key: string, value: string) => t.rows.filter((r) => r[key] === value);

test('each supplier’s latest audit, its six scores and weighted total as saved', async () => {
  const card = await scorecard({ projects: ['SUP'], months: 6, refresh: 0 });
  const saved = await projectData<{ items: SupplierAudit[] }>(sb, 'supplierAudit.list', {
    filter: { supplierId: hosting.id },
  });
  const sep = saved.items.find((a) => a.period === '2026-09')!;
  expect(rowOf(card.audits, 'supplier', hosting.id)).toEqual([
    {
      project: 'SUP',
      supplier: hosting.id,
      tier: 'supplier',
      period: '2026-09',
      ...Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, sep.scores[d].score])),
      total: sep.total,
    },
  ]);
  expect(rowOf(card.audits, 'supplier', idle.id)).toEqual([
    expect.objectContaining({ period: null, total: null, responseAbility: null }),
  ]);
  expect(card.audits.names?.[hosting.id]).toEqual({ en: hosting.name, zh: hosting.name });
});

test('the on-time figures of each supplier’s tier per month equal the seeded facts’', async () => {
  const card = await scorecard({ projects: ['SUP'], months: 6, refresh: 0 });
  for (const s of [hosting, field]) {
    const mine = (f: OlaSeed) => f.supplier === s.id || (f.supplier === null && f.tier === s.tier);
    const want = MONTHS.map((month) => {
      const here = facts.filter((f) => f.month === month && mine(f));
      const met = here.filter((f) => f.met).length;
      return {
        month,
        supplier: s.id,
        met,
        late: here.length - met,
        onTimeRate: here.length ? Math.round((10_000 * met) / here.length) / 10_000 : null,
      };
    });
    expect(rowOf(card.onTime, 'supplier', s.id)).toEqual(want);
    expect(want.reduce((a, w) => a + w.met + w.late, 0)).toBeGreaterThan(30);
  }
  expect(rowOf(card.onTime, 'supplier', idle.id)).toEqual([]); // holds no tier: no OLA results
});

test('the UC flags are the Suppliers tab’s check, flag by flag', async () => {
  const card = await scorecard({ projects: ['SUP'], months: 6, refresh: 0 });
  const check = await projectData<UcCheckResult>(sb, 'supplier.ucCheck', {});
  const flags = check.items.flatMap((i) => i.flags.map((f) => ({ uc: i.id, f })));
  expect(flags.length).toBeGreaterThan(1);
  expect(new Set(flags.map(({ f }) => f.kind))).toEqual(new Set(['looser', 'missing']));
  expect(card.flags.rows).toEqual(
    flags.map(({ uc, f }) => ({
      project: 'SUP',
      supplier: hosting.id,
      uc,
      flag: f.kind,
      policy: f.policy,
      grade: 'grade' in f ? f.grade : null,
      goal: 'goal' in f ? f.goal : null,
      ucMs: f.kind === 'looser' ? f.ucMinutes * 60_000 : null,
      slaMs: 'slaMinutes' in f ? f.slaMinutes * 60_000 : null,
      allowedMs: 'allowedMinutes' in f ? f.allowedMinutes * 60_000 : null,
    })),
  );
});

test('a viewer who may not browse a project named is refused; bad settings are refused at their path', async () => {
  const rec = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-suppliers',
    'suppliers.data',
    { projects: ['NOPE'], months: 6, refresh: 0 },
    {
      accountId: PEOPLE.manager,
    },
  );
  expect(rec.result).toMatchObject({ ok: false, error: { code: 'forbidden', path: 'projects' } });
  const bad = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-suppliers',
    'suppliers.data',
    { projects: ['SUP'], months: 6, refresh: 0, extra: 1 },
    {
      accountId: PEOPLE.manager,
    },
  );
  expect(bad.result).toMatchObject({ ok: false, error: { code: 'invalid' } });
});
