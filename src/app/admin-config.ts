// What the admin page opens with: the configuration in force (the default template until an admin
// activates one) and the list of versions.

import type { AdminConfigView } from '../contract/admin';
import { ITR_TEMPLATE, parseConfig } from '../domain/config';
import { ensureSchema } from '../platform/sql/schema';
import { configVersions } from '../platform/sql/store';

export async function adminConfigView(): Promise<AdminConfigView> {
  await ensureSchema();
  const versions = await configVersions();
  const last = versions.at(-1);
  return {
    active: last
      ? { version: last.version, activatedAt: last.activatedAt, doc: JSON.parse(last.doc) as unknown }
      : { version: parseConfig(ITR_TEMPLATE).version, activatedAt: null, doc: ITR_TEMPLATE },
    versions: versions.map((v) => ({ version: v.version, activatedAt: v.activatedAt })),
  };
}
