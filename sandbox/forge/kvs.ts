// Forge secret storage as @forge/kvs reaches it (`__forge_fetch__({type: 'kvs'}, '/api/v1/secret/…')`): one
// in-memory store per installation. It refuses what KVS refuses — an invalid key, an absent key (404
// KEY_NOT_FOUND), an existing key under keyPolicy FAIL_IF_EXISTS (409), an oversized value — and answers
// nothing else of KVS (the app keeps only secrets there).

import { z } from 'zod';

const KEY = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]{1,500}$/;
const MAX_VALUE_BYTES = 240 * 1024;

const getBody = z.object({ key: z.string() });
const setBody = z.object({
  key: z.string(),
  value: z.unknown(),
  options: z.looseObject({ keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional() }).optional(),
});

export class SecretStore {
  private readonly secrets = new Map<string, unknown>();

  answer(path: string, init: RequestInit): Response {
    if ((init.method ?? 'GET').toUpperCase() !== 'POST') return error(405, 'METHOD_NOT_ALLOWED', `${path} takes POST`);
    let body: unknown;
    try {
      body = JSON.parse(typeof init.body === 'string' ? init.body : '');
    } catch {
      return error(400, 'BAD_REQUEST', 'The request body is not JSON.');
    }
    const key = z.object({ key: z.string().regex(KEY) }).safeParse(body);
    if (!key.success)
      return error(400, 'INVALID_KEY', 'A key is 1–500 characters of a-z A-Z 0-9 : . _ - # and spaces.');
    switch (path) {
      case '/api/v1/secret/get': {
        const { key: k } = getBody.parse(body);
        if (!this.secrets.has(k)) return error(404, 'KEY_NOT_FOUND', `No secret under '${k}'.`);
        return json(200, { key: k, value: this.secrets.get(k) });
      }
      case '/api/v1/secret/set': {
        const s = setBody.safeParse(body);
        if (!s.success || s.data.value === undefined) return error(400, 'BAD_REQUEST', 'A secret needs a value.');
        if (Buffer.byteLength(JSON.stringify(s.data.value)) > MAX_VALUE_BYTES)
          return error(413, 'VALUE_TOO_LARGE', 'A value is at most 240 KiB.');
        if (s.data.options?.keyPolicy === 'FAIL_IF_EXISTS' && this.secrets.has(s.data.key))
          return error(409, 'KEY_ALREADY_EXISTS', `A secret under '${s.data.key}' exists.`);
        this.secrets.set(s.data.key, s.data.value);
        return new Response(null, { status: 204 });
      }
      case '/api/v1/secret/delete': {
        const { key: k } = getBody.parse(body);
        if (!this.secrets.delete(k)) return error(404, 'KEY_NOT_FOUND', `No secret under '${k}'.`);
        return new Response(null, { status: 204 });
      }
      default:
        return error(404, 'NOT_FOUND', `The sandbox's KVS serves secrets only, not ${path}.`);
    }
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const error = (status: number, code: string, message: string) => json(status, { code, message });
