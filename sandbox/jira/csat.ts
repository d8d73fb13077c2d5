// The satisfaction ratings (CSAT) customers gave requests on JSM's portal: set by tests and the demo as
// a customer would rate, read by GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback.

import type { Site } from './site';

export interface Rating {
  readonly rating: number;
  readonly comment: string | null;
}

const ratings = new WeakMap<Site, Map<string, Rating>>();

function of(site: Site): Map<string, Rating> {
  let m = ratings.get(site);
  if (!m) ratings.set(site, (m = new Map<string, Rating>()));
  return m;
}

/** The customer rates a request (JSM asks when it resolves; one rating, the last one counts). */
export function rateRequest(site: Site, key: string, rating: number, comment: string | null = null): void {
  const issue = site.issue(key);
  if (!issue) throw new Error(`no request ${key}`);
  if (site.projects.get(issue.project)?.typeKey !== 'service_desk') throw new Error(`${key} is not a JSM request`);
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new Error('JSM rates 1 to 5');
  of(site).set(issue.key, { rating, comment });
}

export function ratingOf(site: Site, key: string): Rating | undefined {
  return of(site).get(key);
}
