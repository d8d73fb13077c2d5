// The demo service organisation's relationship records, each area's seed in turn (customers first: the
// others refer to them), written through the project page's own resolver as the service manager, so what
// the demo holds passed the same checks a person's input does.

import type { ForgeHost } from '../../forge/host';
import type { Site } from '../../jira/site';
import { PEOPLE } from '../site-seed';
import { seedCustomers } from './customers';
import { seedFeedback } from './feedback';
import { seedFinance } from './finance';
import { seedReports } from './reports';
import { seedSuppliers } from './suppliers';
import { seedSurveys } from './surveys';
import { seedValueAdded } from './value-added';
import { seedVoiceFacts } from './voice-facts';

export interface SeedContext {
  readonly host: ForgeHost;
  readonly site: Site;
  readonly now: number;
  /** One project-page function on SUP as the service manager; throws on a refusal. */
  call<T = unknown>(fn: string, payload: unknown): Promise<T>;
}

type AreaSeed = (c: SeedContext) => Promise<void>;

/** Each area's seed, in order (customers first: the others name them; reports last: they count the surveys,
 * complaints and praise before them). */
const AREAS: readonly AreaSeed[] = [
  seedCustomers,
  seedValueAdded,
  seedSurveys,
  seedSuppliers,
  seedFeedback,
  seedReports,
  seedFinance,
  seedVoiceFacts,
];

export async function seedRelations(host: ForgeHost, site: Site, now: number): Promise<void> {
  const sup = site.projects.get('SUP')!;
  const ctx: SeedContext = {
    host,
    site,
    now,
    async call<T>(fn: string, payload: unknown): Promise<T> {
      const rec = await host.resolve('projectResolver', 'itr-project', fn, payload, {
        accountId: PEOPLE.manager,
        project: { id: sup.id, key: sup.key, type: sup.typeKey },
      });
      const r = rec.result as { ok: boolean; data?: unknown; error?: unknown } | undefined;
      if (rec.outcome !== 'ok' || !r?.ok) throw new Error(`demo seed ${fn}: ${JSON.stringify(r?.error ?? rec.error)}`);
      return r.data as T;
    },
  };
  for (const seed of AREAS) await seed(ctx);
}
