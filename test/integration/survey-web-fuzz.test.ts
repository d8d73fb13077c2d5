// The survey web trigger is anonymous: anyone may send it anything. Malformed calls made from a valid link
// — another method, another path, missing, repeated, unknown or damaged parameters, a forged signature, an
// answer of the wrong media type, too large, or with a bad score or comment — each get their specific 4xx
// and a page saying why in both languages; no table changes and the survey stays unanswered.

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { surveyWeb } from '../../src/triggers/survey-web';
import { query, tableChecksums } from '../support/project';
import { passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { linkSentFor } from '../support/surveys';
import type { WebTriggerCall } from '../../sandbox/forge/web-triggers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
let sb: Sandbox;
let link: URL;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-04T09:30:00+08:00'));
  const issue = passwordRequest(sb.site, 1);
  await sb.host.settle();
  await sb.host.resolve(
    'panelResolver',
    'itr-sla-panel',
    'panel.requestSurvey',
    { requestId: randomUUID() },
    {
      accountId: PEOPLE.agent,
      issue: { id: String(issue.id), key: issue.key },
    },
  );
  link = new URL(linkSentFor(sb, issue.key));
}, 180_000);
afterAll(async () => sb.stop());

interface Case {
  readonly call: WebTriggerCall;
  /** The statuses that are right for it. */
  readonly status: readonly number[];
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const PARAMS = ['p', 's', 'e', 'sig'] as const;

function url(edit: (q: URLSearchParams) => void, path = link.pathname): string {
  const q = new URLSearchParams(link.searchParams);
  edit(q);
  return `${path}?${q.toString()}`;
}

const get = (u: string): WebTriggerCall => ({ method: 'GET', url: u, headers: {}, body: '' });
const text = fc.string({ maxLength: 60 });
const notScore = fc.oneof(text, fc.integer().map(String)).filter((s) => !/^[1-5]$/.test(s));

const cases: fc.Arbitrary<Case> = fc.oneof(
  // Another method.
  fc
    .constantFrom('PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'get ')
    .map((method) => ({ call: { ...get(url(() => undefined)), method }, status: [405] })),
  // Another path under the trigger.
  fc
    .oneof(
      fc.constantFrom('/style.css', '/.x', '//', '/x1', '/admin'),
      text.map((t) => `/${encodeURIComponent(t)}x`),
    )
    .map((suffix) => ({ call: get(url(() => undefined, link.pathname + suffix)), status: [404] })),
  // A parameter missing, repeated, replaced, or an unknown one added.
  fc.constantFrom(...PARAMS).map((k) => ({ call: get(url((q) => q.delete(k))), status: [400] })),
  fc.constantFrom(...PARAMS).map((k) => ({ call: get(url((q) => q.append(k, q.get(k)!))), status: [400] })),
  fc
    .tuple(fc.constantFrom(...PARAMS), text)
    .map(([k, v]) => ({ call: get(url((q) => q.set(k, v))), status: [400, 403] })),
  fc
    .tuple(
      text.filter((k) => !['p', 's', 'e', 'sig', 'lang', ''].includes(k)),
      text,
    )
    .map(([k, v]) => ({ call: get(url((q) => q.set(k, v))), status: [400] })),
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((l) => l !== 'en' && l !== 'zh')
    .map((l) => ({
      call: get(url((q) => q.set('lang', l))),
      status: [400],
    })),
  // Well-formed but forged: another survey, expiry or signature.
  fc.uuid().map((s) => ({ call: get(url((q) => q.set('s', s))), status: [403] })),
  fc.integer({ min: 1_000_000_000_000, max: 9_999_999_999_999 }).map((e) => ({
    call: get(url((q) => q.set('e', String(e)))),
    status: [403],
  })),
  fc.base64String({ minLength: 44, maxLength: 44 }).map((b) => ({
    call: get(url((q) => q.set('sig', b.slice(0, 43).replace(/\+/g, '-').replace(/\//g, '_')))),
    status: [403],
  })),
  // An answer of another media type, too large, or malformed.
  fc
    .tuple(fc.constantFrom('application/json', 'text/plain', 'multipart/form-data', '', 'text/html'), text)
    .map(([type, body]) => ({
      call: { method: 'POST', url: url(() => undefined), headers: type ? { 'content-type': type } : {}, body },
      status: [415],
    })),
  fc.integer({ min: 33 * 1024, max: 200 * 1024 }).map((n) => ({
    call: { method: 'POST', url: url(() => undefined), headers: FORM, body: `score=5&comment=${'a'.repeat(n)}` },
    status: [413],
  })),
  fc
    .oneof(
      notScore.map((score) => ({ score })),
      notScore.map((score) => ({ score, comment: 'ok' })),
      fc.constant({ comment: 'no score' }),
      fc.integer({ min: 2001, max: 9000 }).map((n) => ({ score: '3', comment: 'b'.repeat(n) })),
      fc
        .tuple(
          text.filter((k) => k !== 'score' && k !== 'comment' && k !== ''),
          text,
        )
        .map(([k, v]) => ({ score: '4', [k]: v })),
    )
    .map((form) => ({
      call: { method: 'POST', url: url(() => undefined), headers: FORM, body: new URLSearchParams(form).toString() },
      status: [400],
    })),
  fc.constant('score=4&score=5').map((body) => ({
    call: { method: 'POST', url: url(() => undefined), headers: FORM, body },
    status: [400],
  })),
);

test(`the survey web trigger refuses ${RUNS} malformed calls, each specifically, and writes nothing`, async () => {
  const before = await tableChecksums(sb);
  const seen = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(cases, async (c) => {
      const r = await sb.host.webTrigger(c.call);
      if (!c.status.includes(r.status)) throw new Error(`${r.status} for ${JSON.stringify(c.call).slice(0, 300)}`);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.body).toMatch(/<p[^>]*>[^<]{10,}<\/p>/); // says why
      seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
    }),
    { numRuns: RUNS, seed: 42 },
  );
  expect(await tableChecksums(sb)).toEqual(before);
  expect(await query(sb, 'SELECT answered_at FROM itr_survey WHERE answered_at IS NOT NULL')).toEqual([]);
  expect([...seen.keys()].sort()).toEqual([400, 403, 404, 405, 413, 415]);
}, 300_000);

test('a call not in the shape Forge sends is refused (400) before anything is read', async () => {
  const shapes = fc.oneof(
    fc.anything(),
    fc.record({ method: fc.string(), queryParameters: fc.dictionary(fc.string(), fc.string()) }),
    fc.record({ method: fc.constant('GET'), headers: fc.dictionary(fc.string(), fc.integer()) }),
    fc.record({ method: fc.constant('POST'), body: fc.integer() }),
  );
  await fc.assert(
    fc.asyncProperty(shapes, async (event) => {
      const r = await surveyWeb(event);
      expect(r.statusCode).toBeGreaterThanOrEqual(400);
      expect(r.statusCode).toBeLessThan(500);
    }),
    { numRuns: 300, seed: 7 },
  );
});
