// The stored `itr` state, checked when read back from SQL: the flat fields JQL indexes and the detail
// the panel shows. Detail objects are the domain's own output, so their inner shape is not re-described.

import { z } from 'zod';
import type { ItrState } from '../domain/state';

const seconds = z.number().int().nullable();

const stateShape = z.looseObject({
  v: z.literal(1),
  configVersion: z.number().int(),
  serviceType: z.string(),
  grade: z.string(),
  customer: z.string().nullable(),
  slaState: z.enum(['none', 'met', 'paused', 'running', 'atRisk', 'breached']),
  breachAt: seconds,
  tier: z.string().nullable(),
  responsibility: z.string().nullable(),
  nextCheckAt: seconds,
  service: z.string().nullable(),
  requester: z.enum(['customer', 'user']),
  why: z.looseObject({ classification: z.string(), grade: z.array(z.looseObject({ en: z.string(), zh: z.string() })) }),
  goals: z.record(z.string(), z.looseObject({ state: z.string(), cycles: z.array(z.looseObject({})) })),
  ola: z.record(z.string(), z.looseObject({})),
  responsibilityDetail: z.looseObject({}).nullable(),
  problem: z.looseObject({ rule: z.string(), scope: z.string() }).nullable(),
  complaints: z.object({ customer: z.number(), user: z.number() }),
  links: z.object({ problem: z.string().optional(), ltc: z.string().optional(), ipd: z.string().optional() }),
  done: z.array(z.string()),
  outOfScope: z.literal(true).optional(),
});

/** The stored state: checked against the shape above (a failure names the field), typed as the domain's
 * own output it is. */
export function parseState(json: string): ItrState {
  const v: unknown = JSON.parse(json);
  stateShape.parse(v);
  return v as ItrState;
}
