// Ids of imported records derived from what names them (a UUID v5 in the app's own namespace), so
// importing the same file or organization again updates the records instead of duplicating them.

import { createHash } from 'node:crypto';

const NAMESPACE = Buffer.from('5c8f7d2e6b1a4e0f9d3c2b1a0f9e8d7c', 'hex');

export function stableId(...parts: readonly string[]): string {
  const h = createHash('sha1').update(NAMESPACE).update(parts.join('\u0000'), 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50; // version 5
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
