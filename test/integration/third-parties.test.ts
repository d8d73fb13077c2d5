// Third parties through the project page's resolver on MariaDB: the 5W1H agreement saved whole and refused
// at its path, the daily run opening ONE review reminder per third party and due date however often it
// runs, and a review moving the next one on.

import { randomUUID } from 'node:crypto';
import type { ListPage } from '../../src/contract/project';
import type { ThirdParty } from '../../src/contract/records/third-party';
import { DAY_MS } from '../../src/domain/time/civil';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

// 2026-03-04 09:30 in Shanghai (the template's default calendar): 'today' is 2026-03-04.
const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
  await projectData(sb, 'project.access', {});
}, 180_000);
afterAll(async () => sb.stop());

const party = (over: Partial<ThirdParty> = {}): ThirdParty => ({
  id: randomUUID(),
  name: 'China Quality Certification Centre',
  kind: 'certification',
  agreement: {
    what: 'Incident and change records sampled for the ISO 20000 audit',
    why: 'Keeping the ISO/IEC 20000-1 certificate',
    who: 'The lead auditor, through our quality manager',
    when: 'At each surveillance audit',
    where: 'The certification body’s audit portal',
    how: 'Encrypted export, read-only, deleted after the audit',
    authorisation: { grantedBy: 'CIO', scope: 'Service records of the audit year', until: '2026-12-31' },
  },
  reviewDays: 90,
  nextReview: '2026-06-01',
  ...over,
});

const reminders = (name: string) =>
  [...sb.site.issues.values()].filter((i) => i.summary.includes(`agreement with ${name}`));

test('a third party is saved once however often sent, listed by kind, edited and removed', async () => {
  const t = party({ name: 'Listed Regulator', kind: 'supervision' });
  await projectData(sb, 'thirdParty.save', { record: t });
  await projectData(sb, 'thirdParty.save', { record: t });
  const page = await projectData<ListPage<ThirdParty>>(sb, 'thirdParty.list', { filter: { kind: 'supervision' } });
  expect(page.items).toEqual([expect.objectContaining({ ...t, updatedBy: PEOPLE.manager })]);
  await projectData(sb, 'thirdParty.save', { record: { ...t, reviewDays: 30 } });
  expect(
    (await projectData<ListPage<ThirdParty>>(sb, 'thirdParty.list', { search: 'listed' })).items[0]!.reviewDays,
  ).toBe(30);
  await projectData(sb, 'thirdParty.remove', { id: t.id });
  expect((await projectData<ListPage<ThirdParty>>(sb, 'thirdParty.list', { search: 'listed' })).total).toBe(0);
});

test('a missing W, an unknown kind or a bad authorisation date is refused at its path; nothing is written', async () => {
  const before = await tableChecksums(sb);
  const t = party();
  expect(
    await projectCall(sb, 'thirdParty.save', { record: { ...t, agreement: { ...t.agreement, why: '  ' } } }),
  ).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'record.agreement.why', message: 'Required.' },
  });
  expect(await projectCall(sb, 'thirdParty.save', { record: { ...t, kind: 'auditor' } })).toMatchObject({
    ok: false,
    error: { path: 'record.kind' },
  });
  const until = { ...t.agreement.authorisation, until: '2026-02-30' };
  expect(
    await projectCall(sb, 'thirdParty.save', { record: { ...t, agreement: { ...t.agreement, authorisation: until } } }),
  ).toMatchObject({
    ok: false,
    error: { path: 'record.agreement.authorisation.until', message: 'There is no such date.' },
  });
  expect(await projectCall(sb, 'thirdParty.save', { record: { ...t, reviewDays: 0 } })).toMatchObject({
    ok: false,
    error: { path: 'record.reviewDays' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});

test('a review falling due opens one reminder issue however often the daily run goes; reviewed moves it on', async () => {
  const due = party({ name: 'Due Cloud Provider', kind: 'provider', nextReview: '2026-03-04', reviewDays: 30 });
  const later = party({ name: 'Later Regulator', kind: 'supervision', nextReview: '2026-03-05' });
  await projectData(sb, 'thirdParty.save', { record: due });
  await projectData(sb, 'thirdParty.save', { record: later });

  await sb.host.runSchedule('itr-daily');
  await sb.host.runSchedule('itr-daily');
  expect(reminders('Due Cloud Provider')).toHaveLength(1);
  expect(reminders('Due Cloud Provider')[0]).toMatchObject({ project: 'SUP', issuetype: 'Task' });
  expect(reminders('Later Regulator')).toHaveLength(0);
  // A run that died after Jira created the issue, before noting it: the next run finds the issue by its
  // marker (once Jira's property index has caught up) instead of opening a second one.
  await query(sb, 'UPDATE itr_third_party SET reminded_for = NULL WHERE id = ?', [due.id]);
  await sb.host.advance(60_000);
  await sb.host.runSchedule('itr-daily');
  expect(reminders('Due Cloud Provider')).toHaveLength(1);

  // Marked reviewed on 2026-03-04: the next review is 30 days on; a second click the same day changes nothing.
  expect(await projectData(sb, 'thirdParty.today', {}, PEOPLE.viewer)).toEqual({ today: '2026-03-04' });
  const r = await projectData<ThirdParty>(sb, 'thirdParty.reviewed', { id: due.id });
  expect(r.nextReview).toBe('2026-04-03');
  expect((await projectData<ThirdParty>(sb, 'thirdParty.reviewed', { id: due.id })).nextReview).toBe('2026-04-03');
  expect(await projectCall(sb, 'thirdParty.reviewed', { id: due.id }, PEOPLE.viewer)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await projectCall(sb, 'thirdParty.reviewed', { id: randomUUID() })).toMatchObject({
    ok: false,
    error: { code: 'notFound', path: 'id' },
  });

  // The next day the regulator falls due; the reviewed provider does not come back.
  await sb.host.advance(DAY_MS);
  await sb.host.runSchedule('itr-daily');
  expect(reminders('Due Cloud Provider')).toHaveLength(1);
  expect(reminders('Later Regulator')).toHaveLength(1);
});
