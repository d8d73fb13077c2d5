// The sandbox's Forge secret storage, through the real @forge/kvs client: what KVS refuses it refuses, and
// the app's per-installation secret is made once, even when two first uses race.

import { kvs, type ForgeKvsAPIError } from '@forge/kvs';
import { SecretStore } from '../../../sandbox/forge/kvs';
import { installationSecret } from '../../../src/platform/secrets';

const g = globalThis as Record<string, unknown>;
let store: SecretStore;

beforeEach(() => {
  store = new SecretStore();
  g['__forge_fetch__'] = (_meta: unknown, path: string, init: RequestInit) => Promise.resolve(store.answer(path, init));
});
afterAll(() => delete g['__forge_fetch__']);

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => {
      const err = e as ForgeKvsAPIError;
      return { code: err.code, status: err.responseDetails.status };
    },
  );

test('a secret absent reads as undefined; set, it reads back; deleted, it is gone', async () => {
  expect(await kvs.getSecret('s1')).toBeUndefined();
  await kvs.setSecret('s1', { v: 1 });
  expect(await kvs.getSecret('s1')).toEqual({ v: 1 });
  await kvs.deleteSecret('s1');
  expect(await kvs.getSecret('s1')).toBeUndefined();
});

test('it refuses an existing key under FAIL_IF_EXISTS, an invalid key and an oversized value', async () => {
  await kvs.setSecret('s2', 'a');
  expect(await refusal(kvs.setSecret('s2', 'b', { keyPolicy: 'FAIL_IF_EXISTS' }))).toEqual({
    code: 'KEY_ALREADY_EXISTS',
    status: 409,
  });
  expect(await kvs.getSecret('s2')).toBe('a');
  expect(await refusal(kvs.setSecret('bad/key', 'x'))).toEqual({ code: 'INVALID_KEY', status: 400 });
  expect(await refusal(kvs.getSecret(''))).toEqual({ code: 'INVALID_KEY', status: 400 });
  expect(await refusal(kvs.setSecret('s3', 'x'.repeat(250 * 1024)))).toEqual({ code: 'VALUE_TOO_LARGE', status: 413 });
});

test('the installation secret is made on first use, once, even by two first uses at once', async () => {
  const [a, b] = await Promise.all([installationSecret('itr-test'), installationSecret('itr-test')]);
  expect(a).toMatch(/^[0-9a-f]{64}$/);
  expect(b).toBe(a);
  expect(await installationSecret('itr-test')).toBe(a);
});
