// A valid payload for every function of the project page's resolver: what the fuzz test corrupts. A new
// function needs its sample here (the fuzz test fails naming any function without one).

import { randomUUID } from 'node:crypto';
import { DEFAULT_AUDIT_WEIGHTS } from '../../src/domain/suppliers';

/** Ids the samples name; the fuzz test creates the records they refer to first. */
export const SAMPLE_IDS = {
  customer: randomUUID(),
  supplier: randomUUID(),
  thirdParty: randomUUID(),
} as const;

const auditScore = { score: 4, note: 'n' };

const list = (by: string) => ({ page: 0, pageSize: 25, search: 'a', sort: { by, dir: 'asc' }, filter: {} });

export const SAMPLES: Readonly<Record<string, () => unknown>> = {
  'project.access': () => ({}),
  'customer.list': () => list('name'),
  'customer.save': () => ({
    record: {
      id: randomUUID(),
      name: 'Initech',
      tier: 'standard',
      policy: null,
      calendar: null,
      termStart: '2026-01-01',
      termEnd: '2026-12-31',
      valueCents: 100,
      currency: 'CNY',
      accountManager: 'u-manager',
      matching: {
        organizations: ['1'],
        emailDomains: ['initech.com'],
        fieldValues: ['Initech'],
        reporterGroups: ['g'],
      },
      contacts: ['u-reporter'],
    },
  }),
  'customer.remove': () => ({ id: randomUUID() }),
  'valueAdded.list': () => list('deliveredOn'),
  'valueAdded.save': () => ({
    record: {
      id: randomUUID(),
      customerId: SAMPLE_IDS.customer,
      title: 'Health check',
      deliveredOn: '2026-03-02',
      costCents: 100,
      checks: {
        agreedServiceUnaffected: { holds: true, note: 'n' },
        fitsNeed: { holds: true, note: 'n' },
        costAcceptable: { holds: true, note: 'n' },
        canExtend: { holds: true, note: 'n' },
      },
    },
  }),
  'valueAdded.remove': () => ({ id: randomUUID() }),
  'survey.list': () => ({ ...list('sentAt'), filter: { source: 'link' } }),
  'survey.scores': () => ({ from: '2026-01-01', to: '2026-03-31' }),
  'survey.campaign.list': () => ({}),
  'survey.campaign.open': () => ({
    campaign: { id: randomUUID(), title: 'Q1 survey', customerId: SAMPLE_IDS.customer, closesOn: '2026-03-31' },
  }),
  'survey.campaign.links': () => ({ id: randomUUID() }),
  'supplier.list': () => list('name'),
  'supplier.save': () => ({
    record: {
      id: randomUUID(),
      name: 'Huawei Cloud',
      tier: 'supplier',
      contact: 'ops@example.com',
      subcontracting: { allowed: true, maxSharePct: 30, approvedSubcontractors: ['Acme Field Services'] },
    },
  }),
  'supplier.remove': () => ({ id: randomUUID() }),
  'supplier.ucCheck': () => ({}),
  'supplier.auditDraft': () => ({ supplierId: SAMPLE_IDS.supplier, period: '2026-Q1' }),
  'supplier.settings': () => ({}),
  'supplier.saveSettings': () => ({ marginPct: 20, weights: { ...DEFAULT_AUDIT_WEIGHTS } }),
  'underpinning.list': () => list('title'),
  'underpinning.save': () => ({
    record: {
      id: randomUUID(),
      supplierId: SAMPLE_IDS.supplier,
      title: 'Cloud hosting UC',
      starts: '2026-01-01',
      ends: '2026-12-31',
      targets: { P1: { responseMinutes: 10, resolutionMinutes: 120 } },
      supports: ['p1'],
    },
  }),
  'underpinning.remove': () => ({ id: randomUUID() }),
  'underpinning.check': () => ({ targets: { P2: { responseMinutes: 20, resolutionMinutes: 300 } }, supports: ['p2'] }),
  'supplierAudit.list': () => list('period'),
  'supplierAudit.save': () => ({
    record: {
      id: randomUUID(),
      supplierId: SAMPLE_IDS.supplier,
      period: '2026-Q1',
      scores: {
        responseAbility: auditScore,
        problemSolvingAbility: auditScore,
        problemSolvingEfficiency: auditScore,
        staffStability: auditScore,
        customerFeedback: auditScore,
        cooperation: auditScore,
      },
      note: 'Quarterly review',
    },
  }),
  'supplierAudit.remove': () => ({ id: randomUUID() }),
  'dispute.list': () => list('openedOn'),
  'dispute.save': () => ({
    record: {
      id: randomUUID(),
      supplierId: SAMPLE_IDS.supplier,
      title: 'Invoice for March outage',
      stage: 'companyProcess',
      openedOn: '2026-03-01',
      closedOn: '2026-03-03',
      outcome: 'Credit note issued',
    },
  }),
  'dispute.remove': () => ({ id: randomUUID() }),
  'thirdParty.list': () => list('name'),
  'thirdParty.save': () => ({
    record: {
      id: randomUUID(),
      name: 'CCRC',
      kind: 'certification',
      agreement: {
        what: 'Audit evidence',
        why: 'ISO 20000 certification',
        who: 'The lead auditor',
        when: 'Each surveillance audit',
        where: 'The audit portal',
        how: 'Encrypted upload',
        authorisation: { grantedBy: 'CIO', scope: 'Service records of 2026', until: '2026-12-31' },
      },
      reviewDays: 90,
      nextReview: '2026-04-01',
    },
  }),
  'thirdParty.remove': () => ({ id: randomUUID() }),
  'thirdParty.reviewed': () => ({ id: SAMPLE_IDS.thirdParty }),
  'thirdParty.today': () => ({}),
  'feedback.list': () => ({ ...list('received'), filter: { kind: 'complaint' } }),
  'feedback.save': () => ({
    record: {
      id: randomUUID(),
      kind: 'complaint',
      via: 'customer',
      customerId: SAMPLE_IDS.customer,
      issueKey: null,
      engineer: null,
      receivedAt: Date.parse('2026-03-02T10:00:00+08:00'),
      text: 'The printer is still broken',
      status: 'handling',
      handledAt: Date.parse('2026-03-02T11:00:00+08:00'),
    },
  }),
  'feedback.remove': () => ({ id: randomUUID() }),
  'contact.list': () => ({ ...list('at'), filter: { partyKind: 'customer' } }),
  'contact.save': () => ({
    record: {
      id: randomUUID(),
      partyKind: 'customer',
      partyId: SAMPLE_IDS.customer,
      kind: 'review',
      at: Date.parse('2026-03-02T14:00:00+08:00'),
      people: ['Wang Fang'],
      summary: 'Monthly review',
      followUps: [{ what: 'Send the plan', owner: 'u-manager', due: '2026-03-13', done: false }],
    },
  }),
  'contact.remove': () => ({ id: randomUUID() }),
  'report.settings': () => ({}),
  'report.saveSettings': () => ({
    settings: { enabled: true, targetProject: 'SUP', issueType: 'Task', recipient: 'u-manager' },
  }),
  'report.list': () => list('month'),
  'report.generate': () => ({ customerId: SAMPLE_IDS.customer, month: '2026-02' }),
  'customerUser.list': () => ({ ...list('name'), filter: { customerId: SAMPLE_IDS.customer } }),
  'customerUser.save': () => ({
    record: {
      id: randomUUID(),
      customerId: SAMPLE_IDS.customer,
      name: '王芳',
      email: 'wang.fang@acme.example',
      accountId: 'u-reporter',
      tier: 'vip',
    },
  }),
  'customerUser.remove': () => ({ id: randomUUID() }),
  'contract.list': () => list('ends'),
  'contract.save': () => ({
    record: {
      id: randomUUID(),
      customerId: SAMPLE_IDS.customer,
      title: 'Managed desktop 2026',
      policy: 'p2',
      starts: '2026-01-01',
      ends: '2026-12-31',
      valueCents: 100,
      remindDays: 30,
    },
  }),
  'contract.remove': () => ({ id: randomUUID() }),
  'customer.importJsm': () => ({}),
  'customer.importCsv': () => ({ kind: 'customers', text: 'name,tier,policy\r\nInitech,standard,p2\r\n' }),
  'rate.list': () => list('role'),
  'rate.save': () => ({
    record: { id: randomUUID(), role: 'engineer', rateCents: 20_000, currency: 'CNY', effectiveFrom: '2026-01-01' },
  }),
  'rate.remove': () => ({ id: randomUUID() }),
  'role.list': () => ({ ...list('accountId'), filter: { accountId: 'u-agent-l1' } }),
  'role.save': () => ({
    record: { id: randomUUID(), accountId: 'u-agent-l1', role: 'engineer', effectiveFrom: '2026-01-01' },
  }),
  'role.remove': () => ({ id: randomUUID() }),
  'budget.list': () => list('starts'),
  'budget.save': () => ({
    record: {
      id: randomUUID(),
      title: 'Service desk 2026',
      contractId: null,
      currency: 'CNY',
      phases: [
        {
          name: 'Take-over',
          from: '2026-01-01',
          to: '2026-03-31',
          income: { contract: 100, extraWork: 0 },
          expense: { labour: 50, parts: 0, supplier: 0, travel: 0, valueAdded: 0 },
        },
      ],
    },
  }),
  'budget.remove': () => ({ id: randomUUID() }),
  'budget.summary': () => ({ budgetId: randomUUID(), method: 'remaining' }),
  'budget.people': () => ({}),
  'cost.list': () => ({ ...list('spentOn'), filter: { category: 'parts' } }),
  'cost.save': () => ({
    record: {
      id: randomUUID(),
      budgetId: randomUUID(),
      spentOn: '2026-02-10',
      category: 'parts',
      amountCents: 100,
      note: 'Printer fusers',
      supplierId: SAMPLE_IDS.supplier,
    },
  }),
  'cost.remove': () => ({ id: randomUUID() }),
  'settlement.list': () => ({ ...list('starts'), filter: { status: 'open' } }),
  'settlement.save': () => ({
    record: {
      id: randomUUID(),
      budgetId: randomUUID(),
      starts: '2026-01-01',
      ends: '2026-03-31',
      billedCents: 100,
      receivedCents: 100,
      status: 'open',
    },
  }),
  'settlement.remove': () => ({ id: randomUUID() }),
};
