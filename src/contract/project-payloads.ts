// The project page's payload schemas shared by every record kind (server only: zod stays out of the
// browser bundle; the browser imports these files' types only).

import { z } from 'zod';
import { EXPORT_PAGE_SIZE } from './project';

/** A record's id: a UUID the browser chooses when it creates the record (a retried create writes once). */
export const recordId = z.uuid({ message: 'An id is a UUID.' });

export const removePayload = z.strictObject({ id: recordId });

/** A calendar day, 'YYYY-MM-DD', that exists. */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'A date is YYYY-MM-DD.' })
  .refine(
    (s) => {
      const t = Date.parse(`${s}T00:00:00Z`);
      return Number.isFinite(t) && new Date(t).toISOString().startsWith(s);
    },
    { message: 'There is no such date.' },
  );

/** Money in cents (non-negative, below 10^13: a trillion-something in the currency). */
export const cents = z.number().int({ message: 'An amount is whole cents.' }).min(0).max(9_999_999_999_999);

/** Free text a person typed: trimmed, not empty, at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'Required.' })
    .max(max, { message: `At most ${max} characters.` });

/** A list query for a kind whose sortable and filterable keys are named. */
export function listPayload<S extends string>(sortable: readonly [S, ...S[]], filters: readonly string[]) {
  return z.strictObject({
    page: z.number().int().min(0).max(100_000).default(0),
    pageSize: z.number().int().min(1).max(EXPORT_PAGE_SIZE).default(25),
    search: z.string().trim().max(100, { message: 'Search for at most 100 characters.' }).default(''),
    sort: z.strictObject({ by: z.enum(sortable), dir: z.enum(['asc', 'desc']) }).optional(),
    // Keys are checked on the raw object: a parsed record drops '__proto__' and would let it through.
    filter: z
      .unknown()
      .refine((f) => typeof f !== 'object' || f === null || Object.keys(f).every((k) => filters.includes(k)), {
        message: filters.length ? `Filter on ${filters.join(', ')} only.` : 'This list has no filters.',
      })
      .pipe(z.record(z.string(), z.string().max(191)))
      .default({}),
  });
}
export type ListInput = z.infer<ReturnType<typeof listPayload>>;
