// Recorded costs: a budget's non-labour actuals (labour comes from Jira's worklogs). Zod-free (the
// browser imports it); the schema is in cost-payloads.ts.

export type { RecordedCost } from './cost-payloads';

/** What a cost is for: seed 003's expense items other than labour, and anything else. */
export const COST_CATEGORIES = ['parts', 'supplier', 'travel', 'valueAdded', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST = { list: 'cost.list', save: 'cost.save', remove: 'cost.remove' } as const;
