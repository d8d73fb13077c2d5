// Suppliers, underpinning contracts, audits and disputes through the project page's resolver on MariaDB:
// each kind saved once however often it is sent, refused at its path with nothing written; the UC check
// against an independent reading of the configuration (margin boundary included); audit totals with the
// project's weights and the pre-fill from seeded issue states; dispute stages only moving forward.

import { randomUUID } from 'node:crypto';
import type { ListPage } from '../../src/contract/project';
import type { AuditDraft, Supplier, UcCheckResult, UcFlag } from '../../src/contract/records/supplier';
import type { SupplierAudit } from '../../src/contract/records/supplier-audit';
import type { Dispute } from '../../src/contract/records/dispute';
import type { Underpinning } from '../../src/contract/records/underpinning';
import { ITR_TEMPLATE } from '../../src/domain/config';
import { DEFAULT_AUDIT_WEIGHTS } from '../../src/domain/suppliers';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
  await projectData(sb, 'project.access', {});
}, 180_000);
afterAll(async () => sb.stop());

const supplier = (over: Partial<Supplier> = {}): Supplier => ({
  id: randomUUID(),
  name: 'Acme Cloud',
  tier: 'supplier',
  contact: 'noc@acme-cloud.example',
  subcontracting: { allowed: true, maxSharePct: 30, approvedSubcontractors: ['Field Services Ltd'] },
  ...over,
});

async function savedSupplier(over: Partial<Supplier> = {}): Promise<Supplier> {
  const s = supplier(over);
  await projectData(sb, 'supplier.save', { record: s });
  return s;
}

const setMargin = (marginPct: number, weights = ITR_WEIGHTS) =>
  projectData(sb, 'supplier.saveSettings', { marginPct, weights });
const ITR_WEIGHTS = DEFAULT_AUDIT_WEIGHTS;

describe('suppliers', () => {
  test('saved once however often sent, edited, listed by search, removed', async () => {
    const s = supplier({ name: 'Once Only Hosting' });
    await projectData(sb, 'supplier.save', { record: s });
    await projectData(sb, 'supplier.save', { record: s });
    const found = await projectData<ListPage<Supplier>>(sb, 'supplier.list', { search: 'once only' });
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ ...s, updatedBy: PEOPLE.manager });
    await projectData(sb, 'supplier.save', { record: { ...s, tier: 'L3' } });
    expect((await projectData<ListPage<Supplier>>(sb, 'supplier.list', { filter: { tier: 'L3' } })).items).toEqual([
      expect.objectContaining({ id: s.id }),
    ]);
    await projectData(sb, 'supplier.remove', { id: s.id });
    expect((await projectData<ListPage<Supplier>>(sb, 'supplier.list', { search: 'once only' })).total).toBe(0);
    expect(await projectCall(sb, 'supplier.remove', { id: s.id })).toMatchObject({
      ok: false,
      error: { code: 'notFound', path: 'id' },
    });
  });

  test('an unknown tier, self-contradicting subcontracting or removing a supplier still named is refused; nothing is written', async () => {
    const before = await tableChecksums(sb);
    expect(await projectCall(sb, 'supplier.save', { record: supplier({ tier: 'L9' }) })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        path: 'record.tier',
        message: expect.stringMatching(/no support tier 'L9'/) as unknown,
      },
    });
    const forbidden = { allowed: false, maxSharePct: 10, approvedSubcontractors: [] };
    expect(await projectCall(sb, 'supplier.save', { record: supplier({ subcontracting: forbidden }) })).toMatchObject({
      ok: false,
      error: {
        path: 'record.subcontracting.maxSharePct',
        message: expect.stringMatching(/may not subcontract/) as unknown,
      },
    });
    const twice = { allowed: true, maxSharePct: 10, approvedSubcontractors: ['A Ltd', 'a ltd'] };
    expect(await projectCall(sb, 'supplier.save', { record: supplier({ subcontracting: twice }) })).toMatchObject({
      ok: false,
      error: { path: 'record.subcontracting.approvedSubcontractors.1' },
    });
    expect(await projectCall(sb, 'supplier.save', { record: supplier() }, PEOPLE.agent)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await tableChecksums(sb)).toEqual(before);
    const held = await savedSupplier({ name: 'Held by its contract' });
    const contract = {
      id: randomUUID(),
      supplierId: held.id,
      title: 'Keeps its supplier',
      starts: '2026-01-01',
      ends: '2026-12-31',
      targets: { P1: { responseMinutes: 5, resolutionMinutes: 60 } },
      supports: ['p1'],
    };
    await projectData(sb, 'underpinning.save', { record: contract });
    const withBoth = await tableChecksums(sb);
    expect(await projectCall(sb, 'supplier.remove', { id: held.id })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        path: 'id',
        message: 'This supplier still has 1 underpinning contract(s); delete those first.',
      },
    });
    expect(await tableChecksums(sb)).toEqual(withBoth);
    await projectData(sb, 'underpinning.remove', { id: contract.id });
    await projectData(sb, 'supplier.remove', { id: held.id });
  });
});

/** The check computed here from the template directly: every (policy, grade, goal) a UC backs. */
function expectedFlags(u: Pick<Underpinning, 'targets' | 'supports'>, marginPct: number): UcFlag[] {
  const out: UcFlag[] = [];
  const grades = ITR_TEMPLATE.grading.grades.map((g) => g.id);
  for (const id of u.supports) {
    const p = ITR_TEMPLATE.sla.policies.find((x) => x.id === id)!;
    for (const grade of p.when.grades ?? grades)
      for (const goal of Object.keys(p.targets)) {
        const sla = p.targets[goal]!;
        const allowed = sla - (sla * marginPct) / 100;
        const t = u.targets[grade];
        if (!t) out.push({ kind: 'missing', policy: id, grade, goal, slaMinutes: sla, allowedMinutes: allowed });
        else {
          const uc = goal === 'resolution' ? t.resolutionMinutes : t.responseMinutes;
          if (uc > allowed)
            out.push({
              kind: 'looser',
              policy: id,
              grade,
              goal,
              ucMinutes: uc,
              slaMinutes: sla,
              allowedMinutes: allowed,
            });
        }
      }
  }
  return out;
}

describe('underpinning contracts and the UC-vs-SLA check', () => {
  let s: Supplier;
  beforeAll(async () => {
    s = await savedSupplier({ name: 'UC Holder' });
  });
  const uc = (over: Partial<Underpinning> = {}): Underpinning => ({
    id: randomUUID(),
    supplierId: s.id,
    title: 'Hosting UC',
    starts: '2026-01-01',
    ends: '2026-12-31',
    targets: {
      P1: { responseMinutes: 12, resolutionMinutes: 192 },
      P2: { responseMinutes: 24, resolutionMinutes: 384 },
    },
    supports: ['p1', 'p2'],
    ...over,
  });

  test('a UC exactly at the margin passes; one minute looser is flagged; the margin is the project setting', async () => {
    await setMargin(20);
    const atEdge = uc({ title: 'At the edge' }); // 12 = 15 × 0.8, 192 = 240 × 0.8 (P1); 24, 384 (P2)
    const looser = uc({
      title: 'One minute looser',
      targets: {
        P1: { responseMinutes: 13, resolutionMinutes: 192 },
        P2: { responseMinutes: 24, resolutionMinutes: 385 },
      },
    });
    await projectData(sb, 'underpinning.save', { record: atEdge });
    await projectData(sb, 'underpinning.save', { record: looser });
    const check = await projectData<UcCheckResult>(sb, 'supplier.ucCheck', {});
    expect(check.marginPct).toBe(20);
    const flagsOf = (id: string) => check.items.find((i) => i.id === id)!.flags;
    expect(flagsOf(atEdge.id)).toEqual([]);
    expect(flagsOf(looser.id)).toEqual([
      {
        kind: 'looser',
        policy: 'p1',
        grade: 'P1',
        goal: 'firstResponse',
        ucMinutes: 13,
        slaMinutes: 15,
        allowedMinutes: 12,
      },
      {
        kind: 'looser',
        policy: 'p2',
        grade: 'P2',
        goal: 'resolution',
        ucMinutes: 385,
        slaMinutes: 480,
        allowedMinutes: 384,
      },
    ]);
    expect(flagsOf(looser.id)).toEqual(expectedFlags(looser, 20));

    await setMargin(0);
    const relaxed = await projectData<UcCheckResult>(sb, 'supplier.ucCheck', {});
    expect(relaxed.items.find((i) => i.id === looser.id)!.flags).toEqual([]);
    await setMargin(20);
  });

  test('the check equals the independent computation over policies that cover every grade, for several margins', async () => {
    const wide = uc({
      title: 'Backs the catch-all policy',
      targets: {
        P1: { responseMinutes: 200, resolutionMinutes: 2000 },
        P3: { responseMinutes: 100, resolutionMinutes: 1000 },
      },
      supports: ['p4', 'requirement', 'p3'],
    });
    for (const m of [0, 10, 20, 45]) {
      await setMargin(m);
      expect(
        await projectData<UcFlag[]>(sb, 'underpinning.check', { targets: wide.targets, supports: wide.supports }),
      ).toEqual(expectedFlags(wide, m));
    }
    // Grades P2 and P4 are covered by p4 and 'requirement' but the UC promises nothing for them.
    expect(
      expectedFlags(wide, 20)
        .filter((f) => f.kind === 'missing')
        .map((f) => f.grade),
    ).toEqual(expect.arrayContaining(['P2', 'P4']));
    await setMargin(20);
  });

  test('a looser UC is saved (and flagged); names the configuration lacks are refused at their paths', async () => {
    const before = await tableChecksums(sb);
    const cases: Array<[Partial<Underpinning>, string, RegExp]> = [
      [{ supplierId: randomUUID() }, 'record.supplierId', /no such supplier/],
      [{ supports: ['p1', 'gold'] }, 'record.supports.1', /no SLA policy 'gold'/],
      [{ targets: { P9: { responseMinutes: 1, resolutionMinutes: 2 } } }, 'record.targets.P9', /no grade 'P9'/],
      [
        { targets: { P1: { responseMinutes: 30, resolutionMinutes: 20 } } },
        'record.targets.P1.responseMinutes',
        /longer than/,
      ],
      [{ ends: '2025-12-31' }, 'record.ends', /ends before it starts/],
      [{ supports: [] }, 'record.supports', /at least one SLA policy/],
    ];
    for (const [over, path, message] of cases)
      expect(await projectCall(sb, 'underpinning.save', { record: uc(over) })).toMatchObject({
        ok: false,
        error: { code: 'invalid', path, message: expect.stringMatching(message) as unknown },
      });
    expect(await tableChecksums(sb)).toEqual(before);
    const loose = uc({
      title: 'Loose terms',
      targets: { P1: { responseMinutes: 60, resolutionMinutes: 600 } },
      supports: ['p1'],
    });
    await projectData(sb, 'underpinning.save', { record: loose });
    const page = await projectData<ListPage<Underpinning>>(sb, 'underpinning.list', {
      filter: { supplierId: s.id },
      search: 'loose terms',
    });
    expect(page.items).toEqual([expect.objectContaining(loose)]);
    const flags = (await projectData<UcCheckResult>(sb, 'supplier.ucCheck', {})).items.find(
      (i) => i.id === loose.id,
    )!.flags;
    expect(flags.map((f) => f.kind === 'looser' && f.goal)).toEqual(['firstResponse', 'resolution']);
  });
});

describe('audits', () => {
  let s: Supplier;
  beforeAll(async () => {
    s = await savedSupplier({ name: 'Audited Ltd' });
  });
  const form = (period: string, score: (i: number) => number, id = randomUUID()) => ({
    id,
    supplierId: s.id,
    period,
    scores: Object.fromEntries(
      Object.keys(ITR_WEIGHTS).map((d, i) => [d, { score: score(i), note: `note ${i}` }]),
    ) as SupplierAudit['scores'],
    note: 'Quarterly review',
  });

  test('the total is weighted on the server with the weights of the moment; later weights leave it alone', async () => {
    await setMargin(20, ITR_WEIGHTS);
    const a = form('2026-Q1', (i) => [5, 4, 3, 2, 1, 5][i]!);
    const saved = await projectData<SupplierAudit>(sb, 'supplierAudit.save', { record: a });
    // 5×20 + 4×20 + 3×20 + 2×15 + 1×15 + 5×10 = 335 → 3.35
    expect(saved).toMatchObject({ total: 3.35, weights: ITR_WEIGHTS });
    const other = { ...ITR_WEIGHTS, responseAbility: 50, problemSolvingAbility: 10, problemSolvingEfficiency: 0 };
    await setMargin(20, other);
    const b = form('2026-Q2', () => 4);
    expect(await projectData<SupplierAudit>(sb, 'supplierAudit.save', { record: b })).toMatchObject({
      total: 4,
      weights: other,
    });
    const c = form('2026-03', (i) => [5, 1, 1, 1, 1, 1][i]!);
    // 5×50 + 1×10 + 1×0 + 1×15 + 1×15 + 1×10 = 300 → 3
    expect(await projectData<SupplierAudit>(sb, 'supplierAudit.save', { record: c })).toMatchObject({ total: 3 });
    const list = await projectData<ListPage<SupplierAudit>>(sb, 'supplierAudit.list', { filter: { supplierId: s.id } });
    expect(list.items.map((x) => [x.period, x.total])).toEqual([
      ['2026-Q2', 4],
      ['2026-Q1', 3.35],
      ['2026-03', 3],
    ]);
    await setMargin(20, ITR_WEIGHTS);
  });

  test('weights not adding to 100, scores out of range and a second audit of a period are refused; nothing written', async () => {
    const before = await tableChecksums(sb);
    expect(
      await projectCall(sb, 'supplier.saveSettings', { marginPct: 20, weights: { ...ITR_WEIGHTS, cooperation: 11 } }),
    ).toMatchObject({
      ok: false,
      error: { path: 'weights', message: 'The weights must add up to 100.' },
    });
    expect(await projectCall(sb, 'supplierAudit.save', { record: form('2026-Q3', () => 6) })).toMatchObject({
      ok: false,
      error: { path: 'record.scores.responseAbility.score' },
    });
    expect(await projectCall(sb, 'supplierAudit.save', { record: form('2026-Q1', () => 3) })).toMatchObject({
      ok: false,
      error: { path: 'record.period', message: expect.stringMatching(/already has an audit for 2026-Q1/) as unknown },
    });
    expect(await projectCall(sb, 'supplierAudit.save', { record: form('2026-Q5', () => 3) })).toMatchObject({
      ok: false,
      error: { path: 'record.period' },
    });
    expect(await tableChecksums(sb)).toEqual(before);
  });

  test('the pre-fill proposes scores from the supplier tier’s OLA results and reopen rate of the period', async () => {
    const p = sb.site.projects.get('SUP')!;
    const inQ = Date.parse('2026-02-10T03:00:00Z');
    const seed: Array<{ tier: string; ola: string; cycles: number; at?: number; project?: string }> = [
      ...Array.from({ length: 8 }, () => ({ tier: 'supplier', ola: 'met', cycles: 1 })),
      { tier: 'supplier', ola: 'breached', cycles: 2 },
      { tier: 'supplier', ola: 'breached', cycles: 1 },
      { tier: 'supplier', ola: 'running', cycles: 1 },
      { tier: 'L2', ola: 'breached', cycles: 3 }, // another tier's issue
      { tier: 'supplier', ola: 'breached', cycles: 2, at: Date.parse('2026-04-01T00:00:00Z') }, // next quarter
      { tier: 'supplier', ola: 'breached', cycles: 2, project: 'RD' }, // another project
    ];
    for (const [i, x] of seed.entries()) {
      const state = {
        v: 1,
        configVersion: 1,
        serviceType: 'incident',
        grade: 'P3',
        customer: null,
        slaState: 'met',
        breachAt: null,
        tier: x.tier,
        responsibility: null,
        nextCheckAt: null,
        service: null,
        requester: 'user',
        why: { classification: 'rule', grade: [] },
        goals: { resolution: { state: 'met', cycles: Array.from({ length: x.cycles }, () => ({})) } },
        ola: { [x.tier]: { state: x.ola, targetMs: 86_400_000 } },
        responsibilityDetail: null,
        problem: null,
        complaints: { customer: 0, user: 0 },
        links: {},
        done: [],
      };
      await query(
        sb,
        "INSERT INTO itr_issue (issue_id, issue_key, project, jira_updated, created_at, snapshot, state) VALUES (?, ?, ?, 0, ?, '{}', ?)",
        [900_000 + i, `SUP-${9000 + i}`, x.project ?? p.key, x.at ?? inQ, JSON.stringify(state)],
      );
    }
    const draft = await projectData<AuditDraft>(sb, 'supplier.auditDraft', { supplierId: s.id, period: '2026-Q1' });
    // 11 supplier issues in Q1 on SUP: 10 finished (8 on time → 80 % → 3), 1 reopened (9.1 % → 3).
    expect(draft).toEqual({
      tier: 'supplier',
      issues: 11,
      scores: {
        responseAbility: { score: 3, evidence: { rate: 0.8, of: 10 } },
        problemSolvingAbility: { score: 3, evidence: { rate: 1 / 11, of: 11 } },
        problemSolvingEfficiency: { score: 3, evidence: { rate: 0.8, of: 10 } },
        staffStability: { score: null, evidence: null },
        customerFeedback: { score: null, evidence: null },
        cooperation: { score: null, evidence: null },
      },
    });
    const empty = await projectData<AuditDraft>(sb, 'supplier.auditDraft', { supplierId: s.id, period: '2025-12' });
    expect(empty.issues).toBe(0);
    expect(empty.scores.responseAbility).toEqual({ score: null, evidence: null });
    const noTier = await savedSupplier({ name: 'No tier', tier: null });
    expect(
      await projectData<AuditDraft>(sb, 'supplier.auditDraft', { supplierId: noTier.id, period: '2026-Q1' }),
    ).toMatchObject({
      tier: null,
      issues: 0,
    });
    expect(await projectCall(sb, 'supplier.auditDraft', { supplierId: randomUUID(), period: '2026-Q1' })).toMatchObject(
      {
        ok: false,
        error: { code: 'notFound', path: 'supplierId' },
      },
    );
  });
});

describe('disputes', () => {
  let s: Supplier;
  beforeAll(async () => {
    s = await savedSupplier({ name: 'Disputed Ltd' });
  });
  const dispute = (over: Partial<Dispute> = {}): Dispute => ({
    id: randomUUID(),
    supplierId: s.id,
    title: 'March outage credits',
    stage: 'coordination',
    openedOn: '2026-03-02',
    closedOn: null,
    outcome: null,
    ...over,
  });

  test('a dispute escalates forward, is refused going back, and closes only with an outcome', async () => {
    const d = dispute();
    await projectData(sb, 'dispute.save', { record: d });
    await projectData(sb, 'dispute.save', { record: { ...d, stage: 'companyProcess' } });
    const before = await tableChecksums(sb);
    expect(await projectCall(sb, 'dispute.save', { record: { ...d, stage: 'coordination' } })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        path: 'record.stage',
        message:
          'This dispute has reached the company process; a dispute escalates and cannot go back to coordination.',
      },
    });
    expect(
      await projectCall(sb, 'dispute.save', { record: { ...d, stage: 'legal', closedOn: '2026-03-20' } }),
    ).toMatchObject({
      ok: false,
      error: { path: 'record.outcome', message: 'Closing a dispute needs its outcome.' },
    });
    expect(
      await projectCall(sb, 'dispute.save', { record: { ...d, closedOn: '2026-03-01', outcome: 'Settled' } }),
    ).toMatchObject({ ok: false, error: { path: 'record.closedOn' } });
    expect(await tableChecksums(sb)).toEqual(before);
    const closed = { ...d, stage: 'legal' as const, closedOn: '2026-03-20', outcome: 'Settled: 2 months credit' };
    await projectData(sb, 'dispute.save', { record: closed });
    expect((await projectData<ListPage<Dispute>>(sb, 'dispute.list', { filter: { supplierId: s.id } })).items).toEqual([
      expect.objectContaining(closed),
    ]);
    expect(await projectCall(sb, 'dispute.save', { record: dispute({ supplierId: randomUUID() }) })).toMatchObject({
      ok: false,
      error: { path: 'record.supplierId' },
    });
  });
});
