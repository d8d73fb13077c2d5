// The satisfaction and supplier gadgets' functions, sent malformed settings (made from a valid payload:
// another type at a path, an over-long string, an unknown or prototype key, no object at all): each is
// refused as invalid with a specific message, and no table changes (a gadget only reads).

import fc from 'fast-check';
import { malformed } from '../support/malformed';
import { tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { VOICE_GADGET_SAMPLES } from '../support/voice-gadget-samples';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-11-20T10:00:00+08:00'));
}, 180_000);
afterAll(async () => sb.stop());

test('a valid sample is answered (the fuzz corrupts payloads that work)', async () => {
  for (const [fn, { module, sample }] of Object.entries(VOICE_GADGET_SAMPLES)) {
    const rec = await sb.host.resolve('gadgetResolver', module, fn, sample(), { accountId: PEOPLE.manager });
    expect(rec.result).toMatchObject({ ok: true });
  }
});

test.each(Object.keys(VOICE_GADGET_SAMPLES))(
  `%s refuses ${RUNS} malformed payloads, each specifically, and writes nothing`,
  async (fn) => {
    const { module, sample } = VOICE_GADGET_SAMPLES[fn]!;
    const before = await tableChecksums(sb);
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(malformed(sample), async (payload) => {
        const rec = await sb.host.resolve('gadgetResolver', module, fn, payload, { accountId: PEOPLE.manager });
        const r = rec.result as { ok: boolean; error?: { code: string; message: string } };
        if (r.ok) throw new Error(`accepted: ${JSON.stringify(payload).slice(0, 300)}`);
        expect(r.error!.code).toBe('invalid');
        expect(r.error!.message.length).toBeGreaterThan(5);
        seen.add(r.error!.message);
      }),
      { numRuns: RUNS, seed: 42 },
    );
    expect(await tableChecksums(sb)).toEqual(before);
    expect(seen.size).toBeGreaterThan(2);
  },
  180_000,
);
