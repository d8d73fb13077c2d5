// admin.previewConfig: what a draft configuration would change, before anyone activates it. The issues
// are the ones in scope (of both the configuration in force and the draft) that Jira updated in the last
// 30 days, newest first, at most 2,000, read from the app's own SQL rows; each is evaluated under the
// configuration in force and under the draft (src/domain/what-if.ts). Nothing is written: no SQL row, no
// property, no change in Jira. A resolver has 25 s, so the work goes in chunks and stops early with a
// partial answer, marked as such, rather than time out.

import type { PathMessage, PreviewReport } from '../contract/admin-preview';
import { compileConfig, validateConfig } from '../domain/config';
import type { ConfigHistory } from '../domain/config/compile';
import { whatIf, type WhatIfReport } from '../domain/what-if';
import { JiraClient } from '../platform/jira/client';
import { remainingMs } from '../platform/runtime';
import { ensureSchema } from '../platform/sql/schema';
import { latest, loadConfigs } from './config';
import { problemContext } from './evaluate-issues';
import { previewScope } from './preview-scope';
import { whatIfItems } from './preview-items';
import { namesOf, summarize } from './preview-summary';

const DAY = 86_400_000;
export const PREVIEW = {
  windowMs: 30 * DAY,
  cap: 2000,
  shown: 200,
  chunk: 100,
  /** Work stops once this much time has passed, or when less than `reserveMs` of the invocation is left. */
  budgetMs: 20_000,
  reserveMs: 4_000,
};

export type PreviewResult =
  | { readonly ok: true; readonly report: PreviewReport }
  | { readonly ok: false; readonly issues: readonly PathMessage[] };

const invalid = (issues: readonly PathMessage[]): PreviewResult => ({ ok: false, issues });

export async function previewConfig(input: unknown, now: number): Promise<PreviewResult> {
  const started = performance.now(); // the host's clock may stand still in tests; the budget is real time
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return invalid([{ path: '', message: 'The configuration must be a JSON object.' }]);
  await ensureSchema();
  const configs = await loadConfigs();
  const current = latest(configs);
  const valid = validateConfig({ ...input, version: current.version + 1 });
  if (!valid.ok) return invalid(valid.issues);
  const draft = compileConfig(valid.config);

  const jira = new JiraClient({ as: 'app' });
  const since = now - PREVIEW.windowMs;
  const scope = await previewScope(jira, current.doc, draft.doc, since, PREVIEW.cap);
  if ('jqlError' in scope)
    return invalid([{ path: 'scope.jql', message: `Jira cannot run this JQL: ${scope.jqlError}` }]);
  const ids = scope.ids;

  const context = await problemContext([current.doc, draft.doc], now);
  const withDraft: ConfigHistory = [...configs, { activatedAt: now, config: draft }]; // whose groups to read
  const reports: WhatIfReport[] = [];
  let partial = false;
  for (let i = 0; i < ids.length; i += PREVIEW.chunk) {
    if (performance.now() - started > PREVIEW.budgetMs || remainingMs() < PREVIEW.reserveMs) {
      partial = true;
      break;
    }
    const items = await whatIfItems(jira, withDraft, ids.slice(i, i + PREVIEW.chunk), now);
    reports.push(whatIf(items, configs, draft, now, context ? { context } : {}));
  }
  return {
    ok: true,
    report: {
      ...summarize(reports, PREVIEW.shown),
      matched: scope.matched,
      cap: PREVIEW.cap,
      since,
      partial,
      shownLimit: PREVIEW.shown,
      unpreviewedProjects: scope.unpreviewedProjects,
      leavingScope: scope.leavingScope,
      jqlChanged: scope.jqlChanged,
      jiraCalls: jira.stats.calls,
      elapsedMs: Math.round(performance.now() - started),
      names: namesOf([current.doc, draft.doc]),
    },
  };
}
