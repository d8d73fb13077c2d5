// The Jira emulator takes what Jira takes on create and edit, and refuses what it refuses: a description
// in Atlassian Document Format (tables of rows of cells of blocks) or a 400 naming the field; a due date
// that is a real 'YYYY-MM-DD' day or a 400.

import { PEOPLE } from '../../sandbox/demo/site-seed';
import { startEmulator, type Emulated } from '../support/emulator';

let jira: Emulated;
beforeAll(async () => {
  jira = await startEmulator(Date.parse('2026-10-01T09:00:00+08:00'));
});
afterAll(async () => jira.stop());

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cell = (type: string, text: string) => ({ type, attrs: {}, content: [p(text)] });
const table = {
  type: 'table',
  attrs: { isNumberColumnEnabled: false, layout: 'default' },
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Goal · 目标'), cell('tableHeader', 'Met · 达标')] },
    { type: 'tableRow', content: [cell('tableCell', 'resolution'), cell('tableCell', '3')] },
  ],
};
const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const create = (fields: Record<string, unknown>) =>
  jira.call(
    'POST',
    '/rest/api/3/issue',
    { fields: { project: { key: 'SUP' }, issuetype: { name: 'Task' }, summary: 'Monthly report', ...fields } },
    PEOPLE.manager,
  );

test('a description with headings, tables and lists, and a due date, are kept and read back', async () => {
  const description = doc(
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'SLA · SLA 达成情况' }] },
    table,
    { type: 'bulletList', content: [{ type: 'listItem', content: [p('Problem PRB-1 behind 2 issues')] }] },
  );
  const made = await create({ description, duedate: '2026-10-13' });
  expect(made.status).toBe(201);
  const key = (made.body as { key: string }).key;
  const read = await jira.call('GET', `/rest/api/3/issue/${key}?fields=duedate,description`, undefined, PEOPLE.manager);
  expect(read.body).toMatchObject({ fields: { duedate: '2026-10-13', description } });
  expect(
    (await jira.call('PUT', `/rest/api/3/issue/${key}`, { fields: { duedate: '2026-10-20' } }, PEOPLE.manager)).status,
  ).toBe(204);
  expect(jira.site.issue(key)!.duedate).toBe('2026-10-20');
});

test.each([
  ['a plain string', 'the report'],
  ['a row straight in the document', doc(table.content[0])],
  ['a paragraph straight in a row', doc({ type: 'table', content: [{ type: 'tableRow', content: [p('x')] }] })],
  [
    'a cell holding text, not blocks',
    doc({
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'text', text: 'x' }] }] }],
    }),
  ],
  ['an empty table', doc({ type: 'table', content: [] })],
  [
    'a table inside a cell',
    doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [table] }] }] }),
  ],
  ['an empty text node', doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] })],
  ['a heading without its level', doc({ type: 'heading', content: [{ type: 'text', text: 'x' }] })],
  ['an unknown node', doc({ type: 'spreadsheet' })],
  ['no version', { type: 'doc', content: [] }],
])('a description that is %s is refused with a 400 naming it, and no issue is made', async (_what, description) => {
  const before = jira.site.issues.size;
  const r = await create({ description });
  expect(r.status).toBe(400);
  expect(r.body).toMatchObject({ errors: { description: expect.stringMatching(/Atlassian Document/) as unknown } });
  expect(jira.site.issues.size).toBe(before);
});

test.each(['2026-02-30', '13/10/2026', '2026-10-1', 20261013])(
  'a due date %p is refused with a 400 naming it',
  async (duedate) => {
    const before = jira.site.issues.size;
    const r = await create({ duedate });
    expect(r).toMatchObject({
      status: 400,
      body: { errors: { duedate: expect.stringMatching(/Error parsing date/) as unknown } },
    });
    expect(jira.site.issues.size).toBe(before);
    const key = [...jira.site.issues.values()][0]!.key;
    expect((await jira.call('PUT', `/rest/api/3/issue/${key}`, { fields: { duedate } }, PEOPLE.manager)).status).toBe(
      400,
    );
  },
);
