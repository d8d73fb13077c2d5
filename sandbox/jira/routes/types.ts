// What a route handler gets and answers. Handlers throw JiraHttpError for Jira's error answers.

import type { Site } from '../site';

export interface JiraRequest {
  readonly method: string;
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  /** The calling user; null when the app calls as itself. */
  readonly accountId: string | null;
}

export interface JiraReply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RouteContext {
  readonly site: Site;
  /** Counts objects read, Jira's measure for its points quota. */
  readonly read: (objects: number) => void;
  /** Property paths JQL may search (from the manifest's jira:entityProperty modules). */
  readonly indexed: ReadonlyMap<string, ReadonlyMap<string, 'number' | 'string' | 'text' | 'date' | 'user'>>;
  readonly aliases: Readonly<Record<string, { key: string; path: string }>>;
}

export type Handler = (req: JiraRequest, ctx: RouteContext) => JiraReply;

export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: readonly string[],
    readonly errors: Readonly<Record<string, string>> = {},
  ) {
    super(errorMessages.join(' ') || Object.values(errors).join(' '));
  }
}

export const notFound = (what: string) =>
  new JiraHttpError(404, [`${what} does not exist or you do not have permission to see it.`]);

export function obj(body: unknown, what = 'request body'): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new JiraHttpError(400, [`The ${what} must be a JSON object.`]);
  return body as Record<string, unknown>;
}

export function list(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Jira's offset page of `all`: `maxResults` (at most 100) from `startAt`, with `isLast`. */
export function page<T>(query: URLSearchParams, all: readonly T[], defaultMax: number) {
  const startAt = Number(query.get('startAt') ?? 0);
  const maxResults = Math.min(Number(query.get('maxResults') ?? defaultMax), 100);
  const values = all.slice(startAt, startAt + maxResults);
  return { values, startAt, maxResults, total: all.length, isLast: startAt + values.length >= all.length };
}
