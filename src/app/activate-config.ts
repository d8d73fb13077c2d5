// An admin activates a new configuration: it is validated (every problem named by its JSON path) and
// checked against the site (refused while any finding blocks), saved as the next version with the site ids
// its names resolved to (nothing is edited in place; the default template is recorded as version 1 the
// first time), with the admin who activated it, and every open issue is recalculated under it.

import type { SetupFinding } from '../contract/admin';
import { ITR_TEMPLATE, parseConfig, type ConfigIssue } from '../domain/config';
import { ensureSchema } from '../platform/sql/schema';
import * as store from '../platform/sql/store';
import { startRecalculation, type RecalcProgress } from './recalculate';
import { checkConfig } from './setup/check';

export type ActivateResult =
  | {
      readonly ok: true;
      readonly version: number;
      readonly recalculation: RecalcProgress | null;
      /** Warnings the check found (nothing blocked). */
      readonly findings: readonly SetupFinding[];
    }
  | { readonly ok: false; readonly code: 'invalid' | 'busy'; readonly issues: readonly ConfigIssue[] }
  | { readonly ok: false; readonly code: 'blocked'; readonly findings: readonly SetupFinding[] };

export async function activateConfig(input: unknown, activatedBy: string): Promise<ActivateResult> {
  await ensureSchema();
  const now = Date.now();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, code: 'invalid', issues: [{ path: '', message: 'The configuration must be a JSON object.' }] };
  }
  const versions = await store.configVersions();
  const template = parseConfig(ITR_TEMPLATE);
  const next = (versions.at(-1)?.version ?? template.version) + 1;
  const { check, config } = await checkConfig({ ...input, version: next }, now);
  if (!config)
    return { ok: false, code: 'invalid', issues: check.findings.map(({ path, message }) => ({ path, message })) };
  if (check.findings.some((f) => f.severity === 'blocking'))
    return { ok: false, code: 'blocked', findings: check.findings };
  if (versions.length === 0) await store.addConfigVersion(template.version, 0, JSON.stringify(template));
  const doc = { ...config, resolved: check.resolved };
  if (!(await store.addConfigVersionBy(next, now, JSON.stringify(doc), activatedBy))) {
    return {
      ok: false,
      code: 'busy',
      issues: [
        { path: 'version', message: `Version ${next} was activated by someone else meanwhile; reload and try again.` },
      ],
    };
  }
  return { ok: true, version: next, recalculation: await startRecalculation(), findings: check.findings };
}
