// The demo desk's logged work: on every issue the people who handled it log their time, as Jira keeps it
// (worklogs on the issue, logged when the work was done). Li Lei (L1) logs on every issue he took, Zhang
// Wei (L2) on those escalated to him, and the service manager reviews some incidents. The app's hourly
// sync reads them like any others, so accounting has a year of labour to price.

import type { Issue, Site } from '../jira/site';
import type { Worklog } from '../jira/worklogs';
import { prng } from './random';
import { PEOPLE } from './site-seed';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Whole minutes between `a` and `b`. */
const between = (r: () => number, a: number, b: number) => Math.floor((a + r() * Math.max(0, b - a)) / MIN) * MIN;

/** When an issue left the desk's hands: its resolution, or `now` while it is open. */
function endOf(issue: Issue, now: number): number {
  const resolved = issue.changelog.find((h) => h.items.some((i) => i.fieldId === 'resolution' && i.to !== null));
  return Math.min(resolved?.created ?? now, now);
}

/** Adds the demo's worklogs to the site's issues of `projects` (oldest issues first); returns them. */
export function seedWorklogs(site: Site, now: number, seed = 5, projects: readonly string[] = ['SUP']): Worklog[] {
  const r = prng(seed);
  const out: Worklog[] = [];
  const log = (issue: Issue, author: string, from: number, to: number, minMinutes: number, maxMinutes: number) => {
    const seconds = 60 * Math.round(minMinutes + r() * (maxMinutes - minMinutes));
    const started = between(r, from, Math.max(from, to - seconds * 1000));
    // Logged when the work was done; Jira stamps it then.
    const at = Math.min(started + seconds * 1000 + between(r, 0, 20 * MIN), now - 2 * MIN);
    if (started + seconds * 1000 > now - 2 * MIN) return; // not done yet
    out.push(site.worklogs.add({ issueId: issue.id, author, started, seconds, comment: undefined }, at));
  };
  const issues = [...site.issues.values()].filter((i) => projects.includes(i.project)).sort((a, b) => a.id - b.id);
  for (const issue of issues) {
    const end = endOf(issue, now);
    const holders = new Set(
      issue.changelog.flatMap((h) =>
        h.items.filter((i) => i.fieldId === 'assignee' && i.to !== null).map((i) => i.to!),
      ),
    );
    if (holders.has(PEOPLE.agent) || issue.assignee === PEOPLE.agent) {
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) log(issue, PEOPLE.agent, issue.created, end, 15, 90);
    }
    if (holders.has(PEOPLE.expert) || issue.assignee === PEOPLE.expert) {
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) log(issue, PEOPLE.expert, issue.created + HOUR, end, 30, 240);
    }
    if (issue.issuetype === 'Incident' && r() < 0.1) log(issue, PEOPLE.manager, issue.created, end + 2 * HOUR, 20, 60);
  }
  return out;
}
