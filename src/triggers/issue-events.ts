// Product events: avi:jira:created|updated|commented|deleted:issue. Thin: parse, hand to the app.

import { z } from 'zod';
import { onIssueEvent } from '../app/on-issue-event';

const event = z.looseObject({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:commented:issue', 'avi:jira:deleted:issue']),
  issue: z.looseObject({ id: z.string().regex(/^\d+$/) }),
});

export async function issueEvents(payload: unknown): Promise<void> {
  const e = event.parse(payload);
  await onIssueEvent(e.issue.id, e.eventType === 'avi:jira:deleted:issue');
}
