// Every function of the project page's resolver, sent malformed payloads (made from a valid one: another
// type at a path, an over-long string, an unknown or prototype key, no object at all) as a person who may
// change everything: each is refused as invalid with a specific message, and no table changes.

import { PROJECT_FUNCTIONS } from '../../src/resolvers/project/functions';
import { refusedMessages } from '../support/malformed';
import { projectCall, query, tableChecksums } from '../support/project';
import { SAMPLE_IDS, SAMPLES } from '../support/project-samples';
import { startSandbox, type Sandbox } from '../support/sandbox';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-04T09:30:00+08:00'), { scope: null });
  await projectCall(sb, 'project.access', {});
  const p = sb.site.projects.get('SUP')!;
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [p.id, SAMPLE_IDS.customer],
  );
  await query(
    sb,
    "INSERT INTO itr_supplier (project_id, id, name, tier, subcontracting, updated_at, updated_by) VALUES (?, ?, 'Acme Cloud', 'supplier', '{}', 0, 'test')",
    [p.id, SAMPLE_IDS.supplier],
  );
  await query(
    sb,
    "INSERT INTO itr_third_party (project_id, id, name, kind, agreement, review_days, next_review, updated_at, updated_by) VALUES (?, ?, 'CCRC', 'certification', '{}', 90, '2026-04-01', 0, 'test')",
    [p.id, SAMPLE_IDS.thirdParty],
  );
}, 180_000);
afterAll(async () => sb.stop());

test('every function has a valid sample to corrupt', () => {
  expect(Object.keys(PROJECT_FUNCTIONS).filter((f) => !(f in SAMPLES))).toEqual([]);
});

const functions = Object.keys(PROJECT_FUNCTIONS).filter((f) => f in SAMPLES);

test.each(functions)(
  `%s refuses ${RUNS} malformed payloads, each specifically, and writes nothing`,
  async (fn) => {
    const before = await tableChecksums(sb);
    const seen = await refusedMessages(SAMPLES[fn]!, (payload) => projectCall(sb, fn, payload), RUNS);
    expect(await tableChecksums(sb)).toEqual(before);
    // Specific: the refusals say what was wrong in more than one way.
    if (fn !== 'project.access') expect(seen.size).toBeGreaterThan(2);
  },
  120_000,
);
