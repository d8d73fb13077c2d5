// How every resolver answers: { ok: true, data } or { ok: false, error: { code, message, path? } }.

import type { z } from 'zod';

export type Answer =
  | { readonly ok: true; readonly data: unknown }
  | {
      readonly ok: false;
      readonly error: { readonly code: string; readonly message: string; readonly path?: string } & Record<
        string,
        unknown
      >;
    };

export const refuse = (code: string, message: string, path?: string): Answer => ({
  ok: false,
  error: { code, message, ...(path ? { path } : {}) },
});

/** A zod error as the resolver answers it: the first issue, with its path. */
export function invalid(e: z.ZodError): Answer {
  const first = e.issues[0]!;
  const path = first.path.join('.');
  return refuse(
    'invalid',
    first.code === 'unrecognized_keys' ? `Unexpected ${first.keys.join(', ')} in the payload.` : first.message,
    path,
  );
}
