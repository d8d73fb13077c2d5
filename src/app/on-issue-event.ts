// An issue was created, updated, commented or deleted. The event only says which issue: the app reads
// the issue as it is now (one call: fields, changelog and comments), keeps that snapshot unless a newer
// one is stored (events arrive late, twice, out of order), evaluates, carries out what is due and writes
// the `itr` property (a second call). A stale event therefore never overwrites newer state.

import { getIssue, setProperty, changelogs } from '../platform/jira/api';
import { JiraError } from '../platform/jira/client';
import { deleteIssue } from '../platform/sql/store';
import { evaluateIssues, jiraFields, storeSnapshot } from './evaluate-issues';
import { openSession } from './session';
import { toSnapshot } from './snapshot';

export type IssueEventOutcome = 'evaluated' | 'stale' | 'deleted' | 'gone';

export async function onIssueEvent(issueId: string, deleted: boolean): Promise<IssueEventOutcome> {
  const s = await openSession();
  if (deleted) {
    await deleteIssue(issueId);
    return 'deleted';
  }
  let bean;
  try {
    bean = await getIssue(s.jira, issueId, jiraFields(s.names));
  } catch (e) {
    if (e instanceof JiraError && e.status === 404) {
      await deleteIssue(issueId);
      return 'gone';
    }
    throw e;
  }
  const inline = bean.changelog;
  // The issue carries its latest 100 changes inline; a longer history comes whole from the bulk endpoint.
  const histories =
    inline && (inline.total ?? 0) > inline.histories.length
      ? ((await changelogs(s.jira, [issueId])).get(issueId) ?? [])
      : (inline?.histories ?? []);
  const kept = await storeSnapshot(
    toSnapshot(bean, histories, bean.fields.comment?.comments ?? [], s.names, s.appAccount),
  );
  if (!kept) return 'stale';
  const [write] = await evaluateIssues(s, [issueId]);
  if (write) await setProperty(s.jira, write.id, write.value);
  return 'evaluated';
}
