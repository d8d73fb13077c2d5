// The import functions' payloads (server only).

import { z } from 'zod';
import { CSV_IMPORT_MAX_CHARS } from './customer-import';

export const csvImportPayload = z.strictObject({
  kind: z.enum(['customers', 'users'], { message: 'Import customers or users.' }),
  text: z
    .string()
    .min(1, { message: 'The file is empty.' })
    .max(CSV_IMPORT_MAX_CHARS, { message: 'A file of at most 1 MB.' }),
});
export type CsvImportPayload = z.infer<typeof csvImportPayload>;

export const jsmImportPayload = z.strictObject({});
