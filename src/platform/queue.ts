// The async events queue: pushing work (Forge takes 50 events a push), and asking Forge to deliver an
// event again (queue events and product events alike).

import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';

const PER_PUSH = 50;

export async function push(queue: string, bodies: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  const q = new Queue({ key: queue });
  for (let i = 0; i < bodies.length; i += PER_PUSH)
    await q.push(bodies.slice(i, i + PER_PUSH).map((body) => ({ body })));
}

/** Forge waits at most this long before delivering an event again. */
const MAX_RETRY_AFTER_S = 900;

/** A handler's answer when Jira rate-limited it or failed: Forge delivers the event again after `seconds`. */
export function retryAfterRateLimit(seconds: number): InvocationError {
  return new InvocationError({
    retryAfter: Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(seconds))),
    retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
  });
}
