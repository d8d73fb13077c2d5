// One function of the gadgets' resolver: the payload (the gadget's saved settings, plus what the viewer
// chose in it) is parsed whole, and the projects it reads are asked of Jira as the viewer before anything
// is read. A gadget only reads; nothing here writes.

import { z } from 'zod';
import { openGadget, type GadgetCall } from '../../app/gadget-call';
import type { ResolverFunction } from '../../platform/resolver';
import { invalid, refuse, type Answer } from '../answers';

const context = z.looseObject({ accountId: z.string().min(1) });

export function gadgetFunction<P extends { readonly projects: readonly string[]; readonly months: number }>(
  payload: z.ZodType<P>,
  run: (p: P, call: GadgetCall) => Promise<unknown>,
): ResolverFunction {
  return async (request): Promise<Answer> => {
    const c = context.safeParse(request.context);
    if (!c.success) return refuse('forbidden', 'Sign in to Jira to see this gadget.');
    const p = payload.safeParse(request.payload ?? {});
    if (!p.success) return invalid(p.error);
    const opened = await openGadget(c.data.accountId, Date.now(), p.data.projects, p.data.months);
    if (!opened.ok)
      return refuse(
        'forbidden',
        `You cannot browse ${opened.hidden.join(', ')}: ask a Jira admin, or choose other projects in the gadget's settings.`,
        'projects',
      );
    return { ok: true, data: await run(p.data, opened.call) };
  };
}
