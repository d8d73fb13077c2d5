import { FilterUnavailable, slaBreached, slaFilters, slaGadget } from '../../app/gadgets/sla';
import { SLA } from '../../contract/gadgets/sla';
import { slaBreachedQuery, slaFilterQuery, slaSettings } from '../../contract/gadgets/sla-payloads';
import type { ResolverFunction } from '../../platform/resolver';
import { invalid, refuse, type Answer } from '../answers';
import { gadgetFunction } from './gadget-function';
import { z } from 'zod';

const data = gadgetFunction(slaSettings, slaGadget);
const breachedCell = gadgetFunction(slaBreachedQuery, slaBreached);
const context = z.looseObject({ accountId: z.string().min(1) });

/** A saved filter the viewer may no longer see is refused at its path. */
const withFilter =
  (f: ResolverFunction): ResolverFunction =>
  async (request) => {
    try {
      return await f(request);
    } catch (e) {
      if (e instanceof FilterUnavailable) return refuse('notFound', e.message, 'filterId');
      throw e;
    }
  };

/** The gadget's figures. */
const slaData = withFilter(data);
/** One cell's breached issues (its drill-down). */
const slaBreachedData = withFilter(breachedCell);

/** The saved filters the viewer may pick, by name. */
const filters: ResolverFunction = async (request): Promise<Answer> => {
  if (!context.safeParse(request.context).success) return refuse('forbidden', 'Sign in to Jira to see this gadget.');
  const p = slaFilterQuery.safeParse(request.payload ?? {});
  if (!p.success) return invalid(p.error);
  return { ok: true, data: await slaFilters(p.data.name) };
};

export const SLA_FUNCTIONS = { [SLA.data]: slaData, [SLA.filters]: filters, [SLA.breached]: slaBreachedData };
