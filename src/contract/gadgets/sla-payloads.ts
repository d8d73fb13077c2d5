import { z } from 'zod';
import { baseSettings } from '../gadget-payloads';
import { SLA_MEASURES, SLA_SPLITS } from './sla';

export const slaSettings = baseSettings.extend({
  split: z.enum(SLA_SPLITS, `Split by one of ${SLA_SPLITS.join(', ')}.`),
  measure: z.enum(SLA_MEASURES, `Measure is 'sla' (closure rate) or 'ola' (on-time rate per tier).`),
  filterId: z
    .string()
    .regex(/^(?:[1-9][0-9]{0,17})?$/, "A saved filter is named by its numeric id (10000), or '' for none.")
    .default(''),
});

export const slaFilterQuery = z.strictObject({
  name: z.string().max(255, 'A filter name is at most 255 characters.'),
});

export const slaBreachedQuery = slaSettings.extend({
  month: z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'A month is written YYYY-MM (2026-05).'),
  value: z
    .string()
    .min(1, 'A split value names the row: an id, ~none or ~other.')
    .max(191, 'A split value is at most 191 characters.'),
});
