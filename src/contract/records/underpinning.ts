// Underpinning contracts (支持合同): what a supplier promises per grade, and the SLA policies it backs.
// Zod-free (the browser imports it); the schema is in underpinning-payloads.ts.

export type { Underpinning } from './underpinning-payloads';

export const UNDERPINNING = {
  list: 'underpinning.list',
  save: 'underpinning.save',
  remove: 'underpinning.remove',
  /** The flags a draft UC would get (the form warns before saving). */
  check: 'underpinning.check',
} as const;
