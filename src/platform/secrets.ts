// Forge secret storage (@forge/kvs; the app's only importer of it): a per-installation secret, created on
// first use. Two first uses at once both try to create it; only one may (FAIL_IF_EXISTS), and the other
// reads the winner's, so every link is signed with the one secret the installation keeps.

import { randomBytes } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { z } from 'zod';

const stored = z.string().regex(/^[0-9a-f]{64}$/);

/** A 32-byte secret (hex) kept under `key`, made now if there is none. */
export async function installationSecret(key: string): Promise<string> {
  const found = stored.safeParse(await kvs.getSecret(key));
  if (found.success) return found.data;
  const made = randomBytes(32).toString('hex');
  try {
    await kvs.setSecret(key, made, { keyPolicy: 'FAIL_IF_EXISTS' });
    return made;
  } catch (e) {
    const winner = stored.safeParse(await kvs.getSecret(key));
    if (winner.success) return winner.data;
    throw e;
  }
}
