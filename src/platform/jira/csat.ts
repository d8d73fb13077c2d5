// Jira Service Management's own satisfaction rating of a request (CSAT), read as the app. JSM answers 404
// while the customer has not rated it. Atlassian marks the endpoint experimental: the call opts in.

import { route } from '@forge/api';
import { z } from 'zod';
import { JiraError, type JiraClient } from './client';

const feedback = z.looseObject({
  type: z.string(),
  rating: z.number().int().min(1).max(5),
  comment: z.looseObject({ body: z.string().optional() }).optional(),
});

export interface Csat {
  readonly rating: number;
  readonly comment: string | null;
}

export async function requestFeedback(jira: JiraClient, issueIdOrKey: string): Promise<Csat | null> {
  try {
    const f = await jira.call(
      route`/rest/servicedeskapi/request/${issueIdOrKey}/feedback`,
      { experimental: true },
      feedback,
    );
    const comment = f.comment?.body?.trim() ?? '';
    return { rating: f.rating, comment: comment === '' ? null : comment.slice(0, 2000) };
  } catch (e) {
    if (e instanceof JiraError && e.status === 404) return null;
    throw e;
  }
}
