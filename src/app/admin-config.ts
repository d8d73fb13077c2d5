// What the admin page opens with: the configuration in force (the default template until an admin
// activates one) and the list of versions, with who activated each.

import type { AdminConfigView } from '../contract/admin';
import { ITR_TEMPLATE, parseConfig } from '../domain/config';
import { ensureSchema } from '../platform/sql/schema';
import { configVersion, versionList } from '../platform/sql/store';

export async function adminConfigView(): Promise<AdminConfigView> {
  await ensureSchema();
  const versions = await versionList();
  const last = versions.at(-1);
  const doc = last && (await configVersion(last.version))?.doc;
  return {
    active:
      last && doc !== undefined
        ? { version: last.version, activatedAt: last.activated_at, doc: JSON.parse(doc) as unknown }
        : { version: parseConfig(ITR_TEMPLATE).version, activatedAt: null, doc: ITR_TEMPLATE },
    versions: versions.map((v) => ({ version: v.version, activatedAt: v.activated_at, activatedBy: v.activated_by })),
  };
}
