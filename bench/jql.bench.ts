// The emulator's search/jql on the 100,000-issue bench site: the queries the app sends and an agent's query,
// each timed over HTTP (median of several runs), against compiling the same JQL alone, the part the parser owns.

import { SITE_SEED, PEOPLE } from '../sandbox/demo/site-seed';
import { generateIssues } from '../sandbox/demo/generate';
import { readManifest } from '../sandbox/forge/manifest';
import { compileJql } from '../sandbox/jira/jql';
import { ACCOUNT_HEADER, JiraEmulator } from '../sandbox/jira/server';
import { Site } from '../sandbox/jira/site';
import { printTable } from './support/measure';

const TOTAL = Number(process.env.BENCH_SITE_ISSUES ?? 100_000);
const NOW = Date.parse('2026-03-16T14:00:00+08:00');
const RUNS = 7;
const QUERIES = [
  `issue.property[itr].nextCheckAt <= ${Math.floor(NOW / 1000)} ORDER BY issue.property[itr].nextCheckAt ASC`,
  'statusCategory != Done ORDER BY created ASC',
  'updated >= "-65m" ORDER BY updated ASC',
  'project in (SUP, PRB) AND statusCategory != Done AND priority != Lowest ORDER BY priority DESC, key',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const site = new Site(SITE_SEED, () => NOW);
  generateIssues(site, { total: TOTAL, open: Math.round(TOTAL / 10), now: NOW, seed: 42 });
  const wiring = readManifest();
  const jira = new JiraEmulator(site, { indexed: wiring.indexed, aliases: wiring.aliases });
  const url = await jira.start();
  const rows: string[][] = [];
  for (const jql of QUERIES) {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const t = performance.now();
      const res = await fetch(`${url}/rest/api/3/search/jql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [ACCOUNT_HEADER]: PEOPLE.agent },
        body: JSON.stringify({ jql, maxResults: 5000, fields: ['id'] }),
      });
      const body = (await res.json()) as { issues?: unknown[] };
      if (res.status !== 200) throw new Error(`${jql}: ${res.status} ${JSON.stringify(body)}`);
      times.push(performance.now() - t);
      total = body.issues?.length ?? 0;
    }
    const compiles: number[] = [];
    for (let run = 0; run < RUNS * 10; run++) {
      const t = performance.now();
      compileJql(jql, { now: NOW, aliases: wiring.aliases, currentUser: PEOPLE.agent });
      compiles.push(performance.now() - t);
    }
    const search = median(times);
    const compile = median(compiles);
    rows.push([
      jql.length > 60 ? `${jql.slice(0, 57)}…` : jql,
      String(total),
      search.toFixed(1),
      compile.toFixed(3),
      `${((compile / search) * 100).toFixed(2)} %`,
    ]);
  }
  await jira.stop();
  console.log(
    `\n## search/jql on ${TOTAL.toLocaleString('en')} issues (median of ${RUNS}; compile alone, median of ${RUNS * 10})\n`,
  );
  printTable(['JQL', 'first page', 'search/jql ms', 'compile ms', 'compile share'], rows);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
