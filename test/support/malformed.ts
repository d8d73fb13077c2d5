// Malformed payloads made from a valid one: a value of another JSON type at some path, an over-long
// string, an unknown key, a prototype key, or no object at all. None of these may be accepted.

import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = ReadonlyArray<string | number>;

function paths(v: Json, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v !== null && typeof v === 'object')
    return [...here, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return here;
}

function replaced(v: Json, at: Path, by: (old: Json) => Json): Json {
  if (at.length === 0) return by(v);
  const [head, ...rest] = at;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? replaced(x, rest, by) : x));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === head ? replaced(x, rest, by) : x]));
  return v;
}

/** A value of a different JSON type from `old` (never null: a nullable field would take it). */
const otherType = (old: Json): fc.Arbitrary<Json> => {
  const kinds: Array<fc.Arbitrary<Json>> = [];
  if (typeof old !== 'number') kinds.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  if (typeof old !== 'string') kinds.push(fc.string({ maxLength: 20 }));
  if (typeof old !== 'boolean') kinds.push(fc.boolean());
  if (!Array.isArray(old)) kinds.push(fc.array(fc.integer(), { maxLength: 3 }));
  if (typeof old !== 'object' || old === null || Array.isArray(old)) kinds.push(fc.constant({ x: 1 }));
  return fc.oneof(...kinds);
};

export function malformed(sample: () => unknown): fc.Arbitrary<unknown> {
  const base = JSON.parse(JSON.stringify(sample())) as Json;
  const all = paths(base);
  const objects = all.filter((p) => {
    let v: Json = base;
    for (const k of p) v = (v as Record<string, Json>)[k as string] as Json;
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const strings = all.filter((p) => {
    let v: Json = base;
    for (const k of p) v = (v as Record<string, Json>)[k as string] as Json;
    return typeof v === 'string';
  });
  const inner = all.filter((p) => p.length > 0);
  const mutations: Array<fc.Arbitrary<unknown>> = [
    // an unknown key in an object
    fc
      .tuple(fc.constantFrom(...objects), fc.constantFrom('zzUnknown', 'constructor', '__proto__', 'extra'))
      .map(([p, k]) => replaced(base, p, (o) => JSON.parse(JSON.stringify({ ...(o as object), [k]: 1 })) as Json)),
    // not an object at all (a falsy one reaches the function as {}: @forge/resolver passes `payload || {}`)
    fc.oneof(
      fc.string({ minLength: 1 }),
      fc.integer().filter((n) => n !== 0),
      fc.constant(true),
      fc.array(fc.anything(), { minLength: 1, maxLength: 3 }),
    ),
  ];
  if (inner.length)
    mutations.push(
      // another type at a path
      fc.constantFrom(...inner).chain((p) => {
        let old: Json = base;
        for (const k of p) old = (old as Record<string, Json>)[k as string] as Json;
        return otherType(old).map((x) => replaced(base, p, () => x));
      }),
    );
  if (strings.length)
    mutations.push(
      fc
        .tuple(fc.constantFrom(...strings), fc.integer({ min: 1_001, max: 100_000 }))
        .map(([p, n]) => replaced(base, p, () => 'x'.repeat(n))),
    );
  return fc.oneof(...mutations).map((x) => JSON.parse(JSON.stringify(x)) as unknown);
}

/** Sends `runs` malformed payloads made from `sample` through `call` (fixed seed): each must be refused as
 * invalid with a message. Returns the distinct messages, for the caller to check they are specific. */
export async function refusedMessages(
  sample: () => unknown,
  call: (payload: unknown) => Promise<{ ok: true } | { ok: false; error: { code: string; message: string } }>,
  runs: number,
): Promise<Set<string>> {
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(malformed(sample), async (payload) => {
      const r = await call(payload);
      if (r.ok) throw new Error(`accepted: ${JSON.stringify(payload).slice(0, 300)}`);
      expect(r.error.code).toBe('invalid');
      expect(r.error.message.length).toBeGreaterThan(5);
      seen.add(r.error.message);
    }),
    { numRuns: runs, seed: 42 },
  );
  return seen;
}
