// Two configuration versions compared path by path.
import fc from 'fast-check';
import { jsonDiff } from '../../../src/contract/json-diff';

test('added, removed and changed paths with old and new values, in document order', () => {
  const a = { scope: { projects: ['10000'] }, effects: { labels: true }, calendars: [{ id: 'a' }, { id: 'b' }] };
  const b = {
    scope: { projects: ['10000', '10001'], jql: 'type = Incident' },
    effects: { labels: false },
    calendars: [{ id: 'a', spec: { overrides: { '2027-01-01': [] } } }],
  };
  expect(jsonDiff(a, b)).toEqual([
    { path: 'scope.projects[1]', kind: 'added', after: '10001' },
    { path: 'scope.jql', kind: 'added', after: 'type = Incident' },
    { path: 'effects.labels', kind: 'changed', before: true, after: false },
    { path: 'calendars[0].spec', kind: 'added', after: { overrides: { '2027-01-01': [] } } },
    { path: 'calendars[1]', kind: 'removed', before: { id: 'b' } },
  ]);
  expect(jsonDiff({ d: { '2027-01-01': 1 } }, { d: { '2027-01-01': 2 } })[0]!.path).toBe('d["2027-01-01"]');
  expect(jsonDiff(1, [1])).toEqual([{ path: '', kind: 'changed', before: 1, after: [1] }]);
  // Keys are the document's own, never the prototype's.
  expect(jsonDiff({}, { toString: [] })).toEqual([{ path: 'toString', kind: 'added', after: [] }]);
});

test('no change between equal documents; a change exactly when they differ; reversed, the sides swap', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  fc.assert(
    fc.property(json, json, (a, b) => {
      expect(jsonDiff(a, structuredClone(a))).toEqual([]);
      const there = jsonDiff(a, b);
      expect(there.length === 0).toBe(sameValue(a, b));
      const swap = { added: 'removed', removed: 'added', changed: 'changed' } as const;
      expect(
        jsonDiff(b, a)
          .map((c) => `${c.path} ${c.kind}`)
          .sort(),
      ).toEqual(there.map((c) => `${c.path} ${swap[c.kind]}`).sort());
    }),
    { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 300) },
  );
});

/** Equal as JSON values (key order does not matter). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (
    typeof a === 'object' &&
    a !== null &&
    typeof b === 'object' &&
    b !== null &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as never)[k], (b as never)[k]))
    );
  }
  return Object.is(a, b);
}
