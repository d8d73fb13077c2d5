// The projects an edit view offers: those the viewer may browse, asked of Jira as the viewer.

import { z } from 'zod';
import type { GadgetProject } from '../../contract/gadgets';
import { allProjects } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import type { ResolverFunction } from '../../platform/resolver';
import { invalid, type Answer } from '../answers';

export const gadgetProjects: ResolverFunction = async (request): Promise<Answer> => {
  const p = z.strictObject({}).safeParse(request.payload ?? {});
  if (!p.success) return invalid(p.error);
  const projects = await allProjects(new JiraClient({ as: 'user' }));
  const data: GadgetProject[] = projects.map((x) => ({ id: x.id, key: x.key, name: x.name }));
  return { ok: true, data };
};
