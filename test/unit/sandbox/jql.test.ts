// The emulator's JQL: every field and operator on hand-made issues, precedence, quoting, ORDER BY, Jira's
// error messages; and a property that random AND/OR/NOT trees agree with a three-valued reference evaluator.

import fc from 'fast-check';
import {
  compileJql,
  JqlError,
  type JqlIssue,
  type JqlOptions,
  type StatusCategoryKey,
} from '../../../sandbox/jira/jql';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 0, 15, 12, 0);

type PropertyValue = string | number | readonly string[] | PropertyObject;
interface PropertyObject {
  readonly [name: string]: PropertyValue;
}

interface Seed extends Omit<JqlIssue, 'property'> {
  readonly properties?: Readonly<Record<string, PropertyObject>>;
}

const isObject = (value: PropertyValue | undefined): value is PropertyObject =>
  typeof value === 'object' && !Array.isArray(value);

function makeIssue(seed: Seed): JqlIssue {
  return {
    ...seed,
    property(key, path) {
      let value: PropertyValue | undefined = seed.properties?.[key];
      for (const step of path.split('.')) value = isObject(value) ? value[step] : undefined;
      return isObject(value) ? undefined : value;
    },
  };
}

const base: Seed = {
  id: 0,
  key: '',
  project: 'SUP',
  projectId: '10000',
  issuetype: 'Incident',
  status: 'Open',
  statusCategory: 'new',
  priority: null,
  assignee: null,
  reporter: null,
  labels: [],
  components: [],
  resolution: null,
  created: NOW,
  updated: NOW,
  summary: '',
  custom: {},
  changelog: [],
};
const SEEDS: readonly Seed[] = [
  {
    ...base,
    id: 10001,
    key: 'SUP-1',
    priority: 'High',
    assignee: 'u-alice',
    reporter: 'u-bob',
    labels: ['vip', 'erp'],
    components: ['ERP'],
    created: NOW - 3 * DAY,
    updated: NOW - HOUR,
    summary: 'ERP 报表无法导出 / ERP report export fails',
    custom: { customfield_10010: 'Acme', customfield_10020: ['u-bob', 'u-alice'] },
    properties: { itr: { nextCheckAt: 1767225600, grade: 'A', tags: ['sla', 'breach'], sla: { remaining: 5 } } },
  },
  {
    ...base,
    id: 10002,
    key: 'SUP-2',
    issuetype: 'Service Request',
    status: 'In Progress',
    statusCategory: 'indeterminate',
    priority: 'Medium',
    reporter: 'u-alice',
    created: NOW - DAY,
    updated: NOW - 10 * MIN,
    summary: 'Password reset for 王小明',
    changelog: [
      {
        created: NOW - 20 * HOUR,
        author: 'u-bob',
        items: [
          { fieldId: 'status', from: '1', fromString: 'Open', to: '2', toString: 'In Progress' },
          { fieldId: 'assignee', from: null, fromString: null, to: 'u-bob', toString: 'Bob' },
        ],
      },
      {
        created: NOW - 2 * HOUR,
        author: 'u-alice',
        items: [{ fieldId: 'assignee', from: 'u-bob', fromString: 'Bob', to: null, toString: null }],
      },
    ],
    properties: { itr: { nextCheckAt: 1767312000, grade: 'B' } },
  },
  {
    ...base,
    id: 10003,
    key: 'OPS-7',
    project: 'OPS',
    issuetype: 'Problem',
    status: 'Done',
    statusCategory: 'done',
    assignee: 'u-bob',
    reporter: 'u-bob',
    labels: ['Ops'],
    components: ['Network', 'ERP'],
    resolution: 'Fixed',
    created: Date.UTC(2025, 11, 31, 8, 0),
    updated: NOW - 2 * DAY,
    summary: 'Network outage in 上海 office',
  },
  {
    ...base,
    id: 10004,
    key: 'SUP-10',
    status: 'Resolved',
    statusCategory: 'done',
    priority: 'Lowest',
    assignee: 'u-alice',
    labels: ['erp'],
    components: ['ERP'],
    resolution: "Won't Fix",
    created: NOW - 30 * DAY,
    updated: NOW - 20 * DAY,
    summary: 'VPN drops',
    properties: { itr: { grade: '5' } },
  },
];
const ISSUES = SEEDS.map(makeIssue);

const OPTIONS: JqlOptions = {
  now: NOW,
  currentUser: 'u-alice',
  aliases: { itrGrade: { key: 'itr', path: 'grade' }, itrNext: { key: 'itr', path: 'nextCheckAt' } },
  customFields: [
    { id: 'customfield_10010', name: 'Customer', kind: 'option' },
    { id: 'customfield_10020', name: 'Request participants', kind: 'users' },
  ],
  members: (group) => (group === 'support' ? ['u-alice'] : undefined),
};
const search = (jql: string, options = OPTIONS) => {
  const query = compileJql(jql, options);
  return ISSUES.filter((issue) => query.matches(issue))
    .map((issue) => issue.key)
    .sort();
};
const sorted = (jql: string) => {
  const query = compileJql(jql, OPTIONS);
  return [...ISSUES].sort((a, b) => query.compare(a, b)).map((issue) => issue.key);
};
const ALL = ['OPS-7', 'SUP-1', 'SUP-10', 'SUP-2'];

describe('compileJql: fields and operators', () => {
  it.each<[string, string[]]>([
    ['', ALL],
    ['project = SUP', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['PROJECT = sup', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['project != SUP', ['OPS-7']],
    ['project in (OPS, "SUP")', ALL],
    ['project not in (OPS)', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['key = SUP-1', ['SUP-1']],
    ['issuekey = "sup-2"', ['SUP-2']],
    ['key in (SUP-1, OPS-7, 10002)', ['OPS-7', 'SUP-1', 'SUP-2']],
    ['key != SUP-1', ['OPS-7', 'SUP-10', 'SUP-2']],
    ['key > SUP-1', ['SUP-10', 'SUP-2']],
    ['key <= SUP-2', ['SUP-1', 'SUP-2']],
    ['id = 10003', ['OPS-7']],
    ['id >= 10003', ['OPS-7', 'SUP-10']],
    ['id < 10002', ['SUP-1']],
    ['id = OPS-7', ['OPS-7']],
    ['issuetype = Incident', ['SUP-1', 'SUP-10']],
    ['type = "service request"', ['SUP-2']],
    ['issuetype not in (Incident, Problem)', ['SUP-2']],
    ['status = open', ['SUP-1']],
    ['status = "In Progress"', ['SUP-2']],
    ["status in ('Done', Resolved)", ['OPS-7', 'SUP-10']],
    ['status != Done', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['statusCategory = "To Do"', ['SUP-1']],
    ['statusCategory = new', ['SUP-1']],
    ['statuscategory = "in progress"', ['SUP-2']],
    ['statusCategory = indeterminate', ['SUP-2']],
    ['statusCategory in (Done)', ['OPS-7', 'SUP-10']],
    ['statusCategory != done', ['SUP-1', 'SUP-2']],
    ['statusCategory = 3', ['OPS-7', 'SUP-10']],
    ['priority = High', ['SUP-1']],
    ['priority in (high, medium)', ['SUP-1', 'SUP-2']],
    ['priority != High', ['SUP-10', 'SUP-2']], // OPS-7 has no priority: != never matches an empty field
    ['priority is empty', ['OPS-7']],
    ['priority is not empty', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['priority > Medium', ['SUP-1']],
    ['priority >= medium', ['SUP-1', 'SUP-2']],
    ['priority < Medium', ['SUP-10']],
    ['priority <= Lowest', ['SUP-10']],
    ['priority > Unheard', []],
    ['assignee = u-alice', ['SUP-1', 'SUP-10']],
    ['assignee = currentUser()', ['SUP-1', 'SUP-10']],
    ['assignee != currentUser()', ['OPS-7']],
    ['assignee = EMPTY', ['SUP-2']],
    ['assignee = null', ['SUP-2']],
    ['assignee is null', ['SUP-2']],
    ['assignee is not null', ['OPS-7', 'SUP-1', 'SUP-10']],
    ['assignee != EMPTY', ['OPS-7', 'SUP-1', 'SUP-10']],
    ['assignee in (u-bob, EMPTY)', ['OPS-7', 'SUP-2']],
    ['assignee not in (u-bob)', ['SUP-1', 'SUP-10']],
    ['assignee not in (u-bob, EMPTY)', ['SUP-1', 'SUP-10']],
    ['reporter = u-bob', ['OPS-7', 'SUP-1']],
    ['reporter is empty', ['SUP-10']],
    ['reporter = currentUser()', ['SUP-2']],
    ['labels = erp', ['SUP-1', 'SUP-10']],
    ['labels = ops', ['OPS-7']],
    ['labels != erp', ['OPS-7']], // has labels, none of them erp
    ['labels in (vip, Ops)', ['OPS-7', 'SUP-1']],
    ['labels not in (vip, Ops)', ['SUP-10']],
    ['labels is empty', ['SUP-2']],
    ['labels is not empty', ['OPS-7', 'SUP-1', 'SUP-10']],
    ['component = ERP', ['OPS-7', 'SUP-1', 'SUP-10']],
    ['component = network', ['OPS-7']],
    ['component != Network', ['SUP-1', 'SUP-10']],
    ['component is EMPTY', ['SUP-2']],
    ['resolution = Unresolved', ['SUP-1', 'SUP-2']],
    ['resolution = "unresolved"', ['SUP-1', 'SUP-2']],
    ['resolution != Unresolved', ['OPS-7', 'SUP-10']],
    ['resolution is empty', ['SUP-1', 'SUP-2']],
    ['resolution = Fixed', ['OPS-7']],
    ['resolution in (Unresolved, "Won\'t Fix")', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['resolution not in (Unresolved, Fixed)', ['SUP-10']],
    ['resolution != Fixed', ['SUP-10']],
    ['created > -2d', ['SUP-2']],
    ['created >= -3d', ['SUP-1', 'SUP-2']],
    ['created < -1w', ['OPS-7', 'SUP-10']],
    ['created < "-4w 1d"', ['SUP-10']],
    ['created > -48h', ['SUP-2']],
    ['created > -1441m', ['SUP-2']],
    ['created <= now()', ALL],
    ['created > now()', []],
    ['created >= 2026-01-01', ['SUP-1', 'SUP-2']],
    ['created < "2026/01/01"', ['OPS-7', 'SUP-10']],
    ['created = "2025-12-31 08:00"', ['OPS-7']],
    ['created != "2025-12-31 08:00"', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['created in ("2025-12-31 08:00", -1d)', ['OPS-7', 'SUP-2']],
    ['created > "2025-12-31 08:01"', ['SUP-1', 'SUP-2']],
    ['created >= "2025-12-31 08:00"', ['OPS-7', 'SUP-1', 'SUP-2']],
    ['createdDate < 2026-01-01', ['OPS-7', 'SUP-10']],
    ['updated > -1h', ['SUP-2']],
    ['updated >= -1h', ['SUP-1', 'SUP-2']],
    ['updated < -1w', ['SUP-10']],
    ['summary ~ erp', ['SUP-1']],
    ['summary ~ "ERP export"', ['SUP-1']],
    ['summary ~ "export ERP"', ['SUP-1']],
    ['summary ~ "ERP printer"', []],
    ['summary ~ "\\"report export\\""', ['SUP-1']],
    ['summary ~ "\\"export report\\""', []],
    ['summary ~ "exp*"', ['SUP-1']],
    ['summary ~ 报表', ['SUP-1']],
    ['summary ~ "王小明"', ['SUP-2']],
    ["summary ~ '上海'", ['OPS-7']],
    ['summary !~ erp', ['OPS-7', 'SUP-10', 'SUP-2']],
    ['summary is not empty', ALL],
    ['issue.property[itr].nextCheckAt <= 1767225600', ['SUP-1']],
    ['issue.property[itr].nextCheckAt > 1767225600', ['SUP-2']],
    ['issue.property[itr].nextCheckAt < "1767312000"', ['SUP-1']],
    ['issue.property[itr].nextCheckAt = 1767312000', ['SUP-2']],
    ['issue.property[itr].nextCheckAt != 1767312000', ['SUP-1']],
    ['issue.property[itr].nextCheckAt in (1767312000, 1)', ['SUP-2']],
    ['issue.property[itr].nextCheckAt is empty', ['OPS-7', 'SUP-10']],
    ['issue.property[itr].nextCheckAt is not empty', ['SUP-1', 'SUP-2']],
    ['issue.property["itr"].sla.remaining >= 5', ['SUP-1']],
    ['issue.property[itr].sla.remaining > 5', []],
    ['issue.property[itr].grade = A', ['SUP-1']],
    ['issue.property[itr].grade = a', []], // string properties match exactly
    ['issue.property[itr].grade = 5', ['SUP-10']], // equality compares a string value with the operand's text
    ['issue.property[itr].grade <= 5', []], // a string value never orders against a number
    ['issue.property[itr].grade > 5', []],
    ['issue.property[itr].grade <= "5"', ['SUP-10']], // quoted: strings compare as strings
    ['issue.property[itr].grade < B', ['SUP-1', 'SUP-10']],
    ['issue.property[itr].grade not in (A, B)', ['SUP-10']],
    ['issue.property[itr].tags = sla', ['SUP-1']],
    ['issue.property[itr].tags != sla', []],
    ['issue.property[itr].tags != other', ['SUP-1']],
    ['issue.property[itr].tags in (x, breach)', ['SUP-1']],
    ['issue.property[itr].tags is empty', ['OPS-7', 'SUP-10', 'SUP-2']],
    ['issue.property[itr].grade ~ a', ['SUP-1']],
    ['issue.property[other].grade is empty', ALL],
    ['itrGrade = B', ['SUP-2']],
    ['ITRGRADE in (A, B)', ['SUP-1', 'SUP-2']],
    ['itrNext <= 1767225600', ['SUP-1']],
    ['cf[10010] = acme', ['SUP-1']],
    ['customfield_10010 = Acme', ['SUP-1']],
    ['Customer in (Acme, Other)', ['SUP-1']],
    ['"Request participants" = currentUser()', ['SUP-1']],
    ['cf[10020] in membersOf(support)', ['SUP-1']],
    ['"Customer" is empty', ['OPS-7', 'SUP-10', 'SUP-2']],
    ['assignee in membersOf(support)', ['SUP-1', 'SUP-10']],
    ['assignee not in membersOf("support")', ['OPS-7']],
    ['created >= startOfDay(-1)', ['SUP-2']],
    ['created >= startOfDay("-1d")', ['SUP-2']],
    ['created >= startOfWeek()', ['SUP-1', 'SUP-2']], // weeks start on Monday, 2026-01-12
    ['created < startOfMonth()', ['OPS-7', 'SUP-10']],
    ['created >= startOfMonth(-1)', ALL],
    ['status = a\u3000b', []], // a full-width space is part of a word, as in Jira
    ['status in (Open, (Done))', ['OPS-7', 'SUP-1']], // nested lists flatten
    ['issue.property[itr] = 1', []], // a property without a path: valid, and nothing indexed there
  ])('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });

  it('currentUser() matches nobody without a current user', () => {
    expect(search('assignee = currentUser()', { now: NOW })).toEqual([]);
    expect(search('assignee = currentUser()', { now: NOW, currentUser: null })).toEqual([]);
  });

  it('relative dates count from options.now', () => {
    expect(search('created > -2d', { now: NOW + 2 * DAY })).toEqual([]);
    expect(search('updated >= -1h', { now: NOW + 50 * MIN })).toEqual(['SUP-2']);
  });
});

describe('compileJql: logic and syntax', () => {
  it.each<[string, string[]]>([
    ['project = SUP AND assignee = u-alice', ['SUP-1', 'SUP-10']],
    ['project = OPS OR priority = Medium', ['OPS-7', 'SUP-2']],
    // AND binds tighter than OR; NOT tighter than AND
    ['project = OPS OR project = SUP AND priority = High', ['OPS-7', 'SUP-1']],
    ['(project = OPS OR project = SUP) AND priority = High', ['SUP-1']],
    ['NOT project = SUP AND status = Done', ['OPS-7']],
    ['NOT (project = SUP AND statusCategory = Done)', ['OPS-7', 'SUP-1', 'SUP-2']],
    ['not project = OPS or labels = Ops', ['OPS-7', 'SUP-1', 'SUP-10', 'SUP-2']],
    ['NOT NOT project = OPS', ['OPS-7']],
    ['((project = OPS))', ['OPS-7']],
    ['project = SUP && priority = high || labels = ops', ['OPS-7', 'SUP-1']],
    ['!project = SUP', ['OPS-7']],
    ['project = SUP & assignee = u-alice | key = OPS-7', ['OPS-7', 'SUP-1', 'SUP-10']],
    // NOT flips the clause's operator as Jira does, so empties match neither a clause nor its negation
    ['NOT assignee = u-bob', ['SUP-1', 'SUP-10']],
    ['NOT priority > Medium', ['SUP-10', 'SUP-2']],
    ['NOT labels in (vip)', ['OPS-7', 'SUP-10']],
    ['NOT assignee is empty', ['OPS-7', 'SUP-1', 'SUP-10']],
    ['NOT (assignee = u-bob OR priority = Medium)', ['SUP-1', 'SUP-10']],
    ['NOT resolution = Unresolved', ['OPS-7', 'SUP-10']],
    ['NOT summary ~ erp', ['OPS-7', 'SUP-10', 'SUP-2']],
    ['project = SUP and Status = OPEN Or KEY = OPS-7', ['OPS-7', 'SUP-1']],
    ['project\n=\tSUP\nAND priority = High', ['SUP-1']],
    ['summary ~ "ERP 报表"', ['SUP-1']],
    ["summary ~ '报表无法导出'", ['SUP-1']],
    ['summary ~ 王小明 OR summary ~ "上海"', ['OPS-7', 'SUP-2']],
    ['labels = "vip"', ['SUP-1']],
    ["labels = 'vip'", ['SUP-1']],
    ['summary ~ "\\u62a5\\u8868"', ['SUP-1']], // 报表 as unicode escapes
    ['status = "In\\u0020Progress"', ['SUP-2']],
    ['resolution = "Won\'t Fix"', ['SUP-10']],
    ["resolution = 'Won\\'t Fix'", ['SUP-10']],
    ['status = In\\ Progress', ['SUP-2']],
    ['issuetype = "AND"', []], // a quoted keyword is a value
    ['ORDER BY created', ALL],
  ])('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });
});

describe('compileJql: WAS and CHANGED read the changelog', () => {
  it.each<[string, string[]]>([
    ['status was Open', ['SUP-1', 'SUP-2']],
    ['status was "In Progress"', ['SUP-2']],
    ['status was Open before -21h', ['SUP-1', 'SUP-2']],
    ['status was Open after -2h', ['SUP-1']],
    ['status was Open during (-30h, -21h)', ['SUP-1', 'SUP-2']],
    ['status was Open on -1d', ['SUP-1', 'SUP-2']],
    ['status was not Open', ['OPS-7', 'SUP-10']],
    ['NOT status was Open', ['OPS-7', 'SUP-10']],
    ['status was in (Done, Resolved)', ['OPS-7', 'SUP-10']],
    ['status was not in (Open, Done)', ['SUP-10']],
    ['assignee was u-bob', ['OPS-7', 'SUP-2']],
    ['assignee was u-bob by u-bob', ['OPS-7', 'SUP-2']], // OPS-7's assignee counts as set by its reporter
    ['assignee was EMPTY', ['SUP-2']],
    ['assignee was currentUser()', ['SUP-1', 'SUP-10']],
    ['priority was High', ['SUP-1']],
    ['status changed', ['SUP-2']],
    ['status changed from Open to "In Progress" by u-bob after -1d', ['SUP-2']],
    ['status changed to Done', []],
    ['assignee changed by currentUser()', ['SUP-2']],
    ['assignee changed from u-bob to EMPTY before now()', ['SUP-2']],
    ['NOT status changed', ['OPS-7', 'SUP-1', 'SUP-10']],
  ])('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });
});

describe('compileJql: ORDER BY', () => {
  it.each<[string, string[]]>([
    ['', ['SUP-2', 'SUP-1', 'OPS-7', 'SUP-10']], // created DESC
    ['order by created', ['SUP-10', 'OPS-7', 'SUP-1', 'SUP-2']],
    ['ORDER BY created DESC', ['SUP-2', 'SUP-1', 'OPS-7', 'SUP-10']],
    ['ORDER BY updated asc', ['SUP-10', 'OPS-7', 'SUP-1', 'SUP-2']],
    ['ORDER BY id DESC', ['SUP-10', 'OPS-7', 'SUP-2', 'SUP-1']],
    ['ORDER BY key', ['OPS-7', 'SUP-1', 'SUP-2', 'SUP-10']], // by project, then number
    ['ORDER BY priority DESC', ['OPS-7', 'SUP-1', 'SUP-2', 'SUP-10']], // empty sorts as greatest
    ['ORDER BY priority ASC', ['SUP-10', 'SUP-2', 'SUP-1', 'OPS-7']],
    ['ORDER BY statusCategory, key DESC', ['SUP-1', 'SUP-2', 'SUP-10', 'OPS-7']],
    ['ORDER BY status', ['OPS-7', 'SUP-2', 'SUP-1', 'SUP-10']],
    ['ORDER BY assignee, created', ['SUP-10', 'SUP-1', 'OPS-7', 'SUP-2']],
    ['ORDER BY project DESC, created DESC', ['SUP-2', 'SUP-1', 'SUP-10', 'OPS-7']],
    ['ORDER BY summary', ['SUP-1', 'OPS-7', 'SUP-2', 'SUP-10']], // case-insensitive: ERP…, Network…, Password…, VPN…
    ['ORDER BY issue.property[itr].nextCheckAt DESC', ['SUP-10', 'OPS-7', 'SUP-2', 'SUP-1']], // empties first, tie by id DESC
    ['ORDER BY itrGrade', ['SUP-10', 'SUP-1', 'SUP-2', 'OPS-7']],
    ['ORDER BY labels', ['SUP-10', 'SUP-1', 'OPS-7', 'SUP-2']], // sorted label lists: [erp] < [erp, vip] < [ops] < none
    ['ORDER BY resolution, id', ['OPS-7', 'SUP-10', 'SUP-1', 'SUP-2']],
    ['project = SUP ORDER BY component, key', ['SUP-1', 'SUP-10', 'SUP-2']],
  ])('%s', (jql, expected) => {
    const found = compileJql(jql, OPTIONS);
    expect(sorted(jql).filter((key) => found.matches(ISSUES.find((issue) => issue.key === key)!))).toEqual(expected);
  });
});

describe('compileJql: errors', () => {
  it.each<[string, string]>([
    ['foo = 1', "Field 'foo' does not exist or you do not have permission to view it."],
    ['project = SUP ORDER BY foo', "Field 'foo' does not exist or you do not have permission to view it."],
    ['cf[99999] = x', "Field 'cf[99999]' does not exist or you do not have permission to view it."],
    [
      'cf[10001].x = 1',
      "Error in the JQL Query: Expecting operator but got '.x'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 10)",
    ],
    [
      'invalid query',
      "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    ],
    [
      'status in (Open, Done',
      "Error in the JQL Query: Expecting either ')' or ',' before the end of the query. (line 1, character 22)",
    ],
    ['(status = Open', "Error in the JQL Query: Expecting ')' before the end of the query. (line 1, character 15)"],
    ['status = Open)', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'. (line 1, character 14)"],
    [
      'status = Open status = Done',
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)",
    ],
    [
      'status =',
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query. (line 1, character 9)',
    ],
    [
      'status = AND',
      "Error in the JQL Query: Expecting either a value, list or function but got 'AND'. You must surround 'AND' in quotation marks to use it as a value. (line 1, character 10)",
    ],
    [
      'project = SUP AND\nstatus',
      "Error in the JQL Query: Expecting operator before the end of the query. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 2, character 7)",
    ],
    [
      'project = SUP AND',
      'Error in the JQL Query: Expecting a field name at the end of the query. (line 1, character 18)',
    ],
    [
      'status = "Open',
      "Error in the JQL Query: The quoted string 'Open' has not been completed. (line 1, character 10)",
    ],
    [
      "status = 'Open",
      "Error in the JQL Query: The quoted string 'Open' has not been completed. (line 1, character 10)",
    ],
    ['status = "', 'Error in the JQL Query: The quoted string has not been completed. (line 1, character 10)'],
    ['project = SUP ORDER created', "Error in the JQL Query: Expecting 'by' but got 'created'. (line 1, character 21)"],
    [
      'ORDER BY created DESC created',
      "Error in the JQL Query: Expecting ',' but got 'created'. (line 1, character 23)",
    ],
    [
      'ORDER BY created blah',
      "Error in the JQL Query: Expecting either 'ASC' or 'DESC' but got 'blah'. (line 1, character 18)",
    ],
    [
      'status in ()',
      "Error in the JQL Query: Expecting either a value, list or function but got ')'. You must surround ')' in quotation marks to use it as a value. (line 1, character 12)",
    ],
    ['status in Open', "Error in the JQL Query: Expecting '(' before the end of the query. (line 1, character 15)"],
    [
      'status = (Open, Done)',
      "Error in the JQL Query: Expecting either a value, list or function but got '('. You must surround '(' in quotation marks to use it as a value. (line 1, character 10)",
    ],
    ['status is Open', "Error in the JQL Query: Expecting 'EMPTY' but got 'Open'. (line 1, character 11)"],
    [
      'created > EMPTY',
      "Error in the JQL Query: Expecting either a value, list or function but got 'EMPTY'. You must surround 'EMPTY' in quotation marks to use it as a value. (line 1, character 11)",
    ],
    ['summary = x', "The operator '=' is not supported by the 'summary' field."],
    ['status ~ x', "The operator '~' is not supported by the 'status' field."],
    ['labels > x', "The operator '>' is not supported by the 'labels' field."],
    ['summary was x', "The operator 'was' is not supported by the 'summary' field."],
    ['labels changed', "The operator 'changed' is not supported by the 'labels' field."],
    ['summary ~ ""', "The field 'summary' does not support searching for an empty string."],
    ['summary ~ EMPTY', "Operator '~' does not support searching for EMPTY values for field 'summary'."],
    ['created > foo()', "Unable to find JQL function 'foo()'."],
    ['assignee = now()', "A value provided by the function 'now' is invalid for the field 'assignee'."],
    ['status = currentUser()', "A value provided by the function 'currentUser' is invalid for the field 'status'."],
    ['created > now(1)', "Function 'now' expected '0' arguments but received '1'."],
    ['assignee in membersOf()', "Function 'membersOf' expected '1' arguments but received '0'."],
    [
      'assignee in membersOf("nobody")',
      "Function 'membersOf' can not generate a list of usernames for group 'nobody'; the group does not exist.",
    ],
    [
      'created > startOfDay(x)',
      "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.",
    ],
    [
      'created > startOfMonth(1, 2)',
      "Function 'startOfMonth' expected between '0' and '1' arguments but received '2'.",
    ],
    ['status = ""()', 'A function name cannot be empty.'],
    [
      'created > yesterday',
      "Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
    [
      'created > "2026-02-30"',
      "Date value '2026-02-30' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
    ['statusCategory = Blocked', "The value 'Blocked' does not exist for the field 'statusCategory'."],
    ['key = SUP', "The issue key 'SUP' for field 'key' is invalid."],
    [
      'status = "a\\u12"',
      "Error in the JQL Query: '\\u12\"' is an illegal JQL escape sequence. The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line 1, character 12)",
    ],
    [
      'status = "a\\qb"',
      "Error in the JQL Query: '\\q' is an illegal JQL escape sequence. The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line 1, character 12)",
    ],
    [
      'status = a\\qb',
      "Error in the JQL Query: '\\q' is an illegal JQL escape sequence. The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line 1, character 11)",
    ],
    [
      'summary ~ "a\tb"',
      "Error in the JQL Query: The character 'U+0009' on line 1 at position 13 must be escaped. Use the escape '\\u0009' instead. (line 1, character 13)",
    ],
    [
      'status = Open\u007f',
      "Error in the JQL Query: The character 'U+007F' on line 1 at position 14 must be escaped. Use the escape '\\u007f' instead. (line 1, character 14)",
    ],
    ["'' = c", 'A field name cannot be empty.'],
    [
      'labels = select',
      "Error in the JQL Query: 'select' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 10)",
    ],
    [
      'summary ~ exp*',
      "Error in the JQL Query: The character '*' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002a' instead. (line 1, character 14)",
    ],
    [
      'created >= 2026/01/01',
      "Error in the JQL Query: The character '/' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002f' instead. (line 1, character 16)",
    ],
    [
      'assignee = user@example.com',
      "Error in the JQL Query: 'user' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 12)",
    ],
    [
      ', a = b',
      "Error in the JQL Query: Expecting a field name but got ','. You must surround ',' in quotation marks to use it as a field name. (line 1, character 1)",
    ],
    [
      '[x] = a',
      "Error in the JQL Query: Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 1)",
    ],
    ['order by a desc d', "Error in the JQL Query: Expecting ',' but got 'd'. (line 1, character 17)"],
    [
      'a = f(x,',
      'Error in the JQL Query: Expecting a function argument at the end of the query. (line 1, character 9)',
    ],
    [
      'cf[',
      'Error in the JQL Query: Expecting a custom field id (a positive number) before the end of the query. (line 1, character 4)',
    ],
    ['cf[1', "Error in the JQL Query: Expecting ']' before the end of the query. (line 1, character 5)"],
    ['a not is empty', "Error in the JQL Query: Expecting 'IN' but got 'is'. (line 1, character 7)"],
    ['status changed before (-1d, -2d)', 'The BEFORE predicate must be supplied with only 1 date value.'],
    ['status was Open during (-1d)', 'The DURING predicate must be supplied with exactly 2 date values.'],
    [
      'status changed after "20/12/10"',
      "Date value '20/12/10' for predicate 'after' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
  ])('%s', (jql, message) => {
    expect(() => compileJql(jql, OPTIONS)).toThrow(new JqlError(message));
  });

  it('throws JqlError instances', () => {
    expect(() => compileJql('foo = 1', OPTIONS)).toThrow(JqlError);
  });
});

// ---- Property: compiled queries agree with a reference evaluator over random issues and random trees ----

/**
 * The reference reads NOT, AND and OR in three-valued (Kleene) logic: a clause on an empty field is unknown
 * unless it asks about emptiness, and an issue matches when the whole query is true. That is equivalent to
 * Jira's push-NOT-down-and-flip-operators reading, which the compiler implements.
 */
type Tri = boolean | undefined;
const not3 = (value: Tri): Tri => (value === undefined ? undefined : !value);
const and3 = (values: Tri[]): Tri => (values.includes(false) ? false : values.includes(undefined) ? undefined : true);
const or3 = (values: Tri[]): Tri => (values.includes(true) ? true : values.includes(undefined) ? undefined : false);

type FieldName =
  | 'project'
  | 'status'
  | 'statusCategory'
  | 'priority'
  | 'assignee'
  | 'labels'
  | 'component'
  | 'resolution'
  | 'created'
  | 'summary'
  | 'num'
  | 'str'
  | 'tags';
interface Literal {
  readonly text: string;
  readonly quoted: boolean;
  readonly fn?: 'now' | 'currentUser';
}
const EMPTY_LITERAL: Literal = { text: 'EMPTY', quoted: false };
type PositiveOp = '=' | 'in' | '<' | '<=' | 'is' | '~';
interface ClauseNode {
  readonly kind: 'clause';
  readonly field: FieldName;
  readonly op: string;
  readonly values: readonly Literal[];
}
type Node =
  | ClauseNode
  | { readonly kind: 'and' | 'or'; readonly children: readonly Node[] }
  | { readonly kind: 'not'; readonly child: Node };

const CATEGORY: Readonly<Record<string, StatusCategoryKey>> = {
  'to do': 'new',
  new: 'new',
  'in progress': 'indeterminate',
  indeterminate: 'indeterminate',
  done: 'done',
};
const CURRENT_USER = 'u-2';
const PRIORITIES = ['lowest', 'low', 'medium', 'high', 'highest'];
const FIELD_TEXT: Readonly<Record<FieldName, string>> = {
  project: 'project',
  status: 'status',
  statusCategory: 'statusCategory',
  priority: 'priority',
  assignee: 'assignee',
  labels: 'labels',
  component: 'component',
  resolution: 'resolution',
  created: 'created',
  summary: 'summary',
  num: 'issue.property[itr].n',
  str: 'itrStr',
  tags: 'issue.property[itr].tags',
};

function referenceValues(issue: JqlIssue, field: FieldName): readonly (string | number)[] {
  const one = (value: string | number | null) => (value === null ? [] : [value]);
  const property = (path: string) => {
    const value = issue.property('itr', path);
    return value === undefined ? [] : typeof value === 'object' ? value : [value];
  };
  switch (field) {
    case 'project':
      return [issue.project];
    case 'status':
      return [issue.status];
    case 'statusCategory':
      return [issue.statusCategory];
    case 'priority':
      return one(issue.priority);
    case 'assignee':
      return one(issue.assignee);
    case 'labels':
      return issue.labels;
    case 'component':
      return issue.components;
    case 'resolution':
      return one(issue.resolution);
    case 'created':
      return [issue.created];
    case 'summary':
      return [issue.summary];
    case 'num':
      return property('n');
    case 'str':
      return property('s');
    case 'tags':
      return property('tags');
  }
}

function literalMeansEmpty(field: FieldName, literal: Literal): boolean {
  return literal === EMPTY_LITERAL || (field === 'resolution' && literal.text.toLowerCase() === 'unresolved');
}

/** value − literal for ordering, or undefined when they do not compare. */
function referenceCompare(field: FieldName, value: string | number, literal: Literal): number | undefined {
  switch (field) {
    case 'priority': {
      const a = PRIORITIES.indexOf(String(value).toLowerCase());
      const b = PRIORITIES.indexOf(literal.text.toLowerCase());
      return a < 0 || b < 0 ? undefined : a - b;
    }
    case 'created': {
      const at =
        literal.fn === 'now'
          ? NOW
          : literal.text.startsWith('-')
            ? NOW - Number(literal.text.slice(1, -1)) * DAY
            : Date.parse(`${literal.text}T00:00:00Z`);
      return (value as number) - at;
    }
    case 'num':
      return /^\d+$/.test(literal.text) ? (value as number) - Number(literal.text) : undefined;
    case 'str':
      if (!literal.quoted && /^\d+$/.test(literal.text)) return undefined;
      return String(value) < literal.text ? -1 : String(value) > literal.text ? 1 : 0;
    default:
      return undefined;
  }
}

function referenceEquals(field: FieldName, value: string | number, literal: Literal): boolean {
  switch (field) {
    case 'statusCategory':
      return value === CATEGORY[literal.text.toLowerCase()];
    case 'assignee':
      return value === (literal.fn === 'currentUser' ? CURRENT_USER : literal.text);
    case 'created':
    case 'num':
      return referenceCompare(field, value, literal) === 0;
    case 'str':
    case 'tags':
      return value === literal.text;
    default:
      return String(value).toLowerCase() === literal.text.toLowerCase();
  }
}

function referenceClause(issue: JqlIssue, clause: ClauseNode): Tri {
  const NEGATIVE: Readonly<Record<string, PositiveOp>> = {
    '!=': '=',
    'not in': 'in',
    '>=': '<',
    '>': '<=',
    'is not': 'is',
    '!~': '~',
  };
  const positive = NEGATIVE[clause.op];
  if (positive) return not3(referenceClause(issue, { ...clause, op: positive }));
  const values = referenceValues(issue, clause.field);
  const literal = clause.values[0]!;
  switch (clause.op as PositiveOp) {
    case 'is':
      return values.length === 0;
    case '=':
    case 'in':
      if (values.length === 0) return clause.values.some((v) => literalMeansEmpty(clause.field, v)) ? true : undefined;
      return values.some((value) =>
        clause.values.some((v) => !literalMeansEmpty(clause.field, v) && referenceEquals(clause.field, value, v)),
      );
    case '<':
    case '<=': {
      if (values.length === 0) return undefined;
      const sign = referenceCompare(clause.field, values[0]!, literal);
      return sign === undefined ? undefined : clause.op === '<' ? sign < 0 : sign <= 0;
    }
    case '~':
      return values.some((value) => String(value).toLowerCase().includes(literal.text.toLowerCase()));
  }
}

function reference(issue: JqlIssue, node: Node): Tri {
  switch (node.kind) {
    case 'clause':
      return referenceClause(issue, node);
    case 'not':
      return not3(reference(issue, node.child));
    case 'and':
      return and3(node.children.map((child) => reference(issue, child)));
    case 'or':
      return or3(node.children.map((child) => reference(issue, child)));
  }
}

/** A value written bare or in either quote style, keeping what the reference must know (bare numbers differ). */
const written = (texts: readonly string[], mayBeBare = (text: string) => /^[\w\-.\u4e00-\u9fff]+$/.test(text)) =>
  fc
    .constantFrom(...texts)
    .chain((text) =>
      mayBeBare(text)
        ? fc.constantFrom<Literal>({ text, quoted: false }, { text, quoted: true })
        : fc.constant<Literal>({ text, quoted: true }),
    );

const EQUALITY_OPS = ['=', '!=', 'in', 'not in'];
const EMPTY_OPS = ['is', 'is not'];
const ORDER_OPS = ['<', '<=', '>', '>='];
const FIELD_SPECS: readonly { field: FieldName; ops: readonly string[]; values: fc.Arbitrary<Literal> }[] = [
  { field: 'project', ops: EQUALITY_OPS, values: written(['SUP', 'ops', 'Other']) },
  { field: 'status', ops: EQUALITY_OPS, values: written(['Open', 'open', 'In Progress', 'Done']) },
  {
    field: 'statusCategory',
    ops: EQUALITY_OPS,
    values: written(['To Do', 'new', 'In Progress', 'indeterminate', 'Done', 'done']),
  },
  {
    field: 'priority',
    ops: [...EQUALITY_OPS, ...EMPTY_OPS, ...ORDER_OPS],
    values: written(['Highest', 'high', 'Medium', 'LOW']),
  },
  {
    field: 'assignee',
    ops: [...EQUALITY_OPS, ...EMPTY_OPS],
    values: fc.oneof(
      written(['u-1', 'u-2', 'u-3']),
      fc.constant<Literal>({ text: 'currentUser()', quoted: false, fn: 'currentUser' }),
    ),
  },
  { field: 'labels', ops: [...EQUALITY_OPS, ...EMPTY_OPS], values: written(['a', 'B', 'c']) },
  { field: 'component', ops: [...EQUALITY_OPS, ...EMPTY_OPS], values: written(['ERP', 'net', '网络']) },
  {
    field: 'resolution',
    ops: [...EQUALITY_OPS, ...EMPTY_OPS],
    values: written(['Fixed', 'Duplicate', 'Unresolved', "Won't Fix"]),
  },
  {
    field: 'created',
    ops: [...ORDER_OPS, '=', '!='],
    values: fc.oneof(
      written(['-1d', '-3d', '2026-01-10', '2026-01-14']),
      fc.constant<Literal>({ text: 'now()', quoted: false, fn: 'now' }),
    ),
  },
  { field: 'summary', ops: ['~', '!~'], values: written(['erp', 'JAM', '报表', '打印']) },
  { field: 'num', ops: [...EQUALITY_OPS, ...EMPTY_OPS, ...ORDER_OPS], values: written(['1', '5', '10']) },
  { field: 'str', ops: [...EQUALITY_OPS, ...EMPTY_OPS, ...ORDER_OPS], values: written(['a', 'b', '5']) },
  { field: 'tags', ops: [...EQUALITY_OPS, ...EMPTY_OPS], values: written(['x', 'y', 'sla']) },
];

const clauseArb: fc.Arbitrary<ClauseNode> = fc.constantFrom(...FIELD_SPECS).chain(({ field, ops, values }) =>
  fc.constantFrom(...ops).chain((op): fc.Arbitrary<ClauseNode> => {
    const withEmpty =
      field === 'created' || field === 'summary'
        ? values
        : fc.oneof({ arbitrary: values, weight: 4 }, { arbitrary: fc.constant(EMPTY_LITERAL), weight: 1 });
    if (op === 'is' || op === 'is not') return fc.constant({ kind: 'clause', field, op, values: [EMPTY_LITERAL] });
    if (op === 'in' || op === 'not in')
      return fc
        .array(withEmpty, { minLength: 1, maxLength: 3 })
        .map((list) => ({ kind: 'clause', field, op, values: list }));
    return (op === '=' || op === '!=' ? withEmpty : values).map((value) => ({
      kind: 'clause',
      field,
      op,
      values: [value],
    }));
  }),
);

const treeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    clauseArb,
    fc.record({ kind: fc.constant('not' as const), child: tie('node') }),
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }),
    }),
  ),
})).node;

function renderLiteral(literal: Literal, quote: string): string {
  if (literal === EMPTY_LITERAL || literal.fn || !literal.quoted) return literal.text;
  return quote + literal.text.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote;
}

/** JQL text with the fewest parentheses precedence allows, keywords in any case, either quote style. */
function render(node: Node, style: { lower: boolean; quote: string; symbols: boolean }, parent = 0): string {
  const keyword = (text: string) => (style.lower ? text.toLowerCase() : text);
  const wrap = (text: string, precedence: number) => (precedence < parent ? `(${text})` : text);
  switch (node.kind) {
    case 'clause': {
      const values = node.values.map((value) => renderLiteral(value, style.quote));
      const operand = node.op === 'in' || node.op === 'not in' ? `(${values.join(', ')})` : values[0]!;
      return `${FIELD_TEXT[node.field]} ${keyword(node.op.toUpperCase())} ${operand}`;
    }
    case 'not':
      return wrap(`${style.symbols ? '!' : `${keyword('NOT')} `}${render(node.child, style, 3)}`, 3);
    case 'and':
      return wrap(
        node.children.map((child) => render(child, style, 2)).join(style.symbols ? ' && ' : ` ${keyword('AND')} `),
        2,
      );
    case 'or':
      return wrap(
        node.children.map((child) => render(child, style, 1)).join(style.symbols ? ' || ' : ` ${keyword('OR')} `),
        1,
      );
  }
}

const issueArb: fc.Arbitrary<JqlIssue> = fc
  .record({
    id: fc.integer({ min: 1, max: 1000 }),
    project: fc.constantFrom('SUP', 'OPS'),
    status: fc.constantFrom(
      ['Open', 'new'] as const,
      ['In Progress', 'indeterminate'] as const,
      ['Done', 'done'] as const,
    ),
    priority: fc.constantFrom(null, 'Highest', 'High', 'Medium', 'Low', 'Lowest', 'Custom'),
    assignee: fc.constantFrom(null, 'u-1', 'u-2', 'u-3'),
    labels: fc.subarray(['a', 'b', 'B', 'c']),
    components: fc.subarray(['ERP', 'Net', '网络']),
    resolution: fc.constantFrom(null, 'Fixed', 'Duplicate', "Won't Fix"),
    created: fc.constantFrom(
      NOW,
      NOW - DAY,
      NOW - 2 * DAY,
      NOW - 3 * DAY,
      Date.UTC(2026, 0, 10),
      Date.UTC(2026, 0, 14, 6),
    ),
    summary: fc.constantFrom('ERP down', 'Printer jam', '报表 错误', '打印机卡纸 JAM'),
    n: fc.constantFrom(undefined, 1, 5, 7, 10),
    s: fc.constantFrom(undefined, 'a', 'b', 'B', '5', '10'),
    tags: fc.option(fc.subarray(['x', 'y', 'sla']), { nil: undefined }),
  })
  .map(({ id, project, status, n, s, tags, ...rest }) =>
    makeIssue({
      ...base,
      ...rest,
      id,
      key: `${project}-${id}`,
      project,
      status: status[0],
      statusCategory: status[1],
      properties: {
        itr: {
          ...(n === undefined ? {} : { n }),
          ...(s === undefined ? {} : { s }),
          ...(tags === undefined ? {} : { tags }),
        },
      },
    }),
  );

describe('compileJql (property)', () => {
  it('random AND/OR/NOT trees agree with the three-valued reference', () => {
    const options: JqlOptions = {
      ...OPTIONS,
      currentUser: CURRENT_USER,
      aliases: { itrStr: { key: 'itr', path: 's' } },
    };
    fc.assert(
      fc.property(
        treeArb,
        fc.array(issueArb, { minLength: 1, maxLength: 8 }),
        fc.record({ lower: fc.boolean(), quote: fc.constantFrom('"', "'"), symbols: fc.boolean() }),
        (tree, issues, style) => {
          const jql = render(tree, style);
          const query = compileJql(jql, options);
          for (const issue of issues) {
            const expected = reference(issue, tree) === true;
            if (query.matches(issue) !== expected) throw new Error(`${jql} on ${issue.key}: expected ${expected}`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('compare is a total order consistent with itself', () => {
    const fields = ['priority', 'created', 'labels', 'issue.property[itr].n', 'itrStr', 'key', 'assignee', 'status'];
    const options: JqlOptions = { ...OPTIONS, aliases: { itrStr: { key: 'itr', path: 's' } } };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.array(issueArb, { minLength: 2, maxLength: 10 }),
        (keys, desc, issues) => {
          const query = compileJql(
            `ORDER BY ${keys.map((key, i) => `${key}${desc[i] ? ' DESC' : ''}`).join(', ')}`,
            options,
          );
          const compare = (a: JqlIssue, b: JqlIssue) => query.compare(a, b);
          for (const a of issues) {
            expect(compare(a, a)).toBe(0);
            for (const b of issues) {
              expect(Math.sign(compare(a, b)) + Math.sign(compare(b, a))).toBe(0);
              for (const c of issues)
                if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThanOrEqual(0);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
