// Valid payloads of the SLA gadget's functions, for the fuzz tests to corrupt (moved into the gadgets'
// shared samples once that file exists).

import { SLA } from '../../src/contract/gadgets/sla';

export const SLA_SAMPLES: Readonly<Record<string, () => unknown>> = {
  [SLA.data]: () => ({
    projects: ['SUP'],
    months: 6,
    refresh: 15,
    split: 'serviceType',
    measure: 'sla',
    filterId: '10000',
  }),
  [SLA.filters]: () => ({ name: 'desk' }),
};
