// The host calls resolvers only through the Custom UI modules manifest.yml declares, as Forge does.
import { ForgeHost } from '../../../sandbox/forge/host';
import { readManifest } from '../../../sandbox/forge/manifest';
import { SITE_SEED } from '../../../sandbox/demo/site-seed';
import { Site } from '../../../sandbox/jira/site';

test('each UI module names its resolver, the built file its resource entry serves and its title', () => {
  expect(Object.fromEntries(readManifest().ui)).toEqual({
    'itr-sla-panel': { handler: 'panelResolver', file: 'static/build/panel.html', title: 'ITR SLA' },
    'itr-issue-context': { handler: 'panelResolver', file: 'static/build/context.html', title: 'ITR SLA' },
    'itr-admin': { handler: 'adminResolver', file: 'static/build/admin.html', title: 'ITR for Jira' },
    'itr-project': {
      handler: 'projectResolver',
      file: 'static/build/project.html',
      title: 'ITR service relationships',
    },
  });
});

test('an undeclared module key, or a resolver its module does not use, is an error', async () => {
  const host = new ForgeHost({
    site: new Site(SITE_SEED, () => 0),
    sql: () => Promise.reject(new Error('no SQL here')),
    handlers: {},
    now: 0,
  });
  const as = { accountId: 'u-agent-l1' };
  await expect(host.resolve('panelResolver', 'itr-panel', 'panel.get', {}, as)).rejects.toThrow(
    "manifest.yml declares no Custom UI module 'itr-panel'",
  );
  await expect(host.resolve('adminResolver', 'itr-sla-panel', 'admin.checkSetup', {}, as)).rejects.toThrow(
    "module 'itr-sla-panel' resolves with 'panelResolver', not 'adminResolver'",
  );
});
