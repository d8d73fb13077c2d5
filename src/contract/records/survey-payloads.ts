// What the Surveys tab sends (server only): the scores' date range and a campaign to open.

import { z } from 'zod';
import { day, recordId, text } from '../project-payloads';

const range = (v: { from?: string | undefined; to?: string | undefined }) =>
  v.from === undefined || v.to === undefined || v.from <= v.to;

/** Days the answers were given on, both included; without them, the year up to today. */
export const scoresQuery = z
  .strictObject({ from: day.optional(), to: day.optional() })
  .refine(range, { message: 'The range ends before it starts.', path: ['to'] });
export type ScoresQuery = z.infer<typeof scoresQuery>;

export const campaignInput = z.strictObject({
  id: recordId,
  title: text(191),
  /** null: every customer of the project. */
  customerId: recordId.nullable(),
  closesOn: day,
});
export type CampaignInput = z.infer<typeof campaignInput>;

export const openCampaignPayload = z.strictObject({ campaign: campaignInput });
export const campaignLinksPayload = z.strictObject({ id: recordId });
