// An admin activates a new configuration: it is validated (every problem named by its JSON path), saved
// as the next version (nothing is edited in place; the default template is recorded as version 1 the
// first time), and every open issue is recalculated under it.

import { ITR_TEMPLATE, parseConfig, validateConfig, type ConfigIssue } from '../domain/config';
import { ensureSchema } from '../platform/sql/schema';
import * as store from '../platform/sql/store';
import { startRecalculation, type RecalcProgress } from './recalculate';

export type ActivateResult =
  | { readonly ok: true; readonly version: number; readonly recalculation: RecalcProgress | null }
  | { readonly ok: false; readonly code: 'invalid' | 'busy'; readonly issues: readonly ConfigIssue[] };

export async function activateConfig(input: unknown): Promise<ActivateResult> {
  await ensureSchema();
  const now = Date.now();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, code: 'invalid', issues: [{ path: '', message: 'The configuration must be a JSON object.' }] };
  }
  const versions = await store.configVersions();
  const template = parseConfig(ITR_TEMPLATE);
  const next = (versions.at(-1)?.version ?? template.version) + 1;
  const result = validateConfig({ ...input, version: next });
  if (!result.ok) return { ok: false, code: 'invalid', issues: result.issues };
  if (versions.length === 0) await store.addConfigVersion(template.version, 0, JSON.stringify(template));
  if (!(await store.addConfigVersion(next, now, JSON.stringify(result.config)))) {
    return {
      ok: false,
      code: 'busy',
      issues: [
        { path: 'version', message: `Version ${next} was activated by someone else meanwhile; reload and try again.` },
      ],
    };
  }
  return { ok: true, version: next, recalculation: await startRecalculation() };
}
