// The demo's year of logged work (sandbox/demo/worklogs.ts) on the demo's issues, by the demo's people,
// read by the app's first hourly sync: every worklog of the service desk once, in the month it started
// (Shanghai), hours per person and month equal to the emulator's.

import { generateIssues } from '../../sandbox/demo/generate';
import { seedWorklogs } from '../../sandbox/demo/worklogs';
import type { WorklogSyncReport } from '../../src/app/worklogs/sync';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const MONDAY = Date.parse('2026-03-02T00:00:00Z');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(MONDAY, { scope: null });
}, 180_000);
afterAll(async () => sb.stop());

const shanghaiMonth = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 7);

test('a year of the demo desk’s worklogs, by its people, is read by the first sync', async () => {
  const { host, site, db } = sb;
  generateIssues(site, { total: 400, open: 60, now: MONDAY, seed: 7 });
  const made = seedWorklogs(site, MONDAY);
  host.forgetPendingEvents();
  // The demo's people only, over a year of months.
  expect(new Set(made.map((w) => w.author))).toEqual(new Set([PEOPLE.agent, PEOPLE.expert, PEOPLE.manager]));
  const months = new Set(made.map((w) => shanghaiMonth(w.started)));
  expect(months.size).toBeGreaterThanOrEqual(12);
  expect(made.every((w) => w.updated <= MONDAY - 60_000 && w.started + w.seconds * 1000 <= w.updated)).toBe(true);

  const { activateTemplate } = await import('../../sandbox/demo/activate');
  await activateTemplate(host, site, ['SUP']);
  const rec = await host.runSchedule('itr-worklogs');
  expect(rec.outcome).toBe('ok');
  expect(rec.result).toMatchObject({ caughtUp: true, changed: made.length, written: made.length, removed: 0 });

  const expected = new Map<string, number>();
  for (const w of made) {
    const k = `${w.author} ${shanghaiMonth(w.started)}`;
    expected.set(k, (expected.get(k) ?? 0) + w.seconds);
  }
  const got = (
    (
      await db.execute(
        {
          query: 'SELECT author, month, SUM(seconds) AS s, COUNT(*) AS n FROM itr_worklog GROUP BY author, month',
          params: [],
        },
        'dml',
      )
    ).body as { rows: Array<{ author: string; month: string; s: number | string; n: number | string }> }
  ).rows;
  expect(Object.fromEntries(got.map((g) => [`${g.author} ${g.month}`, Number(g.s)]))).toEqual(
    Object.fromEntries(expected),
  );
  expect(got.reduce((a, g) => a + Number(g.n), 0)).toBe(made.length);
  // A second run finds nothing new.
  const again = (await host.runSchedule('itr-worklogs')).result as WorklogSyncReport;
  expect(again).toMatchObject({ caughtUp: true, changed: 0, written: 0 });
});
