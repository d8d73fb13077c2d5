// Recalculation: a Jira admin re-evaluates every open issue (here: a site whose issues predate the app).
// It runs on the queue, checkpoints in SQL, survives a consumer that dies mid-way, and reports progress.

import { ITR_TEMPLATE, type ConfigInput } from '../../src/domain/config';
import { fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

/** The template for the service desk, as the sandbox activated it (version 2). */
const template = (): ConfigInput => ({
  ...structuredClone(ITR_TEMPLATE),
  scope: { projects: [sb.site.projects.get('SUP')!.id] },
});

const T0 = Date.parse('2026-03-10T09:00:00+08:00');
const HOUR = 3_600_000;
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
  const { site, host } = sb;
  for (let n = 0; n < 240; n++) {
    const created = T0 - (n + 1) * 7 * HOUR;
    const issue = site.createIssue(
      {
        project: 'SUP',
        issuetype: n % 3 === 0 ? 'Incident' : 'Service request',
        summary: `服务器磁盘告警 #${n} / disk alert`,
        reporter: PEOPLE.reporter,
        custom: { [fieldId(site, 'Support tier')]: 'L1' },
      },
      PEOPLE.reporter,
      created,
    );
    site.update(issue, { status: 'In Progress', assignee: PEOPLE.agent }, PEOPLE.agent, created + HOUR);
    if (n % 4 === 0) site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent, created + 3 * HOUR);
  }
  host.forgetPendingEvents(); // these issues predate the app
  await host.advance(60_000); // after the activation's own recalculation (an empty desk)
}, 180_000);
afterAll(async () => sb.stop());

const admin = (functionKey: string, payload: unknown, accountId: string) =>
  sb.host.resolve('adminResolver', 'itr-admin', functionKey, payload, { accountId });

test('only a Jira administrator may start one', async () => {
  const rec = await admin('admin.recalculate', {}, PEOPLE.agent);
  expect(rec.result).toEqual({
    ok: false,
    error: { code: 'forbidden', message: 'Only Jira administrators can recalculate every open issue.' },
  });
});

test('every open issue is evaluated once, through a consumer that died mid-way, with progress', async () => {
  const { host, site } = sb;
  host.killNextAfter(25, 'work'); // the first queue run dies part-way through its first page (of three chunks)
  const start = await admin('admin.recalculate', {}, PEOPLE.admin);
  expect(start.result).toMatchObject({ ok: true, data: { status: 'running', processed: 0, total: 180 } });
  expect(host.log.filter((r) => r.handler === 'work').map((r) => r.outcome)).toEqual(['killed']);
  const mid = await admin('admin.recalculationProgress', {}, PEOPLE.admin);
  expect(mid.result).toMatchObject({ ok: true, data: { status: 'running', processed: 0 } });
  const partly = [...site.issues.values()].filter((i) => i.properties.has('itr')).length;
  expect(partly).toBeGreaterThan(0);
  expect(partly).toBeLessThan(180);

  await host.advance(60_000); // Forge retries the event
  expect(host.log.filter((r) => r.handler === 'work').map((r) => r.outcome)).toEqual(['killed', 'ok']);
  const done = await admin('admin.recalculationProgress', {}, PEOPLE.admin);
  expect(done.result).toMatchObject({ ok: true, data: { status: 'done', processed: 180, total: 180 } });

  const open = [...site.issues.values()].filter((i) => i.status !== 'Resolved');
  expect(open).toHaveLength(180);
  expect(open.every((i) => typeof itr(i)['serviceType'] === 'string')).toBe(true);
  // First sight of old issues: last week's escalations are recorded as done, not carried out now.
  expect(open.flatMap((i) => i.comments)).toEqual([]);
  expect(site.notifications).toEqual([]);
  // Running it again (say, after another configuration change) evaluates them again and repeats nothing.
  const again = (await admin('admin.recalculate', {}, PEOPLE.admin)).result as { data: { jobId: string } };
  const second = await admin('admin.recalculationProgress', { jobId: again.data.jobId }, PEOPLE.admin);
  expect(second.result).toMatchObject({ ok: true, data: { status: 'done', processed: 180 } });
  expect(open.flatMap((i) => i.comments)).toEqual([]);
});

test('activating a configuration: a bad one is refused at its path; a good one becomes version 2 and open issues follow it', async () => {
  const { site } = sb;
  const bad = await admin(
    'admin.activateConfig',
    { config: { ...template(), defaultCalendar: 'nowhere' } },
    PEOPLE.admin,
  );
  expect(bad.result).toMatchObject({
    ok: false,
    error: { code: 'invalid', message: expect.stringContaining('defaultCalendar') as unknown },
  });
  const notAdmin = await admin('admin.activateConfig', { config: template() }, PEOPLE.agent);
  expect(notAdmin.result).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  const draft = template();
  const p3 = draft.sla.policies.find((p) => p.id === 'p3')!;
  p3.targets = { ...p3.targets, resolution: 2700 };
  const ok = await admin('admin.activateConfig', { config: draft }, PEOPLE.admin);
  expect(ok.result).toMatchObject({ ok: true, data: { version: 3 } });
  const open = [...site.issues.values()].filter((i) => i.status !== 'Resolved');
  const p3Open = open.filter((i) => itr(i)['grade'] === 'P3');
  expect(p3Open.length).toBeGreaterThan(0);
  for (const i of p3Open) {
    const resolution = (
      itr(i)['goals'] as Record<string, { cycles: Array<{ targetMs: number; configVersion: number }> }>
    )['resolution']!;
    expect(resolution.cycles.at(-1)).toMatchObject({ targetMs: 2700 * 60_000 });
    expect(itr(i)['configVersion']).toBe(3);
  }
});

test('a job that stopped moving (its queue event lost) is superseded by the next request', async () => {
  const { host, db } = sb;
  const lost = '0b6f7c1e-8a55-4a1f-9d43-6f2b0c1d2e3f';
  await db.execute(
    {
      query:
        "INSERT INTO itr_job (job_id, kind, status, processed, total, started_at, updated_at, detail) VALUES (?, 'recalc', 'running', 0, 180, ?, ?, ?)",
      params: [lost, host.now() - 3_600_000, host.now() - 3_600_000, JSON.stringify({ configVersion: 3 })],
    },
    'dml',
  );
  const r = (await admin('admin.recalculate', {}, PEOPLE.admin)).result as {
    ok: true;
    data: { jobId: string; status: string };
  };
  expect(r.data.jobId).not.toBe(lost);
  expect((await admin('admin.recalculationProgress', { jobId: lost }, PEOPLE.admin)).result).toMatchObject({
    ok: true,
    data: { status: 'superseded' },
  });
  expect((await admin('admin.recalculationProgress', { jobId: r.data.jobId }, PEOPLE.admin)).result).toMatchObject({
    ok: true,
    data: { status: 'done', processed: 180 },
  });
});
