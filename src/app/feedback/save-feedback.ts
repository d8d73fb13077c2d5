// Saving a complaint or praise from the project page: everything is checked before the one upsert (the
// customer is the project's, the issue is one the caller can browse in this project, the engineer is a
// Jira user, nothing is dated in the future), then recordFeedback writes it and feeds the rules engine.

import type { Feedback, FeedbackItem } from '../../contract/records/feedback';
import { displayName, getIssue } from '../../platform/jira/api';
import { JiraClient, JiraError } from '../../platform/jira/client';
import { rowById } from '../../platform/sql/records';
import { customerRefusals } from '../records/customer-exists';
import { feedbackKind } from '../records/feedback';
import type { ProjectCall, Refusal } from '../records/kind';
import { complaintClocks } from './complaint-clocks';
import { recordFeedback } from './record-feedback';

/** The linked issue as the caller sees it: it must exist, be visible to them and be in this project. */
async function issueOf(
  key: string,
  call: ProjectCall,
): Promise<{ issue: { id: string; key: string } } | { refusal: Refusal }> {
  try {
    const bean = await getIssue(new JiraClient({ as: 'user' }), key, ['project']);
    if (bean.fields.project?.id !== call.project.id)
      return { refusal: { path: 'issueKey', message: `${key} is not an issue of ${call.project.key}.` } };
    return { issue: { id: bean.id, key: bean.key } };
  } catch (e) {
    if (e instanceof JiraError && e.status === 404)
      return { refusal: { path: 'issueKey', message: `There is no issue ${key} you can see.` } };
    throw e;
  }
}

/** How far ahead of ours the browser's clock (which stamps "now" in the form) may run. */
const CLOCK_SKEW_MS = 5 * 60_000;

export type SaveFeedback =
  { readonly ok: true; readonly record: FeedbackItem } | { readonly ok: false; readonly refusal: Refusal };

export async function saveFeedback(call: ProjectCall, f: Feedback): Promise<SaveFeedback> {
  const refuse = (path: string, message: string): SaveFeedback => ({ ok: false, refusal: { path, message } });
  if (f.receivedAt > call.now + CLOCK_SKEW_MS) return refuse('receivedAt', 'It cannot be received in the future.');
  if (f.handledAt !== null && f.handledAt > call.now + CLOCK_SKEW_MS)
    return refuse('handledAt', 'It cannot be handled in the future.');
  if (f.customerId !== null) {
    const [r] = await customerRefusals(f.customerId, 'customerId', call);
    if (r) return { ok: false, refusal: r };
  }
  let engineerName: string | null = null;
  if (f.engineer !== null) {
    engineerName = await displayName(new JiraClient({ as: 'app' }), f.engineer);
    if (engineerName === null) return refuse('engineer', `Jira has no user ${f.engineer}.`);
  }
  const linked = f.issueKey === null ? null : await issueOf(f.issueKey, call);
  if (linked && 'refusal' in linked) return { ok: false, refusal: linked.refusal };
  // An edit keeps the door it first came in by.
  const before = await rowById(feedbackKind.table, feedbackKind.row, call.project.id, f.id);
  const source = before?.source ?? 'project';
  await recordFeedback(call.project.id, { ...f, issue: linked?.issue ?? null, source }, call.accountId, call.now);
  const saved = { ...f, issueKey: linked?.issue.key ?? null, source, updatedAt: call.now, updatedBy: call.accountId };
  const [clock] = await complaintClocks(call, [saved]);
  return { ok: true, record: { ...saved, engineerName, clock: clock ?? null } };
}
