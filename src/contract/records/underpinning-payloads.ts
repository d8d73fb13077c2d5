// The underpinning contract payload (server only).

import { z } from 'zod';
import { day, recordId, text } from '../project-payloads';
import { configId } from './supplier-payloads';

/** A target: whole minutes, at most a year. */
const minutes = z.number().int({ message: 'A target is whole minutes.' }).min(1).max(525_600);

const gradeTargets = z
  .strictObject({ responseMinutes: minutes, resolutionMinutes: minutes })
  .refine((t) => t.responseMinutes <= t.resolutionMinutes, {
    path: ['responseMinutes'],
    message: 'A response cannot take longer than the resolution.',
  });

/** What the UC check reads: the targets per grade and the SLA policies backed. */
export const ucTerms = {
  // Keys are checked on the raw object: a parsed record drops '__proto__' and would let it through.
  targets: z
    .unknown()
    .refine((t) => typeof t !== 'object' || t === null || Object.keys(t).every((k) => configId.safeParse(k).success), {
      message: 'A grade is 1–64 letters, digits, _ or -.',
    })
    .pipe(z.record(configId, gradeTargets))
    .refine((t) => Object.keys(t).length >= 1, { message: 'Give targets for at least one grade.' })
    .refine((t) => Object.keys(t).length <= 50, { message: 'At most 50 grades.' }),
  supports: z
    .array(configId)
    .min(1, { message: 'Name at least one SLA policy this contract backs.' })
    .max(50)
    .refine((s) => new Set(s).size === s.length, { message: 'A policy is named twice.' }),
};

export const ucTermsPayload = z.strictObject(ucTerms);

export const underpinningPayload = z
  .strictObject({
    id: recordId,
    supplierId: recordId,
    title: text(191),
    starts: day,
    ends: day,
    ...ucTerms,
  })
  .refine((u) => u.ends >= u.starts, { path: ['ends'], message: 'The contract ends before it starts.' });
export type Underpinning = z.infer<typeof underpinningPayload>;
