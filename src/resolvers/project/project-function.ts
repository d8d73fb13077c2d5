// One function of the project page's resolver: the project comes from Forge's context (never from the
// payload), the payload is parsed whole, and the caller's Jira permission on the project is asked as the
// caller (browse to read, administer to change) before anything is read or written.

import { z } from 'zod';
import { openProject } from '../../app/project-call';
import type { ProjectCall } from '../../app/records/kind';
import type { ResolverFunction } from '../../platform/resolver';
import { invalid, refuse, type Answer } from '../answers';

const context = z.looseObject({
  accountId: z.string().min(1),
  extension: z.looseObject({
    project: z.looseObject({ id: z.coerce.string().min(1), key: z.string().min(1) }),
  }),
});

/** Thrown by a function's body to refuse with a code and the path at fault. */
export class Refused extends Error {
  constructor(
    readonly code: 'invalid' | 'notFound' | 'conflict',
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

export function projectFunction<P>(
  need: 'read' | 'change',
  payload: z.ZodType<P>,
  run: (p: P, call: ProjectCall) => Promise<unknown>,
): ResolverFunction {
  return async (request): Promise<Answer> => {
    const c = context.safeParse(request.context);
    if (!c.success) return refuse('invalid', 'This function runs on a project page (the context names no project).');
    const p = payload.safeParse(request.payload ?? {});
    if (!p.success) return invalid(p.error);
    const rights = await openProject(c.data.extension.project.key);
    if (!rights[need])
      return refuse(
        'forbidden',
        need === 'read'
          ? `You need permission to browse ${c.data.extension.project.key} to see its records.`
          : `Only administrators of ${c.data.extension.project.key} can change its records.`,
      );
    const call: ProjectCall = {
      project: { id: c.data.extension.project.id, key: c.data.extension.project.key },
      accountId: c.data.accountId,
      now: Date.now(),
      canChange: rights.change,
    };
    try {
      return { ok: true, data: await run(p.data, call) };
    } catch (e) {
      if (e instanceof Refused) return refuse(e.code, e.message, e.path);
      throw e;
    }
  };
}
