// The budget a form sends (server only): seed 003's three steps — its income and expense items, divided
// into phases, form the budget table. Phases follow one another without overlapping.

import { z } from 'zod';
import { cents, day, recordId, text } from '../project-payloads';
import { EXPENSE_ITEMS, INCOME_ITEMS, MAX_PHASES } from './budget';

export const currency = z.string().regex(/^[A-Z]{3}$/, { message: 'A currency is three capital letters (CNY, USD).' });

const items = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, cents])) as Record<K, typeof cents>);

export const budgetPhase = z
  .strictObject({
    name: text(100),
    from: day,
    to: day,
    income: items(INCOME_ITEMS),
    expense: items(EXPENSE_ITEMS),
  })
  .refine((p) => p.from <= p.to, { message: 'A phase ends on or after the day it starts.', path: ['to'] });
export type BudgetPhase = z.infer<typeof budgetPhase>;

export const budgetPayload = z
  .strictObject({
    id: recordId,
    title: text(191),
    /** The customer contract this budget is for; null: the whole Jira project. */
    contractId: recordId.nullable(),
    currency,
    phases: z
      .array(budgetPhase)
      .min(1, { message: 'A budget has at least one phase.' })
      .max(MAX_PHASES, { message: `A budget has at most ${MAX_PHASES} phases.` }),
  })
  .superRefine((b, ctx) => {
    b.phases.forEach((p, i) => {
      const prev = b.phases[i - 1];
      if (prev && p.from <= prev.to)
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i, 'from'],
          message: `A phase starts after the one before it ends (${prev.to}).`,
        });
    });
  });
export type Budget = z.infer<typeof budgetPayload>;
