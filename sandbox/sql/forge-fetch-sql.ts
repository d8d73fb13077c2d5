// The SQL part of `global.__forge_fetch__`: @forge/sql posts its requests through @forge/api's
// __fetchProduct({ remote: 'sql', type: 'sql' }) to /api/v1/execute or /api/v1/execute/ddl, and reads back an
// HTTP response. This answers them from a sandbox database, so the real @forge/sql code runs unmodified.

import { z } from 'zod';
import type { SqlDatabase } from './mariadb';

/** The shape of Atlassian's `global.__forge_fetch__(meta, path, init)`. */
export type ForgeFetch = (meta: unknown, path: string, init?: RequestInit) => Promise<Response>;

const metaSchema = z.object({ remote: z.string().optional(), type: z.string().optional() });

/** True when a __forge_fetch__ call is meant for Forge SQL. */
export function isSqlRequest(meta: unknown): boolean {
  const parsed = metaSchema.safeParse(meta);
  return parsed.success && (parsed.data.remote === 'sql' || parsed.data.type === 'sql');
}

const ENDPOINTS: Record<string, 'dml' | 'ddl'> = { '/api/v1/execute': 'dml', '/api/v1/execute/ddl': 'ddl' };

export function sqlFetchHandler(db: SqlDatabase): ForgeFetch {
  return async (_meta, path, init) => {
    const kind = ENDPOINTS[path.split('?')[0] ?? ''];
    if (!kind) return json(404, { code: 'NOT_FOUND', message: `Forge SQL has no endpoint ${path}` });
    if ((init?.method ?? 'GET').toUpperCase() !== 'POST') {
      return json(405, { code: 'METHOD_NOT_ALLOWED', message: `${path} takes POST` });
    }
    const text = init?.body === undefined || init.body === null ? '' : await new Response(init.body).text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json(400, { code: 'INVALID_SQL_QUERY', message: `The request body is not JSON: ${text.slice(0, 200)}` });
    }
    const answer = await db.execute(body, kind);
    return json(answer.status, answer.body);
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
