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
