// Rules-engine throughput: evaluate() on 100,000 generated issues with ~20 events each, default template,
// one core. Prints evaluations per second and memory; exits non-zero below the target.

import { compileConfig, ITR_TEMPLATE, parseConfig } from '../src/domain/config';
import { evaluate } from '../src/domain/evaluate';
import type { ItrState } from '../src/domain/state';
import { generate } from './support/issue-generator';
import { printTable } from './support/measure';

const ISSUES = Number(process.env.BENCH_ISSUES ?? 100_000);
const TARGET = 50_000;
const MIN = 60_000;

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const cases = Array.from({ length: ISSUES }, (_, i) => generate(i));
const events = cases.reduce((s, c) => s + c.timeline.length, 0);
global.gc?.();
const heapInputs = process.memoryUsage().heapUsed - heap0;
const cfg = compileConfig(parseConfig(ITR_TEMPLATE));

for (let i = 0; i < 2000; i++) evaluate(cases[i]!.issue, cases[i]!.timeline, cfg, cases[i]!.now); // warm-up

let peakHeap = 0;
let peakRss = 0;
const sample = (i: number) => {
  if ((i & 4095) === 0) {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }
};

// Cold: the first evaluation of each issue, its whole history of actions rendered.
const states: ItrState[] = new Array<ItrState>(cases.length);
let actions = 0;
let start = performance.now();
for (let i = 0; i < cases.length; i++) {
  const c = cases[i]!;
  const e = evaluate(c.issue, c.timeline, cfg, c.now);
  actions += e.actions.length;
  states[i] = e.state;
  sample(i);
}
const cold = cases.length / ((performance.now() - start) / 1000);

// Warm: what a trigger or the sweep does — re-evaluate with the stored state, five minutes later.
let warmActions = 0;
start = performance.now();
for (let i = 0; i < cases.length; i++) {
  const c = cases[i]!;
  warmActions += evaluate({ ...c.issue, property: states[i]! }, c.timeline, cfg, c.now + 5 * MIN).actions.length;
  sample(i);
}
const rate = cases.length / ((performance.now() - start) / 1000);

console.log(`\n## Rules engine: evaluate() on ${cases.length.toLocaleString('en')} issues, ${(events / cases.length).toFixed(1)} events each (default ITR template, one core)\n`);
printTable(
  ['measure', 'value', 'target'],
  [
    ['re-evaluations per second (stored state, as triggers and the sweep run)', Math.round(rate).toLocaleString('en'), `≥ ${TARGET.toLocaleString('en')}`],
    ['first evaluations per second (no stored state, whole history rendered)', Math.round(cold).toLocaleString('en'), ''],
    ['actions produced: first / re-evaluation', `${actions.toLocaleString('en')} / ${warmActions.toLocaleString('en')}`, ''],
    ['heap held by the generated inputs', mb(heapInputs), ''],
    ['peak heap during evaluation (inputs and 100k states included)', mb(peakHeap), ''],
    ['peak RSS', mb(peakRss), ''],
  ],
);
const ok = rate >= TARGET;
console.log(ok ? '\nTarget met.' : '\nTARGET MISSED.');
process.exitCode = ok ? 0 : 1;
