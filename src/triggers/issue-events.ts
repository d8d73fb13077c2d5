// Product events: avi:jira:created|updated|commented|deleted:issue. Thin: parse, hand to the app. When
// Jira rate-limits the app or fails on its side, the event is handed back to Forge to deliver again
// (up to four times) instead of being lost.

import { z } from 'zod';
import { onIssueEvent } from '../app/on-issue-event';
import { JiraError, RateLimitedError } from '../platform/jira/client';
import { retryAfterRateLimit } from '../platform/queue';

const event = z.looseObject({
  eventType: z.enum([
    'avi:jira:created:issue',
    'avi:jira:updated:issue',
    'avi:jira:commented:issue',
    'avi:jira:deleted:issue',
  ]),
  issue: z.looseObject({
    id: z.string().regex(/^\d+$/),
    key: z.string().optional(),
    fields: z.looseObject({ project: z.looseObject({ id: z.string() }).optional() }).optional(),
  }),
});

export async function issueEvents(payload: unknown): Promise<ReturnType<typeof retryAfterRateLimit> | undefined> {
  const e = event.safeParse(payload);
  if (!e.success) {
    console.error(`itr-issue-events: ignored an event of unexpected shape: ${e.error.message}`); // a retry cannot fix it
    return undefined;
  }
  try {
    const { issue } = e.data;
    await onIssueEvent({
      issueId: issue.id,
      key: issue.key,
      projectId: issue.fields?.project?.id,
      deleted: e.data.eventType === 'avi:jira:deleted:issue',
    });
    return undefined;
  } catch (err) {
    if (err instanceof RateLimitedError) return retryAfterRateLimit(err.retryAfterMs / 1000);
    if (err instanceof JiraError && err.status >= 500) return retryAfterRateLimit(60);
    throw err;
  }
}
