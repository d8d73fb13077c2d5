// Valid payloads of the satisfaction and supplier gadgets' functions, for the fuzz tests to corrupt (moved
// into the gadgets' shared samples file once it exists).

import { SATISFACTION } from '../../src/contract/gadgets/satisfaction';
import { SUPPLIERS } from '../../src/contract/gadgets/suppliers';

export const VOICE_GADGET_SAMPLES: Readonly<Record<string, { module: string; sample: () => unknown }>> = {
  [SATISFACTION.data]: {
    module: 'itr-gadget-satisfaction',
    sample: () => ({ projects: ['SUP'], months: 12, refresh: 15, split: 'engineer' }),
  },
  [SUPPLIERS.data]: { module: 'itr-gadget-suppliers', sample: () => ({ projects: ['SUP'], months: 6, refresh: 0 }) },
};
