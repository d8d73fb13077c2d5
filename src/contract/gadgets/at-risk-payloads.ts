import { z } from 'zod';
import { baseSettings } from '../gadget-payloads';
import { AT_RISK_LIMITS } from './at-risk';

export const atRiskSettings = baseSettings.extend({
  limit: z.union(AT_RISK_LIMITS.map((n) => z.literal(n))),
  breached: z.boolean(),
});
