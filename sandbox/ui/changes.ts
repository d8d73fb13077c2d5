// When an open issue page is out of date: a fingerprint of what the page shows (fields through `updated`,
// comments, history, and the app's properties, which the sweep rewrites), and what the last change was,
// for the JIRA_ISSUE_CHANGED the page passes on to the app's frames.

import { createHash } from 'node:crypto';
import type { Issue } from '../jira/site';

export function version(issue: Issue): string {
  const seen = [issue.updated, issue.changelog.length, issue.comments.length, [...issue.properties]];
  return createHash('sha1').update(JSON.stringify(seen)).digest('hex').slice(0, 16);
}

/** Jira's change record for the event: 'commented' when the latest change is a comment. */
export function lastChange(issue: Issue): { changeType: 'updated' | 'commented'; atlassianId: string | null } {
  const h = issue.changelog[issue.changelog.length - 1];
  const c = issue.comments[issue.comments.length - 1];
  if (c && (!h || c.created > h.created)) return { changeType: 'commented', atlassianId: c.author };
  return { changeType: 'updated', atlassianId: h?.author ?? null };
}
