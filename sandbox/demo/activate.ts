// A Jira admin activating the default template for some projects, through the app's own admin resolver:
// until then the app, as installed, does nothing.

import { ITR_TEMPLATE, type ConfigInput } from '../../src/domain/config';
import type { ForgeHost } from '../forge/host';
import type { Site } from '../jira/site';
import { PEOPLE } from './site-seed';

export async function activateTemplate(
  host: ForgeHost,
  site: Site,
  projectKeys: readonly string[],
  patch: (c: ConfigInput) => ConfigInput = (c) => c,
): Promise<unknown> {
  const config = patch(structuredClone(ITR_TEMPLATE));
  config.scope = { projects: projectKeys.map((key) => site.projects.get(key)!.id) };
  const rec = await host.resolve(
    'adminResolver',
    'itr-admin',
    'admin.activateConfig',
    { config },
    { accountId: PEOPLE.admin },
  );
  const result = rec.result as { ok: boolean; data?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`activation refused: ${JSON.stringify(result.error ?? rec.error)}`);
  return result.data;
}
