// A survey link: the survey (project and id) and its expiry, signed with HMAC-SHA256 under the
// installation's secret (Forge secret storage). Anyone holding the link may answer once before it expires;
// nobody can make a link for another survey or move its expiry without the secret.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { installationSecret } from '../../platform/secrets';
import { webTriggerUrl } from '../../platform/web-trigger';

export const SURVEY_TRIGGER = 'itr-survey';
const SECRET_KEY = 'itr-survey-signing';

export interface LinkClaims {
  readonly projectId: string;
  readonly surveyId: string;
  readonly expiresAt: number;
}

const signed = (c: LinkClaims) => `v1|${c.projectId}|${c.surveyId}|${c.expiresAt}`;

function signature(secret: string, c: LinkClaims): Buffer {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(signed(c)).digest();
}

/** Whether `sig` (base64url) is the link's signature; compared in constant time. */
export async function verify(c: LinkClaims, sig: string): Promise<boolean> {
  const expected = signature(await installationSecret(SECRET_KEY), c);
  const given = Buffer.from(sig, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Makes the links respondents open: the web trigger's URL with the claims and their signature (the URL
 * and the secret read once, however many links are made). */
export async function linkMaker(): Promise<(c: LinkClaims) => string> {
  const base = await webTriggerUrl(SURVEY_TRIGGER);
  const secret = await installationSecret(SECRET_KEY);
  return (c) => {
    const url = new URL(base);
    url.searchParams.set('p', c.projectId);
    url.searchParams.set('s', c.surveyId);
    url.searchParams.set('e', String(c.expiresAt));
    url.searchParams.set('sig', signature(secret, c).toString('base64url'));
    return url.toString();
  };
}

/** A UUID derived from a name (the same name, the same id): a retried creation writes the same row. */
export function uuidFrom(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
