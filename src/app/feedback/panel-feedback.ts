// An agent logs a complaint or praise heard on the phone, from the issue's SLA panel. The agent must be
// allowed to edit the issue and the app must manage it; the record is the project's (the issue's
// customer when the project's records know it) and a retried click records it once.

import { z } from 'zod';
import type { FeedbackLogPayload } from '../../contract/panel-payloads';
import { displayName } from '../../platform/jira/api';
import { rowById, rowsWhereIn } from '../../platform/sql/records';
import * as store from '../../platform/sql/store';
import { evaluateIssues } from '../evaluate-issues';
import { demand, managing, PanelError } from '../panel';
import { feedbackKind } from '../records/feedback';
import type { Session } from '../session';
import { parseSnapshot } from '../snapshot';
import { parseState } from '../state-json';
import { recordFeedback } from './record-feedback';

const idRow = z.looseObject({ id: z.string() });

/** The project's customer record the issue's customer fact names (by id, else by name), if any. */
async function customerRecord(projectId: string, fact: string | null): Promise<string | null> {
  if (fact === null) return null;
  const byId = await rowsWhereIn('itr_customer', idRow, projectId, 'id', [fact]);
  const found = byId.length ? byId : await rowsWhereIn('itr_customer', idRow, projectId, 'name', [fact]);
  return found[0]?.id ?? null;
}

async function issueRow(s: Session, issueId: string): Promise<store.IssueRow> {
  const row = (await store.loadIssues([issueId])).get(issueId);
  if (row) return row;
  await evaluateIssues(s, [issueId]); // an issue the app has not seen yet is read and evaluated first
  const fresh = (await store.loadIssues([issueId])).get(issueId);
  if (!fresh) throw new PanelError('notFound', 'The app cannot read this issue.');
  return fresh;
}

export async function logFeedback(issueId: string, accountId: string, p: FeedbackLogPayload): Promise<{ id: string }> {
  await demand(issueId, 'EDIT_ISSUES', 'log a complaint or praise');
  const s = await managing(issueId);
  const row = await issueRow(s, issueId);
  const snap = parseSnapshot(row.snapshot);
  const projectId = snap.issue.projectId;
  if (await rowById(feedbackKind.table, feedbackKind.row, projectId, p.requestId)) return { id: p.requestId };
  let engineer: string | null = null;
  if (p.kind === 'praise') {
    engineer = p.credit === 'me' ? accountId : snap.issue.fields.assignee;
    if (engineer === null)
      throw new PanelError(
        'invalid',
        'Nobody is assigned: credit the praise to yourself or assign the issue.',
        'credit',
      );
    if ((await displayName(s.jira, engineer)) === null)
      throw new PanelError('invalid', `Jira has no user ${engineer}.`, 'credit');
  }
  const state = row.state ? parseState(row.state) : null;
  await recordFeedback(
    projectId,
    {
      id: p.requestId,
      kind: p.kind,
      via: p.via,
      customerId: await customerRecord(projectId, state?.customer ?? null),
      issue: { id: issueId, key: snap.issue.key },
      engineer,
      source: 'panel',
      receivedAt: s.now,
      text: p.text,
    },
    accountId,
    s.now,
  );
  return { id: p.requestId };
}
