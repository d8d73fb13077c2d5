// The JSON view's text helpers: a finding's path found on its line of the pretty-printed draft, and a
// syntax error placed at its line and column.
import fc from 'fast-check';
import { lineOfPath, lineRange, parseDoc, pathSegments, pretty } from '../../../static/admin/json/json-text';

/** Every path in a JSON value, as the configuration's findings write them (`a.b[1].c`). */
function paths(v: unknown, at = ''): Array<{ path: string; key: string | number }> {
  const entries: Array<[string | number, unknown]> = Array.isArray(v)
    ? v.map((x, i) => [i, x])
    : typeof v === 'object' && v !== null
      ? Object.entries(v)
      : [];
  return entries.flatMap(([k, x]) => {
    const path = typeof k === 'number' ? `${at}[${k}]` : at === '' ? k : `${at}.${k}`;
    return [{ path, key: k }, ...paths(x, path)];
  });
}

const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/);
/** Documents with keys as the configuration has them (no dots, brackets or empty keys). */
const { doc } = fc.letrec<{ doc: Record<string, unknown>; value: unknown }>((tie) => ({
  doc: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    tie('doc'),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
}));

describe('JSON view text', () => {
  it('puts every path of a document on the line that holds it', () => {
    fc.assert(
      fc.property(doc, (doc) => {
        const text = pretty(doc);
        for (const { path, key: k } of paths(doc)) {
          const [start, end] = lineRange(text, lineOfPath(doc, path));
          const line = text.slice(start, end).trim();
          if (typeof k === 'string') expect(line.startsWith(`${JSON.stringify(k)}:`)).toBe(true);
        }
      }),
    );
  });

  it('falls back to the deepest part of a path the document has', () => {
    const doc = { sla: { policies: [{ id: 'p1' }, { id: 'p2', targets: { resolution: 60 } }] } };
    const text = pretty(doc);
    const at = (path: string) => text.slice(...lineRange(text, lineOfPath(doc, path))).trim();
    expect(at('sla.policies[1].targets.resolution')).toBe('"resolution": 60');
    expect(at('sla.policies[1].calendar')).toBe('{');
    expect(at('')).toBe('{');
    expect(pathSegments('sla.policies[12].targets')).toEqual(['sla', 'policies', 12, 'targets']);
  });

  it('places a syntax error at its line and column, and refuses JSON that is not an object', () => {
    // Node's V8 names no position for an unexpected token; the offset is found all the same.
    expect(parseDoc('{\n  "a": 1,\n  "b": }')).toMatchObject({ ok: false, kind: 'syntax', line: 3, column: 8 });
    expect(parseDoc('{\n  "a": 1')).toMatchObject({ ok: false, kind: 'syntax', line: 2, column: 9 });
    expect(parseDoc('{\n  "a": tru,\n}')).toMatchObject({ ok: false, kind: 'syntax', line: 2 });
    expect(parseDoc('[1]')).toMatchObject({ ok: false, kind: 'notObject' });
    expect(parseDoc('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
});
