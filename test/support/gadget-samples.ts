// A valid payload for every function of the gadgets' resolver, for the fuzz test to corrupt (append one
// per new function).
import { AT_RISK, DEFAULT_AT_RISK } from '../../src/contract/gadgets/at-risk';
import { GADGET } from '../../src/contract/gadgets';
import { DEFAULT_FINANCE, FINANCE_GADGET } from '../../src/contract/gadgets/finance';
import { DEFAULT_SATISFACTION, SATISFACTION } from '../../src/contract/gadgets/satisfaction';
import { DEFAULT_SUPPLIERS, SUPPLIERS } from '../../src/contract/gadgets/suppliers';
import { DEFAULT_SLA, SLA } from '../../src/contract/gadgets/sla';

export const GADGET_SAMPLES: Readonly<Record<string, unknown>> = {
  [GADGET.projects]: {},
  [AT_RISK.data]: { ...DEFAULT_AT_RISK, projects: ['SUP'] },
  [FINANCE_GADGET.data]: { ...DEFAULT_FINANCE, projects: ['SUP'] },
  [SATISFACTION.data]: { ...DEFAULT_SATISFACTION, projects: ['SUP'], split: 'engineer', refresh: 15 },
  [SUPPLIERS.data]: { ...DEFAULT_SUPPLIERS, projects: ['SUP'], months: 6 },
  [SLA.data]: { ...DEFAULT_SLA, projects: ['SUP'], split: 'customer', measure: 'ola' },
  [SLA.filters]: { name: 'desk' },
  [SLA.breached]: { ...DEFAULT_SLA, projects: ['SUP'], month: '2026-05', value: 'softwareFault' },
};
