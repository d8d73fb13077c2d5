// Zod schemas of the gadgets' settings, shared by every gadget function (the browser imports types only).

import { z } from 'zod';
import { MAX_GADGET_PROJECTS, MONTH_CHOICES, REFRESH_CHOICES } from './gadgets';

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'A project key is capital letters and digits (SUP).');

/** Parses the settings fields every gadget saves; a gadget extends it with its own. */
export const baseSettings = z.strictObject({
  projects: z
    .array(projectKey)
    .max(MAX_GADGET_PROJECTS, `Choose at most ${MAX_GADGET_PROJECTS} projects.`)
    .refine((ks) => new Set(ks).size === ks.length, 'A project is named twice.'),
  months: z.union(MONTH_CHOICES.map((m) => z.literal(m))),
  refresh: z.union(REFRESH_CHOICES.map((m) => z.literal(m))),
});
