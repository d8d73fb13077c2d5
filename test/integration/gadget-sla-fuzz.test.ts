// The SLA gadget's functions, sent malformed payloads made from valid ones (another type at a path, an
// over-long string, an unknown or prototype key, no object at all): each is refused as invalid with a
// specific message, and no table changes (a gadget only reads).

import fc from 'fast-check';
import { SLA_FUNCTIONS } from '../../src/resolvers/gadget/sla';
import { malformed } from '../support/malformed';
import { tableChecksums } from '../support/project';
import { SLA_SAMPLES } from '../support/gadget-sla-samples';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-04T09:30:00+08:00'));
}, 180_000);
afterAll(async () => sb.stop());

const call = async (fn: string, payload: unknown) =>
  (await sb.host.resolve('gadgetResolver', 'itr-gadget-sla', fn, payload, { accountId: PEOPLE.manager })).result as
    { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

test('every function has a valid sample, and it is accepted', async () => {
  expect(Object.keys(SLA_FUNCTIONS).filter((f) => !(f in SLA_SAMPLES))).toEqual([]);
  expect(await call('sla.filters', SLA_SAMPLES['sla.filters']!())).toEqual({ ok: true, data: [] });
  const unfiltered = { ...(SLA_SAMPLES['sla.data']!() as Record<string, unknown>), filterId: undefined };
  expect(await call('sla.data', JSON.parse(JSON.stringify(unfiltered)))).toMatchObject({
    ok: true,
    data: { rows: [] },
  });
});

test.each(Object.keys(SLA_FUNCTIONS))(
  `%s refuses ${RUNS} malformed payloads, each specifically, and writes nothing`,
  async (fn) => {
    const before = await tableChecksums(sb);
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(malformed(SLA_SAMPLES[fn]!), async (payload) => {
        const r = await call(fn, payload);
        if (r.ok) throw new Error(`accepted: ${JSON.stringify(payload).slice(0, 300)}`);
        expect(r.error.code).toBe('invalid');
        expect(r.error.message.length).toBeGreaterThan(5);
        seen.add(r.error.message);
      }),
      { numRuns: RUNS, seed: 42 },
    );
    expect(await tableChecksums(sb)).toEqual(before);
    expect(seen.size).toBeGreaterThan(2);
  },
  300_000,
);
