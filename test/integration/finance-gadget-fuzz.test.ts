// The finance gadget's function sent malformed settings (made from valid ones): each refused as invalid
// with a specific message, nothing written. (Moves into test/integration/gadget-fuzz.test.ts's samples
// once that file exists.)

import fc from 'fast-check';
import { DEFAULT_FINANCE, FINANCE_GADGET } from '../../src/contract/gadgets/finance';
import { malformed } from '../support/malformed';
import { tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-06-15T10:00:00+08:00'));
}, 180_000);
afterAll(async () => sb.stop());

test(`${FINANCE_GADGET.data} refuses ${RUNS} malformed settings, each specifically, and writes nothing`, async () => {
  const valid = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-finance',
    FINANCE_GADGET.data,
    { ...DEFAULT_FINANCE, projects: ['SUP'] },
    { accountId: PEOPLE.manager },
  );
  expect(valid.result).toEqual({ ok: true, data: expect.objectContaining({ rows: [] }) as unknown });
  const before = await tableChecksums(sb);
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(
      malformed(() => ({ ...DEFAULT_FINANCE, projects: ['SUP'] })),
      async (payload) => {
        const r = await sb.host.resolve('gadgetResolver', 'itr-gadget-finance', FINANCE_GADGET.data, payload, {
          accountId: PEOPLE.manager,
        });
        const a = r.result as { ok: boolean; error?: { code: string; message: string } };
        if (a.ok) throw new Error(`accepted: ${JSON.stringify(payload).slice(0, 300)}`);
        expect(a.error!.code).toBe('invalid');
        seen.add(a.error!.message);
      },
    ),
    { numRuns: RUNS, seed: 42 },
  );
  expect(await tableChecksums(sb)).toEqual(before);
  expect(seen.size).toBeGreaterThan(2);
}, 120_000);
