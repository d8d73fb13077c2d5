// Every function of the gadgets' resolver, by name. Each gadget adds its own (append only).

import { GADGET } from '../../contract/gadgets';
import type { ResolverFunction } from '../../platform/resolver';
import { AT_RISK_FUNCTIONS } from './at-risk';
import { FINANCE_GADGET_FUNCTIONS } from './finance';
import { gadgetProjects } from './projects';
import { SATISFACTION_FUNCTIONS } from './satisfaction';
import { SUPPLIERS_FUNCTIONS } from './suppliers';
import { SLA_FUNCTIONS } from './sla';

export const GADGET_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  [GADGET.projects]: gadgetProjects,
  ...AT_RISK_FUNCTIONS,
  ...FINANCE_GADGET_FUNCTIONS,
  ...SATISFACTION_FUNCTIONS,
  ...SUPPLIERS_FUNCTIONS,
  ...SLA_FUNCTIONS,
};
