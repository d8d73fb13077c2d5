// The emulator's JSM organization routes answer as JSM Cloud does: its paging shape, 404 for a project that
// is no service desk or an unknown organization, 403 for a caller who is not an agent, and parameters
// checked against JSM's own spec.

import { PEOPLE } from '../../../sandbox/demo/site-seed';
import { addOrganization } from '../../../sandbox/jira/jsm-organizations';
import { startEmulator, type Emulated } from '../../support/emulator';

let jira: Emulated;
let big: string;

beforeAll(async () => {
  jira = await startEmulator(Date.parse('2026-03-02T10:00:00+08:00'));
  for (let i = 0; i < 55; i++) addOrganization(jira.site, `Org ${i}`, [], ['SUP']);
  big = addOrganization(jira.site, 'Big', [PEOPLE.reporter, PEOPLE.viewer], ['SUP']);
});
afterAll(async () => jira.stop());

it("pages a service desk's organizations by start and limit, saying which page is the last", async () => {
  const sup = jira.site.projects.get('SUP')!;
  const first = await jira.call(
    'GET',
    `/rest/servicedeskapi/servicedesk/${sup.id}/organization`,
    undefined,
    PEOPLE.agent,
  );
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ start: 0, limit: 50, size: 50, isLastPage: false });
  const last = await jira.call(
    'GET',
    '/rest/servicedeskapi/servicedesk/SUP/organization?start=50&limit=50',
    undefined,
    PEOPLE.agent,
  );
  expect(last.body).toMatchObject({ start: 50, size: 6, isLastPage: true });
  expect((last.body as { values: Array<{ name: string }> }).values.at(-1)).toMatchObject({ id: big, name: 'Big' });
});

it('refuses a project that is no service desk (404), a caller who is not its agent (403), and a bad limit (400)', async () => {
  expect(
    (await jira.call('GET', '/rest/servicedeskapi/servicedesk/PRB/organization', undefined, PEOPLE.admin)).status,
  ).toBe(404);
  expect(
    (await jira.call('GET', '/rest/servicedeskapi/servicedesk/SUP/organization', undefined, PEOPLE.viewer)).status,
  ).toBe(403);
  expect(
    (await jira.call('GET', '/rest/servicedeskapi/servicedesk/SUP/organization?limit=many', undefined, PEOPLE.agent))
      .status,
  ).toBe(400);
});

it("lists an organization's users to agents only; an unknown organization is 404", async () => {
  const users = await jira.call('GET', `/rest/servicedeskapi/organization/${big}/user`, undefined, PEOPLE.agent);
  expect(users.body).toMatchObject({
    size: 2,
    isLastPage: true,
    values: [{ accountId: PEOPLE.reporter, displayName: '王芳 (Acme)' }, { accountId: PEOPLE.viewer }],
  });
  expect(
    (await jira.call('GET', `/rest/servicedeskapi/organization/${big}/user`, undefined, PEOPLE.viewer)).status,
  ).toBe(403);
  expect((await jira.call('GET', '/rest/servicedeskapi/organization/9999/user', undefined, PEOPLE.agent)).status).toBe(
    404,
  );
});
