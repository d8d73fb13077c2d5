// Every function of the gadgets' resolver, sent malformed payloads (made from a valid one: another type at
// a path, an over-long string, an unknown or prototype key, no object at all): each is refused as invalid
// with a specific message, and no table changes (a gadget only reads).

import { GADGET_FUNCTIONS } from '../../src/resolvers/gadget/functions';
import { gadgetCall } from '../support/gadget';
import { GADGET_SAMPLES } from '../support/gadget-samples';
import { refusedMessages } from '../support/malformed';
import { tableChecksums } from '../support/project';
import { startSandbox, type Sandbox } from '../support/sandbox';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-04T09:30:00+08:00'));
}, 180_000);
afterAll(async () => sb.stop());

test('every function has a valid sample to corrupt, and the sample is accepted', async () => {
  expect(Object.keys(GADGET_FUNCTIONS).filter((f) => !(f in GADGET_SAMPLES))).toEqual([]);
  for (const [fn, sample] of Object.entries(GADGET_SAMPLES))
    expect([fn, (await gadgetCall(sb, fn, sample)).ok]).toEqual([fn, true]);
});

test.each(Object.keys(GADGET_SAMPLES))(
  `%s refuses ${RUNS} malformed payloads, each specifically, and writes nothing`,
  async (fn) => {
    const before = await tableChecksums(sb);
    const seen = await refusedMessages(
      () => GADGET_SAMPLES[fn],
      (payload) => gadgetCall(sb, fn, payload),
      RUNS,
    );
    expect(await tableChecksums(sb)).toEqual(before);
    expect(seen.size).toBeGreaterThan(1);
  },
  120_000,
);
