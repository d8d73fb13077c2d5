import { FilterUnavailable, slaFilters, slaGadget } from '../../app/gadgets/sla';
import { SLA } from '../../contract/gadgets/sla';
import { slaFilterQuery, slaSettings } from '../../contract/gadgets/sla-payloads';
import type { ResolverFunction } from '../../platform/resolver';
import { invalid, refuse, type Answer } from '../answers';
import { gadgetFunction } from './gadget-function';
import { z } from 'zod';

const data = gadgetFunction(slaSettings, slaGadget);
const context = z.looseObject({ accountId: z.string().min(1) });

/** The gadget's figures; a saved filter the viewer may no longer see is refused at its path. */
const slaData: ResolverFunction = async (request) => {
  try {
    return await data(request);
  } catch (e) {
    if (e instanceof FilterUnavailable) return refuse('notFound', e.message, 'filterId');
    throw e;
  }
};

/** The saved filters the viewer may pick, by name. */
const filters: ResolverFunction = async (request): Promise<Answer> => {
  if (!context.safeParse(request.context).success) return refuse('forbidden', 'Sign in to Jira to see this gadget.');
  const p = slaFilterQuery.safeParse(request.payload ?? {});
  if (!p.success) return invalid(p.error);
  return { ok: true, data: await slaFilters(p.data.name) };
};

export const SLA_FUNCTIONS = { [SLA.data]: slaData, [SLA.filters]: filters };
