// The demo's suppliers and third parties: two suppliers holding the supplier tier with underpinning
// contracts (one of them looser than the SLA it backs, so the UC check flags it), audits for the last two
// quarters, a dispute in the company-process stage and one settled; a certification body (its review due
// today), a regulator and a cloud provider with their 5W1H agreements. Fixed ids: seeding twice writes once.

import type { SeedContext } from './seed';

const ID = (n: number) => `7a2d3b8f-1c2e-4d66-8b72-2d1b0e4f6b${String(n).padStart(2, '0')}`;
const CLOUD = ID(1);
const FIELD = ID(2);

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** The `back`-th quarter before the one `t` falls in, e.g. '2026-Q3'. */
function quarterBefore(t: number, back: number): string {
  const d = new Date(t);
  const q = d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3) - back;
  return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
}

const scores = (s: readonly number[], notes: readonly string[]) => ({
  responseAbility: { score: s[0], note: notes[0] },
  problemSolvingAbility: { score: s[1], note: notes[1] },
  problemSolvingEfficiency: { score: s[2], note: notes[2] },
  staffStability: { score: s[3], note: notes[3] },
  customerFeedback: { score: s[4], note: notes[4] },
  cooperation: { score: s[5], note: notes[5] },
});

export async function seedSuppliers(c: SeedContext): Promise<void> {
  const year = new Date(c.now).getUTCFullYear();
  await c.call('supplier.save', {
    record: {
      id: CLOUD,
      name: '华为云 Huawei Cloud',
      tier: 'supplier',
      contact: '7×24 NOC +86 400 822 9999',
      subcontracting: { allowed: false, maxSharePct: 0, approvedSubcontractors: [] },
    },
  });
  await c.call('supplier.save', {
    record: {
      id: FIELD,
      name: '神州数码 Digital China (on-site support)',
      tier: 'supplier',
      contact: '王磊 wang.lei@dc.example',
      subcontracting: { allowed: true, maxSharePct: 30, approvedSubcontractors: ['上海弘智 Field Services'] },
    },
  });
  // Stricter than P1 and P2 by more than the 20 % margin.
  await c.call('underpinning.save', {
    record: {
      id: ID(11),
      supplierId: CLOUD,
      title: `Cloud hosting UC ${year}`,
      starts: `${year}-01-01`,
      ends: `${year}-12-31`,
      targets: {
        P1: { responseMinutes: 10, resolutionMinutes: 180 },
        P2: { responseMinutes: 20, resolutionMinutes: 360 },
      },
      supports: ['p1', 'p2'],
    },
  });
  // Looser than the P3 SLA (120 / 1350 min): flagged.
  await c.call('underpinning.save', {
    record: {
      id: ID(12),
      supplierId: FIELD,
      title: `Desktop and printer on-site support ${year}`,
      starts: `${year}-01-01`,
      ends: `${year}-12-31`,
      targets: { P3: { responseMinutes: 120, resolutionMinutes: 1440 } },
      supports: ['p3'],
    },
  });
  const audits: Array<[string, string, number, readonly number[]]> = [
    [ID(21), CLOUD, 2, [5, 4, 4, 5, 4, 5]],
    [ID(22), CLOUD, 1, [5, 5, 4, 5, 4, 5]],
    [ID(23), FIELD, 2, [3, 3, 2, 3, 3, 4]],
    [ID(24), FIELD, 1, [2, 3, 2, 2, 2, 3]],
  ];
  for (const [id, supplierId, back, s] of audits)
    await c.call('supplierAudit.save', {
      record: {
        id,
        supplierId,
        period: quarterBefore(c.now, back),
        scores: scores(s, [
          'OLA on-time rate from the tier’s issues',
          'Reopened issues of the quarter',
          'Time to resolve against the UC',
          'Named engineers changed',
          'Customer survey comments mentioning the supplier',
          'Joint reviews attended',
        ]),
        note: supplierId === FIELD ? 'Printer outages in two sites; improvement plan requested.' : 'Steady quarter.',
      },
    });
  await c.call('dispute.save', {
    record: {
      id: ID(31),
      supplierId: FIELD,
      title: 'SLA credits for the printer outage at the Pudong office',
      stage: 'companyProcess',
      openedOn: day(c.now - 40 * DAY),
      closedOn: null,
      outcome: null,
    },
  });
  await c.call('dispute.save', {
    record: {
      id: ID(32),
      supplierId: CLOUD,
      title: 'Invoice for unused reserved instances',
      stage: 'coordination',
      openedOn: day(c.now - 120 * DAY),
      closedOn: day(c.now - 100 * DAY),
      outcome: 'Credited on the next invoice after a joint review.',
    },
  });
  const parties = [
    {
      id: ID(41),
      name: '中国质量认证中心 CQC',
      kind: 'certification',
      agreement: {
        what: 'Samples of incident, change and SLA records; the monthly service reports',
        why: 'Keeping the ISO/IEC 20000-1 certificate',
        who: 'Our quality manager sends; the CQC lead auditor receives',
        when: 'At each annual surveillance audit',
        where: 'The CQC audit portal',
        how: 'Encrypted export, read-only, deleted after the audit',
        authorisation: { grantedBy: 'CIO', scope: 'Service records of the audit year', until: `${year}-12-31` },
      },
      reviewDays: 180,
      nextReview: day(c.now), // due today: the daily run opens the reminder
    },
    {
      id: ID(42),
      name: '上海市通信管理局',
      kind: 'supervision',
      agreement: {
        what: 'Major incident reports (P1) and network security incidents',
        why: 'Regulatory reporting duty',
        who: 'The duty service manager reports to the bureau’s contact officer',
        when: 'Within 2 hours of a P1 affecting public services; quarterly summary',
        where: 'The bureau’s reporting system',
        how: 'The bureau’s form, signed by the service owner',
        authorisation: {
          grantedBy: 'Legal department',
          scope: 'Incident facts only, no customer personal data',
          until: null,
        },
      },
      reviewDays: 365,
      nextReview: day(c.now + 60 * DAY),
    },
    {
      id: ID(43),
      name: '阿里云 Alibaba Cloud',
      kind: 'provider',
      agreement: {
        what: 'Monitoring alerts and capacity forecasts for the shared backup region',
        why: 'Joint capacity planning for the DR site',
        who: 'Our capacity manager with their technical account manager',
        when: 'Monthly, and at once on a capacity alert',
        where: 'Shared dashboard and the monthly call',
        how: 'Aggregated metrics only, through the provider’s console',
        authorisation: {
          grantedBy: 'Head of IT operations',
          scope: 'Infrastructure metrics of the DR site',
          until: `${year + 1}-06-30`,
        },
      },
      reviewDays: 90,
      nextReview: day(c.now + 30 * DAY),
    },
  ];
  for (const record of parties) await c.call('thirdParty.save', { record });
}
