// Queue consumer for itr-work. A rate limit is answered with Forge's retry, after Jira's Retry-After.

import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
import { doWork, workBody } from '../app/work';
import { RateLimitedError } from '../platform/jira/client';

const asyncEvent = z.looseObject({ body: workBody });

export async function work(event: unknown): Promise<InvocationError | undefined> {
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
      return new InvocationError({ retryAfter: Math.ceil(e.retryAfterMs / 1000), retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
    }
    throw e;
  }
}
