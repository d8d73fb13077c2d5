// The Jira REST client: every call goes through requestJira with a `route` (Forge's safe URL), as the
// app or as the calling user. Rate limits are honoured, not retried blindly: a 429 waits the
// `Retry-After` Jira sent (or an exponential step when it sent none) plus jitter; an hourly-quota 429
// (`RateLimit-Reason: jira-quota-…`), a wait over a minute or one that would outlive the invocation gives
// up at once with RateLimitedError, so the caller checkpoints and the next run carries on. 5xx answers
// (503 included) are retried only for calls that are safe to repeat: a POST that creates something may
// have done so before the error, so its 5xx reaches the caller as an ambiguous JiraError.

import api, { type APIResponse, type Route } from '@forge/api';
import { remainingMs } from '../runtime';
import type { z } from 'zod';

export class JiraError extends Error {
  constructor(
    readonly status: number,
    readonly endpoint: string,
    readonly detail: string,
  ) {
    super(`Jira answered ${status} to ${endpoint}: ${detail}`);
  }
}

export class RateLimitedError extends Error {
  constructor(
    readonly endpoint: string,
    readonly retryAfterMs: number,
    readonly reason: string,
  ) {
    super(`Jira rate limit (${reason}) on ${endpoint}; retry in ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/** The app, or the user whose request this invocation serves (asUser() with no account: an account id
 * would be offline impersonation, which needs allowImpersonation and is not what a resolver wants). */
export type Caller = { readonly as: 'app' } | { readonly as: 'user' };

export interface CallInit {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  /** Jira's asynchronous endpoints answer 303 with the task; following it would cost a second call. */
  readonly redirect?: 'manual';
  /** Whether repeating the call after an ambiguous 5xx is harmless (default: all but POST). */
  readonly retrySafe?: boolean;
  /** A JSM endpoint Atlassian marks experimental: it answers only a caller that opts in. */
  readonly experimental?: true;
}

const MAX_ATTEMPTS = 5;
/** Longer waits give up: the caller's claims and checkpoints carry the work to the next run. */
const MAX_WAIT_MS = 60_000;
/** Time kept back for the caller to checkpoint after the last call. */
const SAFETY_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class JiraClient {
  /** Calls made and waits taken, for logs and budgets. */
  readonly stats = { calls: 0, retries: 0, waitedMs: 0 };

  constructor(
    private readonly caller: Caller = { as: 'app' },
    private readonly random: () => number = Math.random,
  ) {}

  /** Sends one request and parses the JSON answer with `schema` (null: no body expected). */
  async call<T>(r: Route, init: CallInit, schema: z.ZodType<T>): Promise<T>;
  async call(r: Route, init: CallInit, schema: null): Promise<APIResponse>;
  async call<T>(r: Route, init: CallInit, schema: z.ZodType<T> | null): Promise<T | APIResponse> {
    const method = init.method ?? 'GET';
    const endpoint = `${method} ${r.value.split('?')[0]}`;
    for (let attempt = 1; ; attempt++) {
      this.stats.calls++;
      const res = await this.send(r, method, init);
      const retrySafe = init.retrySafe ?? method !== 'POST';
      // Only a 429 proves Jira did nothing. A 5xx (503 included) on a call that changes something may have
      // acted: it is not repeated here, and the caller recovers by what Jira shows.
      if (res.status === 429 || (res.status >= 500 && retrySafe && (attempt < 3 || res.status === 503))) {
        const reason =
          res.headers.get('ratelimit-reason') ?? (res.status === 429 ? 'rate-limited' : `http-${res.status}`);
        const after = Number(res.headers.get('retry-after'));
        const base = Number.isFinite(after) && after > 0 ? after * 1000 : 1000 * 2 ** (attempt - 1);
        const wait = base * (1 + 0.3 * this.random()); // jitter so parallel invocations do not return together
        if (
          reason.startsWith('jira-quota') ||
          attempt >= MAX_ATTEMPTS ||
          wait > MAX_WAIT_MS ||
          wait > remainingMs() - SAFETY_MS
        ) {
          throw new RateLimitedError(endpoint, wait, reason);
        }
        this.stats.retries++;
        this.stats.waitedMs += wait;
        await sleep(wait);
        continue;
      }
      if (res.status >= 400) throw new JiraError(res.status, endpoint, await errorText(res));
      if (schema === null) return res;
      const parsed = schema.safeParse(await res.json());
      if (!parsed.success)
        throw new JiraError(
          res.status,
          endpoint,
          `unexpected answer: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      return parsed.data;
    }
  }

  private send(r: Route, method: string, init: CallInit): Promise<APIResponse> {
    const request = this.caller.as === 'app' ? api.asApp().requestJira : api.asUser().requestJira;
    return request(r, {
      method,
      headers: {
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(init.experimental ? { 'X-ExperimentalApi': 'opt-in' } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.redirect ? { redirect: init.redirect } : {}),
    });
  }
}

async function errorText(res: APIResponse): Promise<string> {
  const text = await res.text();
  try {
    const j = JSON.parse(text) as { errorMessages?: string[]; errors?: Record<string, string> };
    return (
      [...(j.errorMessages ?? []), ...Object.entries(j.errors ?? {}).map(([k, v]) => `${k}: ${v}`)].join('; ') || text
    );
  } catch {
    return text;
  }
}
