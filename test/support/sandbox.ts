// A fresh sandbox per test file: a Jira site seeded with the demo organisation, its own SQL database,
// and the Forge host running the app's real handlers with the real @forge/* packages.

import { ForgeHost } from '../../sandbox/forge/host';
import { PEOPLE, SITE_SEED } from '../../sandbox/demo/site-seed';
import { Site, type Issue, type SiteOptions } from '../../sandbox/jira/site';
import { startSql, type SqlDatabase } from '../../sandbox/sql/mariadb';
import { sqlFetchHandler } from '../../sandbox/sql/forge-fetch-sql';
import * as handlers from '../../src/index';
import type { ConfigInput } from '../../src/domain/config';
import { activateTemplate } from '../../sandbox/demo/activate';

export { PEOPLE };

export interface Sandbox {
  readonly host: ForgeHost;
  readonly site: Site;
  readonly db: SqlDatabase;
  stop(): Promise<void>;
}

export interface SandboxOptions {
  /** Project keys the activated configuration manages (default: the service desk, SUP); null activates
   * nothing (the app as installed). */
  readonly scope?: readonly string[] | null;
  /** Changes to the default template before it is activated. */
  readonly config?: (c: ConfigInput) => ConfigInput;
  readonly site?: SiteOptions;
}

export async function startSandbox(now: number, options: SandboxOptions = {}): Promise<Sandbox> {
  const db = await (await startSql()).database();
  const site = new Site(SITE_SEED, () => Date.now(), options.site);
  const host = await new ForgeHost({ site, sql: sqlFetchHandler(db), handlers, now }).start();
  const scope = options.scope === undefined ? ['SUP'] : options.scope;
  if (scope !== null) {
    await activateTemplate(host, site, scope, options.config);
    host.log.splice(0); // tests read what the app did after it was set up
  }
  return {
    host,
    site,
    db,
    async stop() {
      await host.stop();
      await db.drop();
    },
  };
}

/** Custom field id by name on the sandbox site. */
export function fieldId(site: Site, name: string): string {
  const f = site.field(name);
  if (!f) throw new Error(`no field ${name}`);
  return f.id;
}

/** A service request on the service desk, raised by the customer's user: the tests' everyday issue. */
export function passwordRequest(site: Site, n: number): Issue {
  return site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Service request',
      summary: `How to reset my password (${n})`,
      reporter: PEOPLE.reporter,
      custom: { [fieldId(site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
}

/** An incident on the service desk's printers, held by L1: the panel tests' issue. */
export function printerIncident(site: Site): Issue {
  return site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: '打印机卡纸 / printer jams',
      reporter: PEOPLE.reporter,
      components: ['Printer'],
      custom: { [fieldId(site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
}

/** The `itr` property Jira holds for an issue. */
export function itr(issue: Issue): Record<string, unknown> {
  return (issue.properties.get('itr') ?? {}) as Record<string, unknown>;
}

/** Comment texts (ADF flattened) of an issue, oldest first. */
export function commentTexts(issue: Issue): string[] {
  const text = (n: unknown): string => {
    if (typeof n !== 'object' || n === null) return '';
    const o = n as { text?: unknown; content?: unknown; type?: unknown };
    if (typeof o.text === 'string') return o.text;
    const inner = Array.isArray(o.content) ? o.content.map(text).join(o.type === 'doc' ? '\n' : '') : '';
    return inner;
  };
  return issue.comments.map((c) => text(c.body));
}
