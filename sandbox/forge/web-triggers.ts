// Web trigger URLs as Forge gives them (`webTrigger.getUrl(key)` is a GraphQL mutation through
// __requestAtlassianAsApp: one URL per installation and module, the same on every call) and the request a
// web trigger's handler receives for a call to one, in Forge's shape: {method, path, headers: {name:
// [values]}, queryParameters: {name: [values]}, body}. The URLs point at `origin` (the shell's web server
// once it runs), which hands the calls back to the host.

import { randomUUID } from 'node:crypto';
import { z } from 'zod';

const mutation = z.object({
  query: z.string().includes('createWebTriggerUrl'),
  variables: z.object({ input: z.object({ triggerKey: z.string().min(1) }), forceCreate: z.boolean().optional() }),
});

export interface WebTriggerCall {
  readonly method: string;
  /** The URL's path and query, as the caller asked for it. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface WebTriggerRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string[]>;
  readonly queryParameters: Record<string, string[]>;
  readonly body: string;
}

export class WebTriggerUrls {
  /** Where the URLs point: the shell sets its own address when it starts. */
  origin = 'http://127.0.0.1';
  private readonly ids = new Map<string, string>(); // module key → id

  constructor(private readonly modules: ReadonlyMap<string, string>) {}

  /** Answers the createWebTriggerUrl mutation, or refuses as the GraphQL gateway would. */
  graphql(init: RequestInit): Response {
    let parsed;
    try {
      parsed = mutation.safeParse(JSON.parse(typeof init.body === 'string' ? init.body : ''));
    } catch {
      return json(400, { errors: [{ message: 'The request body is not JSON.' }] });
    }
    if (!parsed.success)
      return json(200, { errors: [{ message: 'The sandbox answers only the createWebTriggerUrl mutation.' }] });
    const key = parsed.data.variables.input.triggerKey;
    if (!this.modules.has(key))
      return json(200, { data: null, errors: [{ message: `The app declares no webtrigger module '${key}'.` }] });
    let id = this.ids.get(key);
    if (id === undefined || parsed.data.variables.forceCreate === true) this.ids.set(key, (id = randomUUID()));
    return json(200, { data: { createWebTriggerUrl: { url: `${this.origin}/x1/${id}` } } });
  }

  /** The module a call's URL names (by its id), and the request its handler receives; null: no such URL. */
  request(call: WebTriggerCall): { moduleKey: string; request: WebTriggerRequest } | null {
    const url = new URL(call.url, this.origin);
    const id = /^\/x1\/([^/]+)/.exec(url.pathname)?.[1];
    const moduleKey = [...this.ids].find(([, v]) => v === id)?.[0];
    if (moduleKey === undefined) return null;
    const queryParameters: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) (queryParameters[k] ??= []).push(v);
    const headers: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(call.headers)) headers[k.toLowerCase()] = [v];
    return {
      moduleKey,
      request: { method: call.method.toUpperCase(), path: url.pathname, headers, queryParameters, body: call.body },
    };
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
