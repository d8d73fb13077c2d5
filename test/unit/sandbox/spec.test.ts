// The emulator's request validation against Atlassian's OpenAPI spec: the routes a Jira app calls pass,
// and wrong ones fail with Jira's status and a specific message.

import { loadSpec, type SpecCheck } from '../../../sandbox/jira/spec';

const spec = loadSpec();
const ADF = {
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'SLA 即将超时 / SLA about to breach' }] }],
};

const failure = (check: SpecCheck) =>
  check.ok
    ? { ok: true, template: check.route.template }
    : { status: check.status, errorMessages: check.errorMessages };

describe('loadSpec', () => {
  it('loads once per file', () => {
    expect(loadSpec()).toBe(spec);
  });

  it('lists every route with its method, operationId and deprecation', () => {
    const routes = spec.routes();
    expect(routes.length).toBeGreaterThan(500);
    expect(routes).toContainEqual({
      method: 'POST',
      template: '/rest/api/3/issue/bulkfetch',
      operationId: 'bulkFetchIssues',
      deprecated: false,
    });
    expect(routes).toContainEqual({
      method: 'GET',
      template: '/rest/api/3/search/jql',
      operationId: 'searchAndReconsileIssuesUsingJql',
      deprecated: false,
    });
    // Removed from Jira Cloud, still in the spec, marked deprecated
    expect(routes).toContainEqual({
      method: 'GET',
      template: '/rest/api/3/search',
      operationId: 'searchForIssuesUsingJql',
      deprecated: true,
    });
    expect(routes).toContainEqual({
      method: 'POST',
      template: '/rest/api/3/search',
      operationId: 'searchForIssuesUsingJqlPost',
      deprecated: true,
    });
  });
});

describe('check: requests a Jira app makes pass', () => {
  it.each<[string, string, unknown, string, Record<string, string>]>([
    [
      'GET',
      '/rest/api/3/search/jql?jql=project%20%3D%20SUP%20AND%20issue.property%5Bitr%5D.nextCheckAt%20%3C%3D%201767225600&maxResults=5000&fields=id',
      undefined,
      '/rest/api/3/search/jql',
      {},
    ],
    [
      'GET',
      '/rest/api/3/search/jql?jql=project+%3D+SUP&nextPageToken=abc&fields=id,key&fields=summary&reconcileIssues=10001,10002',
      undefined,
      '/rest/api/3/search/jql',
      {},
    ],
    [
      'POST',
      '/rest/api/3/search/jql',
      { jql: 'project = SUP ORDER BY created DESC', maxResults: 100, fields: ['id'], nextPageToken: 'abc' },
      '/rest/api/3/search/jql',
      {},
    ],
    [
      'POST',
      '/rest/api/3/issue/bulkfetch',
      { issueIdsOrKeys: ['SUP-1', '10002'], fields: ['summary', 'status', 'priority'] },
      '/rest/api/3/issue/bulkfetch',
      {},
    ],
    ['POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['SUP-1'] }, '/rest/api/3/changelog/bulkfetch', {}],
    [
      'POST',
      '/rest/api/3/changelog/bulkfetch',
      { issueIdsOrKeys: ['SUP-1'], fieldIds: ['status', 'assignee'], maxResults: 1000, nextPageToken: 't' },
      '/rest/api/3/changelog/bulkfetch',
      {},
    ],
    [
      'GET',
      '/rest/api/3/issue/SUP-1/properties/itr',
      undefined,
      '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      { issueIdOrKey: 'SUP-1', propertyKey: 'itr' },
    ],
    [
      'PUT',
      '/rest/api/3/issue/10001/properties/itr',
      { nextCheckAt: 1767225600, grade: 'A' },
      '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      { issueIdOrKey: '10001', propertyKey: 'itr' },
    ],
    [
      'PUT',
      '/rest/api/3/issue/10001/properties/itr',
      42,
      '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      { issueIdOrKey: '10001', propertyKey: 'itr' },
    ],
    [
      'GET',
      '/rest/api/3/issue/SUP-1/properties/my%20key%2F%E6%8A%A5',
      undefined,
      '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      { issueIdOrKey: 'SUP-1', propertyKey: 'my key/报' },
    ],
    [
      'POST',
      '/rest/api/3/issue/properties/multi',
      { issues: [{ issueID: 10001, properties: { itr: { grade: 'A' } } }] },
      '/rest/api/3/issue/properties/multi',
      {},
    ],
    ['GET', '/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueId=1', undefined, '/rest/api/3/mypermissions', {}],
    [
      'POST',
      '/rest/api/3/issue/SUP-1/comment',
      { body: ADF },
      '/rest/api/3/issue/{issueIdOrKey}/comment',
      { issueIdOrKey: 'SUP-1' },
    ],
    [
      'POST',
      '/rest/api/3/issue/SUP-1/comment?expand=renderedBody',
      { body: ADF, visibility: { type: 'role', value: 'Service Desk Team' } },
      '/rest/api/3/issue/{issueIdOrKey}/comment',
      { issueIdOrKey: 'SUP-1' },
    ],
    [
      'POST',
      '/rest/api/3/issue/SUP-1/transitions',
      { transition: { id: '31' }, fields: { resolution: { name: 'Fixed' } } },
      '/rest/api/3/issue/{issueIdOrKey}/transitions',
      { issueIdOrKey: 'SUP-1' },
    ],
    [
      'POST',
      '/rest/api/3/issueLink',
      { type: { name: 'Relates' }, inwardIssue: { key: 'SUP-1' }, outwardIssue: { key: 'OPS-7' } },
      '/rest/api/3/issueLink',
      {},
    ],
    [
      'POST',
      '/rest/api/3/issue',
      { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: '打印机故障' } },
      '/rest/api/3/issue',
      {},
    ],
    [
      'PUT',
      '/rest/api/3/issue/SUP-1?notifyUsers=false&returnIssue=TRUE',
      { fields: { priority: { name: 'High' } } },
      '/rest/api/3/issue/{issueIdOrKey}',
      { issueIdOrKey: 'SUP-1' },
    ],
    ['GET', '/rest/api/3/field', undefined, '/rest/api/3/field', {}],
    [
      'GET',
      '/rest/api/3/project/search?startAt=0&maxResults=50&orderBy=key&action=browse',
      undefined,
      '/rest/api/3/project/search',
      {},
    ],
    [
      'GET',
      '/rest/api/3/issue/SUP-1?fields=status,priority',
      undefined,
      '/rest/api/3/issue/{issueIdOrKey}',
      { issueIdOrKey: 'SUP-1' },
    ],
    ['get', '/rest/api/3/field/', undefined, '/rest/api/3/field', {}],
    [
      'GET',
      '/rest/api/3/project/type/service_desk',
      undefined,
      '/rest/api/3/project/type/{projectTypeKey}',
      { projectTypeKey: 'service_desk' },
    ],
    [
      'GET',
      '/rest/api/3/dashboard/10000/gadget',
      undefined,
      '/rest/api/3/dashboard/{dashboardId}/gadget',
      { dashboardId: '10000' },
    ],
  ])('%s %s', (method, path, body, template, pathParams) => {
    const check = spec.check(method, path, body);
    expect(failure(check)).toEqual({ ok: true, template });
    expect(check).toMatchObject({ ok: true, route: { method: method.toUpperCase(), template }, pathParams });
  });

  it('literal segments win over parameters', () => {
    expect(spec.check('GET', '/rest/api/3/project/search', undefined)).toMatchObject({
      ok: true,
      route: { template: '/rest/api/3/project/search' },
    });
    expect(spec.check('GET', '/rest/api/3/project/SUP', undefined)).toMatchObject({
      ok: true,
      route: { template: '/rest/api/3/project/{projectIdOrKey}' },
    });
    expect(spec.check('POST', '/rest/api/3/issue/properties/multi', {})).toMatchObject({
      ok: true,
      route: { template: '/rest/api/3/issue/properties/multi' },
    });
  });

  it('the removed search endpoint is in the spec, and marked deprecated', () => {
    expect(spec.check('GET', '/rest/api/3/search?jql=project%20%3D%20SUP', undefined)).toMatchObject({
      ok: true,
      route: { template: '/rest/api/3/search', deprecated: true },
    });
  });

  it('every route in the spec is found by its own template', () => {
    const sample = (name: string) => (/id$/i.test(name) ? '10001' : 'SUP-1');
    for (const route of spec.routes()) {
      const path = route.template.replace(/\{([^}]+)\}/g, (_, name: string) => sample(name));
      const check = spec.check(route.method, path, undefined);
      if (check.ok)
        expect(check.route.template.replace(/\{[^}]+\}/g, '*')).toBe(route.template.replace(/\{[^}]+\}/g, '*'));
      // Found, then refused for what the sample leaves out: a body, a required query parameter, an enum value in the path
      else
        expect([
          route.template,
          check.status === 400 || check.errorMessages[0]!.startsWith('The path parameter'),
        ]).toEqual([route.template, true]);
    }
  });
});

describe('check: wrong requests fail as Jira would', () => {
  it.each<[string, string, unknown, SpecCheck]>([
    [
      'POST',
      '/rest/api/3/nosuch',
      {},
      { ok: false, status: 404, errorMessages: ['No route for POST /rest/api/3/nosuch'] },
    ],
    [
      'GET',
      '/rest/api/2/search/jql?jql=x',
      undefined,
      { ok: false, status: 404, errorMessages: ['No route for GET /rest/api/2/search/jql'] },
    ],
    [
      'POST',
      '/rest/api/3/issue/bulkfetch/more',
      {},
      { ok: false, status: 404, errorMessages: ['No route for POST /rest/api/3/issue/bulkfetch/more'] },
    ],
    [
      'GET',
      '/rest/api/3/issue//comment',
      undefined,
      { ok: false, status: 404, errorMessages: ['No route for GET /rest/api/3/issue//comment'] },
    ],
    // The most specific template decides the method, even one matched through a parameter (JAX-RS)
    [
      'POST',
      '/rest/api/3/issue/bulkfetchx',
      {},
      {
        ok: false,
        status: 405,
        errorMessages: [
          'No route for POST /rest/api/3/issue/bulkfetchx: /rest/api/3/issue/{issueIdOrKey} allows DELETE, GET, PUT.',
        ],
      },
    ],
    [
      'GET',
      '/rest/api/3/issue/bulkfetch',
      undefined,
      {
        ok: false,
        status: 405,
        errorMessages: ['No route for GET /rest/api/3/issue/bulkfetch: /rest/api/3/issue/bulkfetch allows POST.'],
      },
    ],
    [
      'DELETE',
      '/rest/api/3/field',
      undefined,
      {
        ok: false,
        status: 405,
        errorMessages: ['No route for DELETE /rest/api/3/field: /rest/api/3/field allows GET, POST.'],
      },
    ],
    [
      'PATCH',
      '/rest/api/3/issue/SUP-1',
      {},
      {
        ok: false,
        status: 405,
        errorMessages: [
          'No route for PATCH /rest/api/3/issue/SUP-1: /rest/api/3/issue/{issueIdOrKey} allows DELETE, GET, PUT.',
        ],
      },
    ],
    [
      'GET',
      '/rest/api/3/mypermissions?issueId=1',
      undefined,
      { ok: false, status: 400, errorMessages: ["The query parameter 'permissions' is required."] },
    ],
    [
      'GET',
      '/rest/api/3/mypermissions?permissions=&issueId=1',
      undefined,
      { ok: false, status: 400, errorMessages: ["The query parameter 'permissions' is required."] },
    ],
    [
      'GET',
      '/rest/api/3/user/bulk',
      undefined,
      { ok: false, status: 400, errorMessages: ["The query parameter 'accountId' is required."] },
    ],
    [
      'GET',
      '/rest/api/3/search/jql?jql=x&maxResults=lots',
      undefined,
      { ok: false, status: 400, errorMessages: ["The query parameter 'maxResults' must be an integer; got 'lots'."] },
    ],
    [
      'GET',
      '/rest/api/3/search/jql?reconcileIssues=1,x',
      undefined,
      { ok: false, status: 400, errorMessages: ["The query parameter 'reconcileIssues' must be an integer; got 'x'."] },
    ],
    [
      'PUT',
      '/rest/api/3/issue/SUP-1?notifyUsers=no',
      {},
      { ok: false, status: 400, errorMessages: ["The query parameter 'notifyUsers' must be true or false; got 'no'."] },
    ],
    [
      'GET',
      '/rest/api/3/project/search?action=delete',
      undefined,
      {
        ok: false,
        status: 400,
        errorMessages: ["The query parameter 'action' must be one of view, browse, edit, create; got 'delete'."],
      },
    ],
    [
      'GET',
      '/rest/api/3/project/type/kanban',
      undefined,
      {
        ok: false,
        status: 404,
        errorMessages: [
          "The path parameter 'projectTypeKey' must be one of software, service_desk, business, product_discovery; got 'kanban'.",
        ],
      },
    ],
    [
      'GET',
      '/rest/api/3/dashboard/SUP-1/gadget',
      undefined,
      { ok: false, status: 404, errorMessages: ["The path parameter 'dashboardId' must be an integer; got 'SUP-1'."] },
    ],
    [
      'POST',
      '/rest/api/3/issue/bulkfetch',
      undefined,
      { ok: false, status: 400, errorMessages: ['The request body is required.'] },
    ],
    [
      'POST',
      '/rest/api/3/issue/bulkfetch',
      { fields: ['summary'] },
      { ok: false, status: 400, errorMessages: ["Field 'issueIdsOrKeys' is required."] },
    ],
    [
      'POST',
      '/rest/api/3/issue/bulkfetch',
      { issueIdsOrKeys: null },
      { ok: false, status: 400, errorMessages: ["Field 'issueIdsOrKeys' is required."] },
    ],
    [
      'POST',
      '/rest/api/3/issue/bulkfetch',
      { issueIdsOrKeys: 'SUP-1', fields: 'summary' },
      {
        ok: false,
        status: 400,
        errorMessages: ["Field 'fields' must be an array.", "Field 'issueIdsOrKeys' must be an array."],
      },
    ],
    [
      'POST',
      '/rest/api/3/issue/bulkfetch',
      [{ issueIdsOrKeys: ['SUP-1'] }],
      { ok: false, status: 400, errorMessages: ['The request body must be a JSON object.'] },
    ],
    [
      'POST',
      '/rest/api/3/changelog/bulkfetch',
      { issueIdsOrKeys: ['SUP-1'], maxResults: 10.5 },
      { ok: false, status: 400, errorMessages: ["Field 'maxResults' must be an integer."] },
    ],
    [
      'POST',
      '/rest/api/3/search/jql',
      { jql: 42, fieldsByKeys: 'yes' },
      {
        ok: false,
        status: 400,
        errorMessages: ["Field 'fieldsByKeys' must be a boolean.", "Field 'jql' must be a string."],
      },
    ],
    [
      'POST',
      '/rest/api/3/issueLink',
      { type: { name: 'Relates' }, inwardIssue: { key: 'SUP-1' } },
      { ok: false, status: 400, errorMessages: ["Field 'outwardIssue' is required."] },
    ],
    [
      'POST',
      '/rest/api/3/issueLink',
      { type: 'Relates', inwardIssue: { key: 'SUP-1' }, outwardIssue: { key: 'OPS-7' } },
      { ok: false, status: 400, errorMessages: ["Field 'type' must be a JSON object."] },
    ],
    [
      'PUT',
      '/rest/api/3/issue/SUP-1',
      { fields: [] },
      { ok: false, status: 400, errorMessages: ["Field 'fields' must be a JSON object."] },
    ],
    [
      'POST',
      '/rest/api/3/issue/SUP-1/transitions',
      undefined,
      { ok: false, status: 400, errorMessages: ['The request body is required.'] },
    ],
    [
      'POST',
      '/rest/api/3/issue/properties/multi',
      { issues: {} },
      { ok: false, status: 400, errorMessages: ["Field 'issues' must be an array."] },
    ],
    [
      'PUT',
      '/rest/api/3/issue/SUP-1/properties/itr',
      undefined,
      { ok: false, status: 400, errorMessages: ['The request body is required.'] },
    ],
  ])('%s %s', (method, path, body, expected) => {
    expect(spec.check(method, path, body)).toEqual(expected);
  });

  it('reports every problem of a request at once', () => {
    expect(spec.check('GET', '/rest/api/3/search/jql?maxResults=x&reconcileIssues=y', undefined)).toEqual({
      ok: false,
      status: 400,
      errorMessages: [
        "The query parameter 'maxResults' must be an integer; got 'x'.",
        "The query parameter 'reconcileIssues' must be an integer; got 'y'.",
      ],
    });
  });
});

describe('check: cost', () => {
  it('stays within a few microseconds a request', () => {
    const requests: [string, string, unknown][] = [
      ['POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['SUP-1', 'SUP-2'], fields: ['summary', 'status'] }],
      ['GET', '/rest/api/3/search/jql?jql=project%20%3D%20SUP&maxResults=5000&fields=id', undefined],
      ['PUT', '/rest/api/3/issue/10001/properties/itr', { grade: 'A' }],
      ['GET', '/rest/api/3/issue/SUP-1/comment?startAt=0&maxResults=100', undefined],
    ];
    const rounds = 5_000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const [method, path, body] of requests) spec.check(method, path, body);
    const microsEach = Number(process.hrtime.bigint() - started) / 1000 / (rounds * requests.length);
    expect(microsEach).toBeLessThan(20);
  });
});
