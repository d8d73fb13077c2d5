// What the admin page opens with: the configuration in force (the default template until an admin
// activates one) and the list of versions, with who activated each (one Jira read per admin named).

import type { AdminConfigView } from '../contract/admin';
import { ITR_TEMPLATE, parseConfig } from '../domain/config';
import { displayName } from '../platform/jira/api';
import { JiraClient } from '../platform/jira/client';
import { ensureSchema } from '../platform/sql/schema';
import { configVersion, versionList } from '../platform/sql/store';

export async function adminConfigView(): Promise<AdminConfigView> {
  await ensureSchema();
  const versions = await versionList();
  const last = versions.at(-1);
  const [doc, names] = await Promise.all([
    last ? configVersion(last.version).then((v) => v?.doc) : undefined,
    activatorNames(versions.flatMap((v) => (v.activated_by === null ? [] : [v.activated_by]))),
  ]);
  return {
    active:
      last && doc !== undefined
        ? { version: last.version, activatedAt: last.activated_at, doc: JSON.parse(doc) as unknown }
        : { version: parseConfig(ITR_TEMPLATE).version, activatedAt: null, doc: ITR_TEMPLATE },
    versions: versions.map((v) => ({
      version: v.version,
      activatedAt: v.activated_at,
      activatedBy: v.activated_by,
      activatedByName: v.activated_by === null ? null : (names.get(v.activated_by) ?? null),
    })),
  };
}

async function activatorNames(accountIds: readonly string[]): Promise<Map<string, string | null>> {
  const jira = new JiraClient({ as: 'app' });
  const unique = [...new Set(accountIds)];
  const names = await Promise.all(unique.map((id) => displayName(jira, id)));
  return new Map(unique.map((id, i) => [id, names[i] ?? null]));
}
