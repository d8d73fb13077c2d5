// What the app's setup check reads of the site beyond projects and statuses: link types, groups by name,
// and JQL validation.

import { compileJql, JqlError } from '../jql';
import { JiraHttpError, obj, page, type Handler } from './types';

export const getIssueLinkTypes: Handler = (_req, ctx) => ({
  status: 200,
  body: { issueLinkTypes: ctx.site.linkTypes.map((l, i) => ({ id: String(10000 + i), ...l })) },
});

/** Group ids as the emulator's /user/groups gives them. */
export const groupBulk: Handler = (req, ctx) => {
  const names = req.query.getAll('groupName');
  const ids = req.query.getAll('groupId');
  const all = [...ctx.site.groups]
    .map((name) => ({ groupId: `g-${name}`, name }))
    .filter((g) => (names.length === 0 || names.includes(g.name)) && (ids.length === 0 || ids.includes(g.groupId)));
  ctx.read(all.length);
  return { status: 200, body: page(req.query, all, 50) };
};

/** Each query's errors, as Jira words them; a valid query comes back with none. */
export const parseJql: Handler = (req, ctx) => {
  const queries = obj(req.body)['queries'];
  if (!Array.isArray(queries) || !queries.every((q) => typeof q === 'string'))
    throw new JiraHttpError(400, [], { queries: 'A list of JQL queries is required.' });
  const parsed = queries.map((query) => {
    try {
      compileJql(query, { now: ctx.site.clock(), aliases: ctx.aliases, currentUser: req.accountId });
      return { query, errors: [] };
    } catch (e) {
      if (e instanceof JqlError) return { query, errors: [e.message] };
      throw e;
    }
  });
  return { status: 200, body: { queries: parsed } };
};
