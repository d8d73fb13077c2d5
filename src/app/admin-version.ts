// One saved configuration version, whole, for the version history's diff.

import type { ConfigVersionView } from '../contract/admin';
import { ensureSchema } from '../platform/sql/schema';
import { configVersion } from '../platform/sql/store';

export async function versionView(version: number): Promise<ConfigVersionView | null> {
  await ensureSchema();
  const v = await configVersion(version);
  return v
    ? {
        version: v.version,
        activatedAt: v.activated_at,
        activatedBy: v.activated_by,
        doc: JSON.parse(v.doc) as unknown,
      }
    : null;
}
