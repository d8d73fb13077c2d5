import { z } from 'zod';
import { baseSettings } from '../gadget-payloads';
import { SATISFACTION_SPLITS } from './satisfaction';

export const satisfactionSettings = baseSettings.extend({
  split: z.enum(SATISFACTION_SPLITS, { message: 'Split by customer or engineer.' }),
});
