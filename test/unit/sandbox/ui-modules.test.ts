// The host calls resolvers only through the Custom UI modules manifest.yml declares, as Forge does.
import { ForgeHost } from '../../../sandbox/forge/host';
import { readManifest } from '../../../sandbox/forge/manifest';
import { SITE_SEED } from '../../../sandbox/demo/site-seed';
import { Site } from '../../../sandbox/jira/site';

test('each UI module names its resolver, the built file its resource entry serves and its title', () => {
  const ui = readManifest().ui;
  const plain = (type: string, handler: string, file: string, title: string) => ({
    type,
    handler,
    file: `static/build/${file}`,
    title,
    titles: { 'en-US': title },
    descriptions: {},
    refreshable: true,
  });
  expect(ui.get('itr-sla-panel')).toEqual(plain('jira:issuePanel', 'panelResolver', 'panel.html', 'ITR SLA'));
  expect(ui.get('itr-issue-context')).toEqual(plain('jira:issueContext', 'panelResolver', 'context.html', 'ITR SLA'));
  expect(ui.get('itr-admin')).toEqual(plain('jira:adminPage', 'adminResolver', 'admin.html', 'ITR for Jira'));
  expect(ui.get('itr-project')).toMatchObject({
    handler: 'projectResolver',
    title: 'ITR service relationships',
    titles: { 'en-US': 'ITR service relationships', 'zh-CN': 'ITR 服务关系' },
  });
});

test('the five dashboard gadgets share one resolver, refresh themselves and are titled in both languages', () => {
  const gadgets = [...readManifest().ui].filter(([, u]) => u.type === 'jira:dashboardGadget');
  expect(gadgets.map(([k]) => k)).toEqual([
    'itr-gadget-sla',
    'itr-gadget-satisfaction',
    'itr-gadget-suppliers',
    'itr-gadget-finance',
    'itr-gadget-at-risk',
  ]);
  for (const [key, u] of gadgets) {
    expect([key, u.handler, u.refreshable, u.file]).toEqual([
      key,
      'gadgetResolver',
      false,
      `static/build/${key.replace('itr-', '')}.html`,
    ]);
    expect(Object.keys(u.titles)).toEqual(['en-US', 'zh-CN']);
    expect(u.descriptions['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  }
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
