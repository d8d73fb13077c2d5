// Queue consumer for itr-work. A rate limit is answered with Forge's retry, after Jira's Retry-After.

import { z } from 'zod';
import { doWork, workBody } from '../app/work';
import { RateLimitedError } from '../platform/jira/client';
import { retryAfterRateLimit } from '../platform/queue';

const asyncEvent = z.looseObject({ body: workBody });

export async function work(event: unknown): Promise<ReturnType<typeof retryAfterRateLimit> | undefined> {
  const parsed = asyncEvent.safeParse(event);
  if (!parsed.success) {
    console.error(`itr-work: dropped a malformed event: ${parsed.error.message}`); // retrying cannot fix it
    return undefined;
  }
  try {
    await doWork(parsed.data.body);
    return undefined;
  } catch (e) {
    if (e instanceof RateLimitedError) {
      return retryAfterRateLimit(e.retryAfterMs / 1000);
    }
    throw e;
  }
}
