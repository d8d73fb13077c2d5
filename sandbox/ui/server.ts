// The sandbox's Jira-like web UI on 127.0.0.1: /browse/{KEY} frames the built Custom UI under Forge's
// default CSP, and answers the frames' __bridge calls with the real resolvers through ForgeHost.

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { z } from 'zod';
import { PEOPLE } from '../demo/site-seed';
import type { ForgeHost } from '../forge/host';
import { REPO_ROOT } from '../repo-root';
import { adminPage, frameUrl, issuePage, type Viewer } from './shell';

/** Forge's default policy for Custom UI: nothing inline, everything from the app's own origin. */
export const FORGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const THEMES = ['light', 'dark', 'spacing', 'typography', 'shape'].map((t) =>
  join(REPO_ROOT, 'node_modules/@atlaskit/tokens/dist/cjs/artifacts/themes', `atlassian-${t}.js`),
);
const viewer = z.object({
  user: z.enum(['agent', 'viewer', 'admin']).catch('agent'),
  locale: z.enum(['en-US', 'zh-CN']).catch('en-US'),
  theme: z.enum(['light', 'dark']).catch('light'),
  timezone: z.string().catch('Asia/Shanghai'),
});
const call = z.object({
  name: z.string(),
  payload: z.unknown().optional(),
  frame: viewer.extend({ module: z.string(), issue: z.string().optional() }),
});
/** Where Jira serves an app's admin page (the sandbox's one app). */
export const ADMIN_PATH = '/jira/settings/apps/itr';
const accountOf = { agent: PEOPLE.agent, viewer: PEOPLE.viewer, admin: PEOPLE.admin } as const;

export class SandboxUi {
  readonly cspViolations: unknown[] = [];
  private server: Server | null = null;

  constructor(private readonly host: ForgeHost) {}

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((e: unknown) => send(res, 500, 'text/plain', String(e)));
    });
    await new Promise<void>((ok) => this.server!.listen(port, '127.0.0.1', ok));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((ok) => this.server?.close(ok));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const browse = /^\/browse\/([A-Z]+-\d+)$/.exec(url.pathname);
    if (url.pathname === '/favicon.ico') {
      send(res, 204, 'text/plain', '');
      return;
    }
    if (url.pathname === '/') {
      redirect(res, `/browse/${this.firstOpenIssue()}`);
      return;
    }
    if (browse) {
      this.issuePage(res, browse[1]!, viewer.parse(Object.fromEntries(url.searchParams)));
      return;
    }
    if (url.pathname === ADMIN_PATH) {
      const v = viewer.parse({ user: 'admin', ...Object.fromEntries(url.searchParams) });
      const file = this.host.wiring.ui.get('itr-admin')!.file.replace(/^static\/build\//, '');
      send(res, 200, TYPES['.html']!, adminPage(v, frameUrl('itr-admin', file, null, v)));
      return;
    }
    if (url.pathname === '/__bridge.js') {
      send(res, 200, TYPES['.js']!, await readFile(join(REPO_ROOT, 'sandbox/ui/bridge.js')));
      return;
    }
    if (url.pathname === '/__tokens.css') {
      send(res, 200, TYPES['.css']!, (await Promise.all(THEMES.map(themeCss))).join('\n'));
      return;
    }
    if (url.pathname === '/__bridge' && req.method === 'POST') return this.bridge(res, call.parse(await json(req)));
    if (url.pathname === '/__csp' && req.method === 'POST') {
      this.cspViolations.push(await json(req));
      send(res, 204, 'text/plain', '');
      return;
    }
    if (url.pathname.startsWith('/ui/')) return this.staticFile(res, url.pathname.slice('/ui/'.length));
    send(res, 404, 'text/plain', 'not found');
  }

  private firstOpenIssue(): string {
    const open = [...this.host.site.issues.values()].filter((i) => i.project === 'SUP' && i.properties.has('itr'));
    return open[open.length - 1]?.key ?? 'SUP-1';
  }

  private issuePage(res: ServerResponse, key: string, v: Viewer): void {
    const issue = this.host.site.issue(key);
    if (!issue) {
      send(res, 404, 'text/plain', `no issue ${key}`);
      return;
    }
    const ui = this.host.wiring.ui;
    const file = (k: string) => ui.get(k)!.file.replace(/^static\/build\//, '');
    const frames = {
      panel: frameUrl('itr-sla-panel', file('itr-sla-panel'), issue, v),
      context: frameUrl('itr-issue-context', file('itr-issue-context'), issue, v),
    };
    send(res, 200, TYPES['.html']!, issuePage(issue, v, frames));
  }

  private async staticFile(res: ServerResponse, path: string): Promise<void> {
    const root = join(REPO_ROOT, 'static/build');
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      send(res, 403, 'text/plain', 'outside the resource');
      return;
    }
    let body: Buffer | string = await readFile(file).catch(() => Buffer.alloc(0));
    if (body.length === 0) {
      send(res, 404, 'text/plain', `not built: ${path} (npm run build:ui)`);
      return;
    }
    if (extname(file) === '.html')
      body = body.toString('utf8').replace('<head>', '<head><script src="/__bridge.js"></script>');
    res.setHeader('content-security-policy', FORGE_CSP);
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
  }

  private async bridge(res: ServerResponse, c: z.infer<typeof call>): Promise<void> {
    const issue = c.frame.issue === undefined ? null : this.host.site.issue(c.frame.issue);
    if (c.frame.issue !== undefined && !issue) {
      send(res, 404, 'application/json', JSON.stringify({ message: `no issue ${c.frame.issue}` }));
      return;
    }
    const accountId = accountOf[c.frame.user];
    const ui = this.host.wiring.ui.get(c.frame.module);
    if (!ui) {
      send(res, 400, 'application/json', JSON.stringify({ message: `no module ${c.frame.module}` }));
      return;
    }
    const answer = (value: unknown) => send(res, 200, 'application/json', JSON.stringify({ value }));
    switch (c.name) {
      case 'getContext': {
        answer({
          accountId,
          cloudId: 'sandbox',
          moduleKey: c.frame.module,
          locale: c.frame.locale,
          timezone: c.frame.timezone,
          theme: { colorMode: c.frame.theme },
          extension: {
            type: c.frame.module,
            ...(issue ? { issue: { id: String(issue.id), key: issue.key }, project: { key: issue.project } } : {}),
          },
        });
        return;
      }
      case 'enableTheming': {
        send(res, 200, 'application/json', JSON.stringify({ attrs: themeAttrs(c.frame.theme) }));
        return;
      }
      case 'invoke': {
        const p = z.object({ functionKey: z.string(), payload: z.unknown().optional() }).parse(c.payload);
        const rec = await this.host.resolve(ui.handler, c.frame.module, p.functionKey, p.payload ?? {}, {
          accountId,
          ...(issue ? { issue: { id: String(issue.id), key: issue.key } } : {}),
        });
        if (rec.outcome !== 'ok') {
          send(res, 500, 'application/json', JSON.stringify({ message: rec.error }));
          return;
        }
        answer(rec.result);
        return;
      }
      default: {
        answer(true);
        return;
      }
    }
  }
}

/** The root attributes @atlaskit/tokens' getThemeHtmlAttrs gives for Jira's default themes. */
function themeAttrs(colorMode: 'light' | 'dark'): Record<string, string> {
  const theme = 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';
  return { 'data-theme': theme, 'data-color-mode': colorMode };
}

async function themeCss(file: string): Promise<string> {
  return ((await import(file)) as { default: string }).default;
}

function json(req: IncomingMessage): Promise<unknown> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to });
  res.end();
}
