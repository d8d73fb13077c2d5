// admin.checkSetup against the sandbox site: each kind of finding at its JSON path, custom fields resolved
// by id (team-managed projects' own fields per project), groups by groupId, what the configuration turns
// on, and the REST calls one check costs.

import type { SetupCheck, SetupFinding } from '../../src/contract/admin';
import { ITR_TEMPLATE, type ConfigInput } from '../../src/domain/config';
import { EFFECTS } from '../../src/domain/config/schema';
import { fieldId, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-12-01T09:00:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
}, 180_000);
afterAll(async () => sb.stop());

const SUP = '10000';
/** The template working on the service desk. */
function draft(patch: (c: ConfigInput) => void = () => undefined): ConfigInput {
  const c = structuredClone(ITR_TEMPLATE);
  c.scope = { projects: [SUP] };
  patch(c);
  return c;
}

async function check(config: unknown, accountId: string = PEOPLE.admin) {
  return (await sb.host.resolve('adminResolver', 'itr-admin', 'admin.checkSetup', { config }, { accountId })).result;
}
async function checked(config: unknown): Promise<SetupCheck> {
  const r = (await check(config)) as { ok: true; data: SetupCheck };
  expect(r.ok).toBe(true);
  return r.data;
}
const at = (c: SetupCheck, path: string): SetupFinding[] => c.findings.filter((f) => f.path === path);
const blocking = (c: SetupCheck) => c.findings.filter((f) => f.severity === 'blocking');

test('the template on the service desk: nothing blocks; fields and groups resolved; what is on; few calls', async () => {
  sb.host.jira.resetCounters();
  const c = await checked(draft());
  expect(blocking(c)).toEqual([]);
  expect(c.resolved.fields).toEqual({
    Customer: [fieldId(sb.site, 'Customer')],
    Impact: [fieldId(sb.site, 'Impact')],
    Urgency: [fieldId(sb.site, 'Urgency')],
    'Support tier': [fieldId(sb.site, 'Support tier')],
    'Root cause': [fieldId(sb.site, 'Root cause')],
    Supplier: [fieldId(sb.site, 'Supplier')],
  });
  expect(c.resolved.groups).toMatchObject({ 'service-managers': 'g-service-managers', 'team-leads': 'g-team-leads' });
  expect(c.report).toEqual({
    scope: { projects: [{ id: SUP, key: 'SUP', name: 'IT service desk' }], approximateIssues: 0 },
    effectsOn: [...EFFECTS],
  });
  // Statuses this site's workflows lack only never match: a warning each.
  expect(at(c, 'sla.goals[1].pause[0].statuses[1]')).toEqual([
    {
      path: 'sla.goals[1].pause[0].statuses[1]',
      severity: 'warning',
      code: 'status-missing',
      message: `No status "Pending" in the site's workflows: this never matches.`,
    },
  ]);
  expect([...sb.host.jira.counters.calls].sort()).toEqual([
    ['GET /rest/api/3/field', 1],
    ['GET /rest/api/3/group/bulk', 1],
    ['GET /rest/api/3/issueLinkType', 1],
    ['GET /rest/api/3/mypermissions', 1], // the admin check, as the user
    ['GET /rest/api/3/project/search', 2], // the scope by id, then PRB, SALES, RD by key
    ['GET /rest/api/3/project/{projectIdOrKey}/role', 1], // the desk's roles: who its agents are
    ['GET /rest/api/3/status', 1],
    ['POST /rest/api/3/search/approximate-count', 1],
  ]);
});

test("China's holidays are known through 2026: on 2026-12-01 the calendars using them warn", async () => {
  const c = await checked(draft());
  expect(at(c, 'calendars[0].spec.overrides')).toEqual([
    {
      path: 'calendars[0].spec.overrides',
      severity: 'warning',
      code: 'holidays-ending',
      message:
        'Calendar "cn-5x8" knows holidays only through 2026 (its last override is 2026-10-10); add 2027\'s as ' +
        'overrides once they are published: a day off is "2027-MM-DD": [], a make-up working day gets that ' +
        'day\'s hours, e.g. "2027-MM-DD": [["09:00","12:00"],["13:30","18:00"]].',
    },
  ]);
  expect(at(c, 'calendars[1].spec.overrides')).toEqual([]); // 7×24 keeps no holidays
  expect(at(c, 'calendars[2].spec.overrides')).toHaveLength(1);
});

test('a scope project that does not exist blocks; the JQL is checked by Jira and counted with the scope', async () => {
  const missing = await checked(draft((c) => (c.scope = { projects: [SUP, '99999'] })));
  expect(blocking(missing)).toEqual([
    {
      path: 'scope.projects[1]',
      severity: 'blocking',
      code: 'project-missing',
      message: 'No project has id 99999 (or the app cannot browse it).',
    },
  ]);
  sb.site.createIssue({ project: 'SUP', issuetype: 'Incident', summary: 'VPN down', reporter: PEOPLE.reporter }, null);
  sb.site.createIssue({ project: 'SUP', issuetype: 'Service request', summary: 'A mouse', reporter: null }, null);
  const narrowed = await checked(draft((c) => (c.scope = { projects: [SUP], jql: 'issuetype = Incident' })));
  expect(narrowed.report?.scope).toMatchObject({ jql: 'issuetype = Incident', approximateIssues: 1 });
  const bad = await checked(draft((c) => (c.scope = { projects: [SUP], jql: 'issuetype = = Incident' })));
  const jql = at(bad, 'scope.jql');
  expect(jql).toMatchObject([{ severity: 'blocking', code: 'scope-jql' }]);
  expect(jql[0]?.message).toMatch(/^Jira cannot run this JQL: Error in the JQL Query: .*\(line 1, character \d+\)$/);
  expect(bad.report?.scope.approximateIssues).toBeNull();
});

test('problem, LTC and IPD projects and their issue types must exist; issue types per project', async () => {
  const sales = sb.site.projects.get('SALES')!;
  sb.site.projects.set('SALES', { ...sales, issueTypes: ['Opportunity', 'Task'] });
  try {
    const c = await checked(
      draft((d) => {
        d.problems[0]!.project = 'PRBX';
        d.routing.ltc!.issueType = 'Bug';
        d.routing.ipd!.project = 'NOPE';
        d.classification.rules[0]!.when.issueTypes = ['Incidnet'];
      }),
    );
    expect(blocking(c)).toEqual([
      {
        path: 'problems[0].project',
        severity: 'blocking',
        code: 'project-missing',
        message: 'No project has key PRBX (or the app cannot browse it).',
      },
      {
        path: 'routing.ltc.issueType',
        severity: 'blocking',
        code: 'issue-type-missing',
        message: 'Project SALES has no issue type "Bug" (it has: Opportunity, Task).',
      },
      {
        path: 'routing.ipd.project',
        severity: 'blocking',
        code: 'project-missing',
        message: 'No project has key NOPE (or the app cannot browse it).',
      },
    ]);
    // A rule's issue type that no project in scope has only never matches.
    expect(at(c, 'classification.rules[0].when.issueTypes[0]')).toEqual([
      {
        path: 'classification.rules[0].when.issueTypes[0]',
        severity: 'warning',
        code: 'issue-type-missing',
        message: 'No issue type "Incidnet" in SUP: this never matches it.',
      },
    ]);
  } finally {
    sb.site.projects.set('SALES', sales);
  }
});

test('a scope project without the roles that stand for agents warns: nobody there could meet a first response', async () => {
  const sales = sb.site.projects.get('SALES')!.id; // a business project with no roles
  const c = await checked(draft((d) => (d.scope = { projects: [SUP, sales] })));
  expect(c.findings.filter((f) => f.code === 'agent-role-missing')).toEqual([
    {
      path: 'scope.projects',
      severity: 'warning',
      code: 'agent-role-missing',
      message:
        'Project SALES has none of the roles "Administrators", "Developers": nobody\'s comment there would count as an agent\'s (name its agents\' roles or groups in "agents").',
    },
  ]);
  const named = await checked(draft((d) => (d.agents = { roles: ['Service Desk Team'] })));
  expect(named.findings.filter((f) => f.code === 'agent-role-missing')).toEqual([]);
});

test('a status the app moves issues to must exist', async () => {
  const c = await checked(draft((d) => d.escalation.tierTimeout.push({ type: 'transition', status: 'Doing' })));
  const i = ITR_TEMPLATE.escalation.tierTimeout.length;
  expect(blocking(c)).toEqual([
    {
      path: `escalation.tierTimeout[${i}].status`,
      severity: 'blocking',
      code: 'status-missing',
      message: `No status "Doing" in the site's workflows to move issues to.`,
    },
  ]);
});

test('a field name two global fields share blocks, naming both ids', async () => {
  const impact = fieldId(sb.site, 'Impact');
  sb.site.fields.push({ id: 'customfield_19001', name: 'Impact', custom: true, kind: 'option' });
  try {
    const c = await checked(draft());
    expect(blocking(c)).toEqual([
      {
        path: 'grading.impact.field',
        severity: 'blocking',
        code: 'field-ambiguous',
        message: `"Impact" names 2 custom fields, ${impact} and customfield_19001: rename all but one in Jira so the name picks one field.`,
      },
    ]);
  } finally {
    sb.site.fields.pop();
  }
});

test("team-managed projects' own fields of one name resolve per project in scope; two in one project block", async () => {
  const { site } = sb;
  const [a, b, c] = ['TMA', 'TMB', 'TMC'].map((key) => site.addProject({ key, name: key, simplified: true }).id) as [
    string,
    string,
    string,
  ];
  const own = (id: string, project: string) =>
    site.fields.push({ id, name: 'Asset tag', custom: true, kind: 'string', project });
  own('customfield_20001', 'TMA');
  own('customfield_20002', 'TMB');
  own('customfield_20003', 'TMC'); // outside the scope
  const byTag = (projects: string[]) =>
    draft((d) => {
      d.scope = { projects };
      d.classification.rules.unshift({
        id: 'tagged',
        when: { fields: [{ field: 'Asset tag', equals: ['HW'] }] },
        serviceType: 'hardwareFault',
      });
    });
  try {
    const inScope = await checked(byTag([SUP, a, b]));
    expect(blocking(inScope)).toEqual([]);
    expect(inScope.resolved.fields['Asset tag']).toEqual(['customfield_20001', 'customfield_20002']);

    const outside = await checked(byTag([SUP]));
    expect(at(outside, 'classification.rules[0].when.fields[0].field')).toEqual([
      {
        path: 'classification.rules[0].when.fields[0].field',
        severity: 'blocking',
        code: 'field-missing',
        message: `No custom field is named "Asset tag"; only team-managed projects outside the scope have one (project ids ${a}, ${b}, ${c}).`,
      },
    ]);

    own('customfield_20004', 'TMA');
    const twice = await checked(byTag([SUP, a, b]));
    expect(blocking(twice)).toEqual([
      {
        path: 'classification.rules[0].when.fields[0].field',
        severity: 'blocking',
        code: 'field-ambiguous',
        message:
          '"Asset tag" names 2 fields of project TMA, customfield_20001 and customfield_20004: rename all but one in that project.',
      },
    ]);
  } finally {
    site.fields.splice(site.fields.findIndex((f) => f.name === 'Asset tag'));
    for (const k of ['TMA', 'TMB', 'TMC']) site.projects.delete(k);
  }
});

test('link types and groups must exist; an account id is a person, not a group', async () => {
  const c = await checked(
    draft((d) => {
      d.problems[0]!.linkType = 'Causes';
      d.escalation.tierTimeout.push({ type: 'notify', to: [{ group: 'support-2' }], text: { en: 'Late', zh: '超时' } });
      d.services[0]!.owner = '5b10ac8d82e05b22cc7d4ef5';
    }),
  );
  expect(blocking(c)).toEqual([
    {
      path: 'problems[0].linkType',
      severity: 'blocking',
      code: 'link-type-missing',
      message: 'No issue link type "Causes" (the site has: Relates, Problem/Incident).',
    },
    {
      path: `escalation.tierTimeout[${ITR_TEMPLATE.escalation.tierTimeout.length}].to[0].group`,
      severity: 'blocking',
      code: 'group-missing',
      message: 'No group "support-2" on the site.',
    },
  ]);
});

test('a field name nothing on the site has blocks and suggests the exact name', async () => {
  const c = await checked(draft((d) => (d.responsibility.supplierField = 'supplier')));
  expect(blocking(c)).toEqual([
    {
      path: 'responsibility.supplierField',
      severity: 'blocking',
      code: 'field-missing',
      message: 'No custom field is named "supplier" (names are exact: did you mean "Supplier"?).',
    },
  ]);
});

test('an invalid document is answered by its shape alone; the site is not read', async () => {
  sb.host.jira.resetCounters();
  const c = await checked({ ...draft(), defaultCalendar: 'nope' });
  expect(c).toEqual({
    findings: [
      {
        path: 'defaultCalendar',
        severity: 'blocking',
        code: 'invalid',
        message: 'unknown calendar "nope" (known: cn-5x8, cn-7x24, erp-peak)',
      },
    ],
    resolved: { fields: {}, groups: {} },
    report: null,
  });
  expect([...sb.host.jira.counters.calls.keys()]).toEqual(['GET /rest/api/3/mypermissions']);
});

test('only Jira administrators may check a configuration', async () => {
  expect(await check(draft(), PEOPLE.agent)).toEqual({
    ok: false,
    error: { code: 'forbidden', message: 'Only Jira administrators can check a configuration against the site.' },
  });
  expect(
    await sb.host.resolve('adminResolver', 'itr-admin', 'admin.checkSetup', {}, { accountId: PEOPLE.admin }),
  ).toMatchObject({
    result: { ok: false, error: { code: 'invalid' } },
  });
});
