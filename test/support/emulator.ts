// The Jira emulator alone (no Forge host, no SQL) on the demo seed and a clock the test moves, with a
// client that calls it as a user or as the app.

import { SITE_SEED } from '../../sandbox/demo/site-seed';
import { readManifest } from '../../sandbox/forge/manifest';
import { ACCOUNT_HEADER, JiraEmulator } from '../../sandbox/jira/server';
import { Site, type SiteOptions } from '../../sandbox/jira/site';

export interface JiraAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly location: string | null;
}

export interface Emulated {
  readonly site: Site;
  /** Moves the site's clock. */
  advance(ms: number): void;
  /** Calls Jira as `as` (an account id) or, by default, as the app. */
  call(method: string, path: string, body?: unknown, as?: string): Promise<JiraAnswer>;
  stop(): Promise<void>;
}

export async function startEmulator(now: number, options: SiteOptions = {}): Promise<Emulated> {
  let t = now;
  const site = new Site(SITE_SEED, () => t, options);
  const wiring = readManifest();
  const jira = new JiraEmulator(site, { indexed: wiring.indexed, aliases: wiring.aliases });
  await jira.start();
  return {
    site,
    advance(ms) {
      t += ms;
    },
    async call(method, path, body, as) {
      const res = await fetch(jira.url + path, {
        method,
        redirect: 'manual',
        headers: { 'content-type': 'application/json', ...(as ? { [ACCOUNT_HEADER]: as } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return {
        status: res.status,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
        location: res.headers.get('location'),
      };
    },
    stop: () => jira.stop(),
  };
}
