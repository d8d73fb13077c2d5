// A corpus of JQL, valid and invalid, on which the emulator must accept exactly what Atlassian's grammar accepts:
// a query the grammar refuses gets a syntax error ("Error in the JQL Query: …"), and one it accepts never does
// (it may still be refused for a field, function, operator or value, as Jira refuses them).

import { JastBuilder } from '@atlassianlabs/jql-ast';
import { compileJql, JqlError, type JqlOptions } from '../../../sandbox/jira/jql';

const OPTIONS: JqlOptions = {
  now: Date.UTC(2026, 0, 15, 12, 0),
  currentUser: 'u-alice',
  aliases: { itrGrade: { key: 'itr', path: 'grade' }, itrNextCheckAt: { key: 'itr', path: 'nextCheckAt' } },
  customFields: [{ id: 'customfield_10010', name: 'Customer', kind: 'option' }],
  members: (group) => (group === 'support' ? ['u-alice'] : undefined),
};

/** Whole queries: what the app and agents send, the examples, and hand-made mistakes. */
const QUERIES = [
  'issue.property[itr].nextCheckAt <= 1767225600 ORDER BY issue.property[itr].nextCheckAt ASC',
  'statusCategory != Done ORDER BY created ASC',
  'updated >= "-65m" ORDER BY updated ASC',
  'itrGrade = A AND itrNextCheckAt < 1767225600',
  'project = SUP AND assignee = currentUser() AND statusCategory != Done ORDER BY priority DESC, created',
  'project in (SUP, OPS) AND (labels = vip OR priority >= High) AND NOT status = Done',
  'assignee in membersOf("support") AND resolution = Unresolved',
  'assignee in membersOf(support)',
  'cf[10010] = Acme',
  'customfield_10010 in (Acme, "Beta 公司")',
  'status was "In Progress" by currentUser() after startOfWeek(-1)',
  'status changed from Open to Done during (startOfMonth(-1), now())',
  'assignee was not in (u-bob, EMPTY) before -1d',
  'priority changed after -1w',
  'created >= startOfDay(-7) AND created < startOfDay()',
  'summary ~ "报表 导出" AND summary !~ 打印',
  'summary ~ 王小明 OR summary ~ "上海　办公室"',
  'status = 处理中',
  'status = "In　Progress"',
  'status = In\u3000Progress',
  'labels = 标签　一',
  'project = SUP\u3000AND status = Open',
  'project = SUP && status = Open || !labels = x',
  'issue.property[itr] = 1',
  'status in (Open, (Done, Closed))',
  'key in (SUP-1, SUP-2) ORDER BY key',
  'status = "a\\u0020b" AND labels = "it\'s"',
  "resolution = 'Won\\'t Fix'",
  'status = In\\ Progress',
  'status = "tab\\there"',
  'summary ~ "\\"exact phrase\\""',
  'labels = select',
  'labels = "select"',
  'summary ~ exp*',
  'summary ~ "exp*"',
  'created >= 2026/01/01',
  'created >= "2026/01/01"',
  'created >= 2026-01-01',
  'assignee = user@example.com',
  'assignee = "user@example.com"',
  'status = AND',
  'status = "AND"',
  'status = order',
  'status = "a\\qb"',
  'status = "a\\u12"',
  'status = a\\qb',
  'summary ~ "a\tb"',
  'summary ~ "a\u0001b"',
  'status = Open\u007f',
  'status = "Open',
  "status = 'Open",
  'status =',
  'status',
  'status Open',
  'status in Open',
  'status in ()',
  'status = (Open, Done)',
  'status is Open',
  'status is not empty',
  'status is !empty',
  'created > EMPTY',
  'created > (1, 2)',
  'status = Open)',
  '(status = Open',
  'status = Open status = Done',
  'project = SUP AND',
  'project = SUP OR',
  'NOT',
  'ORDER BY',
  'ORDER BY created DESC created',
  'ORDER BY created blah',
  'project = SUP ORDER created',
  'project = SUP ORDER BY created, ',
  ', a = b',
  '[x] = a',
  'cf[',
  'cf[abc] = 1',
  'cf[-1] = 1',
  'cf[10010].x = 1',
  'a = f(x,',
  'a = f(x',
  'a = f(!',
  'summary ~ \\\\',
  "'' = c",
  'status = ""()',
  'a = b order by c desc d',
  'a not is empty',
  'status was',
  'status changed from',
  'status = Open by u-bob',
  'status was Open from x',
  'x = 1.5',
  'x = -5d',
  'x = -',
  'x = 1e3',
  'issue.property[x',
  'issue.property[x]',
  'issue.property[itr].a.b.c = 1',
  '"my field" = x',
  'summary ~ "x"""',
  'summary ~ "x" "y"',
];

/** Values dropped into clauses, bare and quoted: words, numbers, Chinese, full-width spaces, keywords, reserved words and characters. */
const VALUES = [
  'Open',
  'In Progress',
  'SUP-1',
  '10001',
  '-1',
  '1.5',
  '-1d',
  '2026-01-01',
  '2026/01/01',
  '处理中',
  '王小明',
  '上海 办公室',
  '上海　办公室',
  '全角　空格',
  'a\u3000',
  '\u3000',
  'AND',
  'or',
  'not',
  'empty',
  'null',
  'in',
  'is',
  'was',
  'changed',
  'order',
  'by',
  'asc',
  'desc',
  'before',
  'after',
  'on',
  'during',
  'from',
  'to',
  'select',
  'user',
  'function',
  'true',
  'x*',
  'x?',
  'a/b',
  'a@b',
  'a#b',
  'a$b',
  'a%b',
  'a+b',
  'a;b',
  'a{b}',
  'a:b',
  'a.b',
  'a-b',
  'a_b',
  "it's",
  'say "hi"',
  'back\\slash',
  'x\\y',
  '',
];
const TEMPLATES = ['labels = V', 'summary ~ V', 'status in (V, Done)', 'assignee != V', 'created > V'];

function corpus(): string[] {
  const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const clauses = VALUES.flatMap((value) =>
    TEMPLATES.flatMap((template) => [template.replace('V', value), template.replace('V', quoted(value))]),
  );
  return [...new Set([...QUERIES, ...clauses])];
}

const grammarAccepts = (jql: string) => new JastBuilder().build(jql).errors.length === 0;

function emulatorAccepts(jql: string): boolean {
  try {
    compileJql(jql, OPTIONS);
    return true;
  } catch (e) {
    if (!(e instanceof JqlError)) throw e;
    return !e.message.startsWith('Error in the JQL Query: ');
  }
}

describe('JQL corpus: the emulator accepts exactly what the grammar accepts', () => {
  const queries = corpus();

  it('is several hundred queries, many of each kind', () => {
    const accepted = queries.filter(grammarAccepts).length;
    expect(queries.length).toBeGreaterThanOrEqual(600);
    expect(accepted).toBeGreaterThan(200);
    expect(queries.length - accepted).toBeGreaterThan(200);
  });

  it.each(queries)('%s', (jql) => {
    expect(emulatorAccepts(jql)).toBe(grammarAccepts(jql));
  });

  it.each([
    'labels = select',
    'summary ~ exp*',
    'created >= 2026/01/01',
    'assignee = user@example.com',
    'status = "a\\qb"',
    'summary ~ "a\u0001b"',
  ])('refuses what Jira refuses: %s', (jql) => {
    expect(emulatorAccepts(jql)).toBe(false);
  });

  it.each([
    'cf[10010] = Acme',
    'assignee in membersOf("support")',
    'status in (Open, (Done))',
    'issue.property[itr] = 1',
    'status = In\u3000Progress',
  ])('accepts what Jira accepts: %s', (jql) => {
    expect(emulatorAccepts(jql)).toBe(true);
  });
});
