// The template's classification measured on the labelled corpus (test/support/classification-corpus.ts):
// accuracy per service type on the part the rules were tuned on and on the held-out part, and what each
// type was taken for. Text alone decides: every issue is a Task, an issue type no template rule names.

import { classify } from '../../../src/domain/classify';
import { FieldHistory } from '../../../src/domain/history';
import { CORPUS, type CorpusEntry } from '../../support/classification-corpus';
import { at, issueAt, template } from '../../support/itr';

const cfg = template();
const created = at('2026-03-02T09:30:00+08:00');

function serviceTypeOf(entry: CorpusEntry): string {
  const [summary, description] = typeof entry === 'string' ? [entry, ''] : entry;
  const issue = issueAt({ issueType: 'Task', created, fields: { summary, description } }, [], created);
  return classify(cfg, issue, new FieldHistory(issue, [], created), created).serviceType;
}

interface Tally {
  total: number;
  right: number;
  /** Wrong answers by the type given. */
  readonly takenFor: Map<string, number>;
}

const tally = (): Tally => ({ total: 0, right: 0, takenFor: new Map() });
const types = Object.keys(CORPUS);
const tuning = new Map(types.map((t) => [t, tally()]));
const heldOut = new Map(types.map((t) => [t, tally()]));
const all = new Map(types.map((t) => [t, tally()]));
for (const [type, entries] of Object.entries(CORPUS)) {
  entries.forEach((entry, i) => {
    const got = serviceTypeOf(entry);
    for (const t of [(i % 4 === 3 ? heldOut : tuning).get(type)!, all.get(type)!]) {
      t.total++;
      if (got === type) t.right++;
      else t.takenFor.set(got, (t.takenFor.get(got) ?? 0) + 1);
    }
  });
}

const sum = (m: Map<string, Tally>): Tally => {
  const s = tally();
  for (const t of m.values()) {
    s.total += t.total;
    s.right += t.right;
  }
  return s;
};
const share = (t: Tally) => t.right / t.total;
const cell = (t: Tally) => `${t.right}/${t.total} ${(100 * share(t)).toFixed(1)} %`;

describe('classification on the labelled corpus', () => {
  it('prints accuracy per service type, held-out part apart, and the confusions', () => {
    const rows = types.map((t) => {
      const confusions = [...all.get(t)!.takenFor].map(([other, n]) => `${other} ${n}`).join(', ');
      return [t, cell(tuning.get(t)!), cell(heldOut.get(t)!), cell(all.get(t)!), confusions || '—'];
    });
    rows.push(['all', cell(sum(tuning)), cell(sum(heldOut)), cell(sum(all)), '']);
    const head = ['service type', 'tuning', 'held out', 'whole corpus', 'taken for'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
    expect(sum(all).total).toBeGreaterThanOrEqual(300);
  });

  it('is right on at least 95 % of the corpus', () => {
    expect(share(sum(all))).toBeGreaterThanOrEqual(0.95);
  });

  it.each(types)('is right on at least 90 %% of %s', (type) => {
    expect(all.get(type)!.total).toBeGreaterThanOrEqual(40);
    expect(share(all.get(type)!)).toBeGreaterThanOrEqual(0.9);
  });
});
