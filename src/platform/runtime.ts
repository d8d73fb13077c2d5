// What the Forge runtime says about the running invocation.

import { getAppContext } from '@forge/api';

/** Milliseconds this invocation has left; unbounded outside an invocation (scripts, benchmarks). */
export function remainingMs(): number {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Which installation this invocation serves (a warm container may serve several). */
export function installationId(): string {
  return getAppContext().installationAri.installationId;
}
