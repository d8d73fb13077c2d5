// JSM's request feedback (CSAT): a request the caller may see, in a service desk project, once its
// customer rated it; 404 otherwise, as JSM answers.

import { ratingOf } from '../csat';
import { notFound, type Handler } from './types';

export const getFeedback: Handler = (req, ctx) => {
  const ref = req.params['requestIdOrKey'] ?? '';
  const issue = ctx.site.issue(ref);
  const desk = issue && ctx.site.projects.get(issue.project)?.typeKey === 'service_desk';
  if (!issue || !desk || !ctx.site.may(req.accountId, 'browse', issue.project)) throw notFound(`Request ${ref}`);
  const r = ratingOf(ctx.site, issue.key);
  if (!r) throw notFound(`Feedback for request ${issue.key}`);
  ctx.read(1);
  return {
    status: 200,
    body: { type: 'csat', rating: r.rating, ...(r.comment === null ? {} : { comment: { body: r.comment } }) },
  };
};
