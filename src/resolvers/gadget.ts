// The dashboard gadgets' resolver: one for all five gadgets. Every function asks Jira, as the viewer,
// which of the gadget's projects they may browse (src/resolvers/gadget/gadget-function.ts).

import { resolverOf } from '../platform/resolver';
import { GADGET_FUNCTIONS } from './gadget/functions';

export const gadgetResolver = resolverOf(GADGET_FUNCTIONS);
