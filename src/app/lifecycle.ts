// Installation and upgrade: the schema is prepared (DDL is rationed, so it is spent here rather than by the
// first product event), and nothing else: the app evaluates nothing until an admin activates a configuration.

import { ensureSchema } from '../platform/sql/schema';

export async function prepareInstallation(): Promise<void> {
  await ensureSchema();
}
