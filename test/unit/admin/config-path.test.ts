// The Configuration forms' path helpers: immutable edits that share what they do not touch, and the path
// text of an input matching the server's finding paths exactly (src/domain/json-path.ts).
import { formatPath } from '../../../src/domain/json-path';
import {
  covers,
  getAt,
  inputId,
  moved,
  nearestInput,
  pathText,
  renameKey,
  setAt,
  updateList,
  without,
  type Path,
} from '../../../static/admin/config/path';

const doc = {
  calendars: [{ id: 'a', spec: { weekly: { '1': [['09:00', '12:00']] }, overrides: { '2026-10-01': [] } } }],
  sla: { riskShare: 0.75 },
};

test('setAt changes one value and shares every branch it does not touch', () => {
  const next = setAt(doc, ['calendars', 0, 'spec', 'weekly', '1', 0, 1], '13:00');
  expect(getAt(next, ['calendars', 0, 'spec', 'weekly', '1', 0])).toEqual(['09:00', '13:00']);
  expect(getAt(doc, ['calendars', 0, 'spec', 'weekly', '1', 0])).toEqual(['09:00', '12:00']);
  expect(next.sla).toBe(doc.sla);
  expect(next.calendars[0]!.spec.overrides).toBe(doc.calendars[0]!.spec.overrides);
});

test('setAt creates missing steps, keeps key order, and removes a key given undefined', () => {
  expect(setAt({}, ['a', 0, 'b'], 1)).toEqual({ a: [{ b: 1 }] });
  expect(Object.keys(setAt({ x: 1, y: 2, z: 3 }, ['y'], 5))).toEqual(['x', 'y', 'z']);
  expect(setAt({ x: 1, y: 2 }, ['y'], undefined)).toEqual({ x: 1 });
  expect(setAt({ x: 1 }, ['nothing'], undefined)).toEqual({ x: 1 });
});

test('list helpers: update, remove, move (clamped)', () => {
  expect(updateList({}, ['l'], (l) => [...l, 1])).toEqual({ l: [1] });
  expect(without(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  expect(moved(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
});

test('renameKey keeps the order and refuses a key already taken', () => {
  const o = { overrides: { '2026-01-01': [], '2026-10-01': [], '2026-12-31': [] } };
  expect(Object.keys(renameKey(o, ['overrides'], '2026-10-01', '2026-10-02').overrides)).toEqual([
    '2026-01-01',
    '2026-10-02',
    '2026-12-31',
  ]);
  expect(renameKey(o, ['overrides'], '2026-10-01', '2026-01-01')).toBe(o);
});

test('pathText writes paths as the server does', () => {
  const paths: Path[] = [
    ['calendars', 0, 'spec', 'weekly', '1', 0, 1],
    ['calendars', 2, 'spec', 'overrides', '2026-10-01', 0, 0],
    ['grading', 'matrix', 'extensive', 'critical'],
    ['sla', 'policies', 0, 'targets', 'firstResponse'],
    ['routing', 'ltc', 'serviceTypes', 3],
    ['a b', 'c'],
    [0, 'x'],
  ];
  for (const p of paths) expect(pathText(p)).toBe(formatPath(p));
});

test('covers: a path and what lies under it, not a sibling sharing its prefix', () => {
  expect(covers('sla.policies[0]', 'sla.policies[0].targets.x')).toBe(true);
  expect(covers('sla.policies[0]', 'sla.policies[0]')).toBe(true);
  expect(covers('sla.policies[1]', 'sla.policies[10]')).toBe(false);
  expect(covers('services', 'servicesX')).toBe(false);
  expect(covers('a.b', 'a.b["2026-10-01"]')).toBe(true);
  expect(covers('', 'anything')).toBe(true);
});

test('input ids come from the path; a finding finds its nearest input', () => {
  expect(inputId(['sla', 'policies', 0, 'targets', 'firstResponse'])).toBe('cfg-sla-policies-0-targets-firstResponse');
  expect(inputId('calendars[0].spec.overrides["2026-10-01"]')).toBe('cfg-calendars-0-spec-overrides-2026-10-01');
  const ids = new Set([inputId('classification.rules[3]'), inputId('calendars[0].spec.overrides["2026-10-01"]')]);
  expect(nearestInput('classification.rules[3].when.patterns[0].regex', (id) => ids.has(id))).toBe(
    inputId('classification.rules[3]'),
  );
  expect(nearestInput('calendars[0].spec.overrides["2026-10-01"][0][1]', (id) => ids.has(id))).toBe(
    inputId('calendars[0].spec.overrides["2026-10-01"]'),
  );
  expect(nearestInput('scope.jql', (id) => ids.has(id))).toBeUndefined();
});
