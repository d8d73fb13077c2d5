// admin.activateConfig runs the setup check: a configuration with blocking findings is refused with them
// and nothing is saved; otherwise it is saved with the site ids its names resolved to.

import type { SetupFinding } from '../../src/contract/admin';
import { ITR_TEMPLATE, type ConfigInput } from '../../src/domain/config';
import { fieldId, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null }); // the app as installed: nothing activated yet
}, 180_000);
afterAll(async () => sb.stop());

const activate = async (config: unknown, accountId: string = PEOPLE.admin) =>
  (await sb.host.resolve('adminResolver', 'itr-admin', 'admin.activateConfig', { config }, { accountId })).result;

function draft(): ConfigInput {
  const c = structuredClone(ITR_TEMPLATE);
  c.scope = { projects: ['10000'] };
  return c;
}

async function savedVersions(): Promise<Array<{ version: number; doc: string }>> {
  const r = await sb.db.execute({ query: 'SELECT version, doc FROM itr_config ORDER BY version', params: [] }, 'dml');
  return (r.body as { rows: Array<{ version: number; doc: string }> }).rows;
}

test('a configuration with blocking findings is refused with them, and nothing is saved', async () => {
  const c = draft();
  c.problems[0]!.linkType = 'Causes';
  const r = (await activate(c)) as { error: { findings: SetupFinding[] } };
  expect(r.error.findings.filter((f) => f.severity === 'blocking').map((f) => f.path)).toEqual([
    'problems[0].linkType',
  ]);
  expect(r).toMatchObject({
    ok: false,
    error: {
      code: 'blocked',
      message:
        'The site does not have what this configuration names: problems[0].linkType: No issue link type "Causes" (the site has: Relates, Problem/Incident).',
    },
  });
  expect(await savedVersions()).toEqual([]);
});

test('an accepted configuration is saved with the ids its fields and groups resolved to', async () => {
  const r = await activate(draft());
  expect(r).toMatchObject({ ok: true, data: { version: 2 } });
  const saved = await savedVersions();
  expect(saved.map((v) => v.version)).toEqual([1, 2]);
  const doc = JSON.parse(saved[1]!.doc) as {
    resolved: { fields: Record<string, string[]>; groups: Record<string, string> };
  };
  expect(doc.resolved.fields['Support tier']).toEqual([fieldId(sb.site, 'Support tier')]);
  expect(doc.resolved.groups['service-managers']).toBe('g-service-managers');
});

test('only Jira administrators may activate', async () => {
  expect(await activate(draft(), PEOPLE.agent)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect((await savedVersions()).map((v) => v.version)).toEqual([1, 2]);
});
