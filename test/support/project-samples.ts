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
};
