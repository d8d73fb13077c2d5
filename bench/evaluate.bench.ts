// Rules-engine throughput: evaluate() on 100,000 generated issues with ~20 events each, default template,
// one core. Issues flow through in batches of 100, as the app evaluates them (src/app/sweep.ts: a chunk,
// one bulk property write), so the figures measure the engine rather than a heap holding the whole data
// set. The engine's target is relative, measured in the same run, so it holds on any machine: evaluation
// CPU per issue as a share of the Jira time the app spends on that issue (at least one call, ≥ 50 ms),
// ≤ 1 %. Rates are printed for information.

import { compileConfig, ITR_TEMPLATE, parseConfig } from '../src/domain/config';
import { evaluate } from '../src/domain/evaluate';
import type { IssueInput } from '../src/domain/issue';
import type { ItrState } from '../src/domain/state';
import { generate } from './support/issue-generator';
import { printTable } from './support/measure';

const ISSUES = Number(process.env.BENCH_ISSUES ?? 100_000);
/** Issues in flight at once: the app evaluates 100 at a time (a sweep chunk, one bulk property write), and
 * what a batch keeps alive is what each garbage collection copies. */
const BATCH = 100;
/** An issue is evaluated because of a Jira call made for it (an event's read) or with one (its write). */
const JIRA_MS_PER_ISSUE = 50;
const MAX_SHARE = 0.01;
const MIN = 60_000;

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const cfg = compileConfig(parseConfig(ITR_TEMPLATE));
for (let i = 0; i < 2000; i++) {
  const c = generate(1e9 + i);
  evaluate(c.issue, c.timeline, cfg, c.now); // warm-up
}

let coldMs = 0;
let sightMs = 0;
let warmMs = 0;
let events = 0;
let coldActions = 0;
let warmActions = 0;
let peakHeap = 0;
let peakRss = 0;
let stateBytes = 0;
for (let first = 0; first < ISSUES; first += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, ISSUES - first) }, (_, k) => generate(first + k));
  for (const c of batch) events += c.timeline.length;

  // First evaluation: no stored state, the issue's whole history of actions built.
  const states: ItrState[] = [];
  let t0 = performance.now();
  for (const c of batch) {
    const e = evaluate(c.issue, c.timeline, cfg, c.now);
    coldActions += e.actions.length;
    states.push(e.state);
  }
  coldMs += performance.now() - t0;

  // First sight, as the app evaluates an issue it has not seen (installation, recalculation): the past's
  // actions are recorded as done, not built (actionsSince: 15 minutes before now).
  t0 = performance.now();
  for (const c of batch) evaluate(c.issue, c.timeline, cfg, c.now, { actionsSince: c.now - 15 * MIN });
  sightMs += performance.now() - t0;
  const stored: IssueInput[] = batch.map((c, k) => ({ ...c.issue, property: states[k]! }));

  // Re-evaluation with the stored state five minutes later, as a trigger or the sweep runs it.
  t0 = performance.now();
  for (let k = 0; k < batch.length; k++)
    warmActions += evaluate(stored[k]!, batch[k]!.timeline, cfg, batch[k]!.now + 5 * MIN).actions.length;
  warmMs += performance.now() - t0;

  stateBytes += Buffer.byteLength(JSON.stringify(stored[0]!.property));
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
}

const warmRate = ISSUES / (warmMs / 1000);
const coldRate = ISSUES / (coldMs / 1000);
const sightRate = ISSUES / (sightMs / 1000);
const share = (ms: number) => ms / ISSUES / JIRA_MS_PER_ISSUE;
const batches = Math.ceil(ISSUES / BATCH);
const pct = (x: number) => `${(x * 100).toFixed(3)} %`;
const us = (ms: number) => `${((ms / ISSUES) * 1000).toFixed(1)} µs`;
console.log(
  `\n## Rules engine: evaluate() on ${ISSUES.toLocaleString('en')} issues, ${(events / ISSUES).toFixed(1)} events each (default ITR template, one core)\n`,
);
printTable(
  ['measure', 'value', 'target'],
  [
    [
      `re-evaluation CPU per issue / Jira time per issue (${JIRA_MS_PER_ISSUE} ms)`,
      `${us(warmMs)} / ${JIRA_MS_PER_ISSUE} ms = ${pct(share(warmMs))}`,
      `≤ ${pct(MAX_SHARE)}`,
    ],
    [
      'first-evaluation CPU per issue (past actions recorded, not built) / Jira time per issue',
      `${us(sightMs)} / ${JIRA_MS_PER_ISSUE} ms = ${pct(share(sightMs))}`,
      `≤ ${pct(MAX_SHARE)}`,
    ],
    [
      're-evaluations per second (stored state: triggers and the sweep)',
      Math.round(warmRate).toLocaleString('en'),
      'information',
    ],
    ['first evaluations per second as the app runs them', Math.round(sightRate).toLocaleString('en'), 'information'],
    [
      'first evaluations per second, every past action built (what-if, tests)',
      Math.round(coldRate).toLocaleString('en'),
      'information',
    ],
    [
      'actions: first evaluations / re-evaluations',
      `${coldActions.toLocaleString('en')} / ${warmActions.toLocaleString('en')}`,
      '',
    ],
    ['itr property size (JSON, mean of a sample)', `${(stateBytes / batches / 1024).toFixed(1)} KB`, '< 32 KB'],
    ['peak heap (batch of 100 in flight)', mb(peakHeap), '< 512 MB'],
    ['peak RSS', mb(peakRss), ''],
  ],
);
const ok = share(warmMs) <= MAX_SHARE && share(sightMs) <= MAX_SHARE;
console.log(ok ? '\nTargets met.' : '\nA TARGET WAS MISSED (see above).');
process.exitCode = ok ? 0 : 1;
