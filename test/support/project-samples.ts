// A valid payload for every function of the project page's resolver: what the fuzz test corrupts. A new
// function needs its sample here (the fuzz test fails naming any function without one).

import { randomUUID } from 'node:crypto';

/** Ids the samples name; the fuzz test creates the records they refer to first. */
export const SAMPLE_IDS = {
  customer: randomUUID(),
} as const;

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
};
