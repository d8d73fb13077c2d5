// The what-if preview at its cap: 2,000 open issues in scope updated in the last 30 days, a draft that
// shortens the P3 resolution target previewed through the admin resolver (time, Jira calls, SQL
// statements, whether it stayed whole), against activating the same draft in the same run (the setup
// check, the save and the recalculation of every open issue that the preview stands in for).

import { activateTemplate } from '../sandbox/demo/activate';
import { generateIssues } from '../sandbox/demo/generate';
import { PEOPLE, SITE_SEED } from '../sandbox/demo/site-seed';
import { ForgeHost } from '../sandbox/forge/host';
import { Site } from '../sandbox/jira/site';
import { sqlFetchHandler } from '../sandbox/sql/forge-fetch-sql';
import { startSql } from '../sandbox/sql/mariadb';
import type { PreviewReport } from '../src/contract/admin-preview';
import type { ConfigInput } from '../src/domain/config';
import * as handlers from '../src/index';
import { printTable } from './support/measure';

const ISSUES = Number(process.env.BENCH_PREVIEW_ISSUES ?? 2000);
const NOW = Date.parse('2026-03-16T14:00:00+08:00'); // a Monday afternoon

async function main(): Promise<void> {
  const db = await (await startSql()).database('bench_preview');
  const site = new Site(SITE_SEED, () => Date.now());
  const host = await new ForgeHost({ site, sql: sqlFetchHandler(db), handlers, now: NOW }).start();
  generateIssues(site, { total: ISSUES, open: ISSUES, now: NOW, seed: 42, openDays: 29 });
  host.forgetPendingEvents();
  await activateTemplate(host, site, ['SUP']);

  const admin = { accountId: PEOPLE.admin };
  const got = await host.resolve('adminResolver', 'itr-admin', 'admin.getConfig', {}, admin);
  const draft = structuredClone((got.result as { data: { active: { doc: ConfigInput } } }).data.active.doc);
  draft.sla.policies.find((p) => p.id === 'p3')!.targets = { firstResponse: 120, resolution: 240 };

  host.jira.resetCounters();
  db.counters.statements = 0;
  let t = performance.now();
  const rec = await host.resolve('adminResolver', 'itr-admin', 'admin.previewConfig', { config: draft }, admin);
  const previewMs = performance.now() - t;
  const answer = rec.result as { ok: true; data: PreviewReport } | { ok: false; error: { message: string } };
  if (!answer.ok) throw new Error(answer.error.message);
  const r = answer.data;
  const preview = { jira: host.jira.counters.total, sql: db.counters.statements };

  host.jira.resetCounters();
  db.counters.statements = 0;
  t = performance.now();
  await activateTemplate(host, site, ['SUP'], () => draft);
  const activateMs = performance.now() - t;
  const activation = { jira: host.jira.counters.total, sql: db.counters.statements };

  console.log(
    `Preview of ${r.examined.toLocaleString('en')} of ${r.matched.toLocaleString('en')} issues (cap ${r.cap}): ` +
      `${r.changed} would change, +${r.breachesAdded} / −${r.breachesRemoved} breaches, partial: ${r.partial}; ` +
      `the resolver's own count ${(r.elapsedMs / 1000).toFixed(1)} s; answer ${(JSON.stringify(r).length / 1024).toFixed(0)} KB ` +
      `(${r.issues.length} issues listed)`,
  );
  printTable(
    ['run', 'wall s', 'Jira calls', 'SQL statements'],
    [
      ['preview (admin.previewConfig)', (previewMs / 1000).toFixed(1), String(preview.jira), String(preview.sql)],
      ['activation + recalculation', (activateMs / 1000).toFixed(1), String(activation.jira), String(activation.sql)],
    ],
  );
  console.log(`ratio: the preview takes ${(previewMs / activateMs).toFixed(2)}× the activation's time`);
  await host.stop();
  await db.drop();
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
