// The sandbox's Jira-like web UI on 127.0.0.1: the issue list (/issues?jql=…), the issue view
// (/browse/{KEY}) with its forms acting on the emulator as the chosen user, and the app's admin page, each
// framing the built Custom UI under Forge's default CSP and answering the frames' __bridge calls with the
// real resolvers through ForgeHost.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { ForgeHost } from '../forge/host';
import { REPO_ROOT } from '../repo-root';
import { adminPage, notFoundPage } from './admin-page';
import { createPage } from './create-page';
import * as person from './as-person';
import { answerBridge, bridgeCall } from './bridge-host';
import { lastChange, version } from './changes';
import { Dashboard, DASHBOARD_PATH } from './dashboard';
import { dashboardPage } from './dashboard-page';
import { issuePage, type AppFrame } from './issue-page';
import { DEFAULT_JQL, issuesPage, listVersion } from './issues-page';
import { ADMIN_PATH, PROJECT_PAGE, SHELL_CSP, when } from './layout';
import { projectPage } from './project-page';
import { accountOf, href, viewerOf, type Viewer } from './viewer';

export { ADMIN_PATH };

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
/** The shell's own files, by the path it serves them at. */
const SHELL_FILES: Record<string, string> = {
  '/__bridge.js': 'sandbox/ui/bridge.js',
  '/__shell.js': 'sandbox/ui/shell.js',
  '/__shell.css': 'sandbox/ui/shell.css',
};
const ACTIONS = ['transition', 'assign', 'comment'] as const;

export class SandboxUi {
  /** CSP violations reported by the app's frames and the shell's pages. */
  readonly cspViolations: unknown[] = [];
  /** The dashboard at /jira/dashboards/1: every gadget the app offers, once, until someone changes it. */
  readonly dashboard: Dashboard;
  private server: Server | null = null;

  constructor(private readonly host: ForgeHost) {
    this.dashboard = new Dashboard(this.gadgetModules('en-US').map((g) => g.key));
  }

  private gadgetModules(locale: string): Array<{ key: string; title: string; description: string }> {
    // A gadget whose resource is not built yet (a partial `npm run build:ui`) is not offered.
    return [...this.host.wiring.ui]
      .filter(([, u]) => u.type === 'jira:dashboardGadget' && existsSync(join(REPO_ROOT, u.file)))
      .map(([key, u]) => ({
        key,
        title: u.titles[locale] ?? u.title,
        description: u.descriptions[locale] ?? u.description ?? '',
      }));
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((e: unknown) => send(res, 500, 'text/plain', String(e)));
    });
    await new Promise<void>((ok) => this.server!.listen(port, '127.0.0.1', ok));
    const origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.host.webTriggerUrls.origin = origin; // the app's web trigger URLs are served here
    return origin;
  }

  async stop(): Promise<void> {
    await new Promise((ok) => this.server?.close(ok));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const post = req.method === 'POST';
    const browse = /^\/browse\/([A-Z][A-Z0-9]*-\d+)(?:\/([a-z]+))?$/.exec(path);
    const shellFile = SHELL_FILES[path];
    if (path === '/favicon.ico') send(res, 204, 'text/plain', '');
    else if (path === '/') redirect(res, href('/issues', viewerOf(url.searchParams)));
    else if (path === '/issues') this.issues(res, url);
    else if (browse && !browse[2]) this.issue(res, browse[1]!, viewerOf(url.searchParams));
    else if (browse && post && (ACTIONS as readonly string[]).includes(browse[2]!))
      await this.act(req, res, browse[1]!, browse[2] as (typeof ACTIONS)[number], viewerOf(url.searchParams));
    else if (path === '/create' && post) await this.create(req, res, viewerOf(url.searchParams));
    else if (path === '/create')
      page(res, 200, createPage(this.host.site, viewerOf(url.searchParams), new URLSearchParams()));
    else if (path === ADMIN_PATH) this.admin(res, viewerOf(url.searchParams, { user: 'admin' }));
    else if (PROJECT_PAGE.test(path))
      this.project(res, PROJECT_PAGE.exec(path)![2]!, viewerOf(url.searchParams, { user: 'manager' }));
    else if (path === DASHBOARD_PATH) this.showDashboard(res, url);
    else if (path.startsWith(`${DASHBOARD_PATH}/gadgets`) && post) await this.changeDashboard(req, res, url);
    else if (path === '/issues/')
      redirect(res, `/issues${url.search}`); // Jira's search URL, as links in the app give it
    else if (path === '/__changes') this.changes(res, url);
    else if (shellFile) send(res, 200, TYPES[extname(shellFile)]!, await readFile(join(REPO_ROOT, shellFile)));
    else if (path === '/__tokens.css')
      send(res, 200, TYPES['.css']!, (await Promise.all(THEMES.map(themeCss))).join('\n'));
    else if (path === '/__bridge' && post) {
      const a = await answerBridge(
        this.host,
        this.dashboard,
        bridgeCall.parse(JSON.parse((await body(req)) || 'null') as unknown),
      );
      send(res, a.status, 'application/json', JSON.stringify(a.body));
    } else if (path === '/__csp' && post) {
      this.cspViolations.push(JSON.parse(await body(req)) as unknown);
      send(res, 204, 'text/plain', '');
    } else if (path.startsWith('/ui/')) await this.staticFile(res, path.slice('/ui/'.length));
    else if (path.startsWith('/x1/')) await this.webTrigger(req, res);
    else send(res, 404, 'text/plain', 'not found');
  }

  /** A web trigger URL (e.g. a survey link): the call handed to the app's handler as Forge would, anonymous. */
  private async webTrigger(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const a = await this.host.webTrigger({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers,
      body: await body(req),
    });
    res.writeHead(a.status, a.headers);
    res.end(a.body);
  }

  private issues(res: ServerResponse, url: URL): void {
    const v = viewerOf(url.searchParams);
    const jql = url.searchParams.get('jql') ?? DEFAULT_JQL;
    const after = url.searchParams.get('after');
    const outcome = person.search(this.host, accountOf(v), jql, after);
    page(res, 200, issuesPage(this.host.site, v, { jql, after }, outcome)); // a bad query's errors show on the page
  }

  private issue(res: ServerResponse, key: string, v: Viewer, refusal?: string, status = 200): void {
    const site = this.host.site;
    const issue = site.issue(key);
    if (!issue || !site.may(accountOf(v), 'browse', issue.project)) {
      page(res, 404, notFoundPage(site.clock(), v, key));
      return;
    }
    const frame = (moduleKey: string): AppFrame => {
      const ui = this.host.wiring.ui.get(moduleKey)!;
      const q = new URLSearchParams({ module: moduleKey, issue: issue.key, ...v });
      return {
        key: moduleKey,
        title: ui.titles[v.locale] ?? ui.title,
        src: `/ui/${builtFile(ui.file)}?${q.toString()}`,
      };
    };
    const view = {
      site,
      issue,
      viewer: v,
      account: accountOf(v),
      version: version(issue),
      panel: frame('itr-sla-panel'),
      context: frame('itr-issue-context'),
      ...(refusal === undefined ? {} : { refusal }),
    };
    page(res, status, issuePage(view));
  }

  /** POST-redirect-GET: the change as the chosen user, or the page again with Jira's refusal. */
  private async act(
    req: IncomingMessage,
    res: ServerResponse,
    key: string,
    what: (typeof ACTIONS)[number],
    v: Viewer,
  ): Promise<void> {
    const form = new URLSearchParams(await body(req));
    const account = accountOf(v);
    const refused =
      what === 'transition'
        ? await person.transition(this.host, account, key, form.get('status') ?? '')
        : what === 'assign'
          ? await person.assign(this.host, account, key, form.get('assignee') ?? '')
          : await person.comment(this.host, account, key, form.get('body') ?? '');
    if (refused === null) redirect(res, href(`/browse/${key}`, v), 303);
    else this.issue(res, key, v, refused, /permission/i.test(refused) ? 403 : 400);
  }

  /** POST-redirect-GET to the new issue, or the form again with Jira's refusal. */
  private async create(req: IncomingMessage, res: ServerResponse, v: Viewer): Promise<void> {
    const form = new URLSearchParams(await body(req));
    const made = await person.create(this.host, accountOf(v), form);
    if ('key' in made) redirect(res, href(`/browse/${made.key}`, v), 303);
    else page(res, /permission/i.test(made.refusal) ? 403 : 400, createPage(this.host.site, v, form, made.refusal));
  }

  private admin(res: ServerResponse, v: Viewer): void {
    const ui = this.host.wiring.ui.get('itr-admin')!;
    const q = new URLSearchParams({ module: 'itr-admin', ...v });
    page(
      res,
      200,
      adminPage(this.host.site.clock(), v, {
        key: 'itr-admin',
        title: ui.titles[v.locale] ?? ui.title,
        src: `/ui/${builtFile(ui.file)}?${q.toString()}`,
      }),
    );
  }

  private project(res: ServerResponse, key: string, v: Viewer): void {
    const project = this.host.site.projects.get(key);
    if (!project || !this.host.site.may(accountOf(v), 'browse', key)) {
      page(res, 404, notFoundPage(this.host.site.clock(), v, key));
      return;
    }
    const ui = this.host.wiring.ui.get('itr-project')!;
    const q = new URLSearchParams({ module: 'itr-project', project: key, ...v });
    page(
      res,
      200,
      projectPage(this.host.site.clock(), v, project, {
        key: 'itr-project',
        title: ui.titles[v.locale] ?? ui.title,
        src: `/ui/${builtFile(ui.file)}?${q.toString()}`,
      }),
    );
  }

  private showDashboard(res: ServerResponse, url: URL): void {
    const v = viewerOf(url.searchParams, { user: 'manager' });
    const canEdit = this.dashboard.mayEdit(accountOf(v));
    const editing = canEdit ? url.searchParams.get('edit') : null;
    const cards = this.dashboard.gadgets.map((g) => {
      const ui = this.host.wiring.ui.get(g.module)!;
      const entry = g.id === editing ? 'edit' : 'view';
      const q = new URLSearchParams({ module: g.module, gadget: g.id, entry, ...v });
      return {
        id: g.id,
        title: ui.titles[v.locale] ?? ui.title,
        src: `/ui/${builtFile(ui.file)}?${q.toString()}`,
        editing: entry === 'edit',
        refresh: Dashboard.refreshOf(g),
        reload: ui.refreshable,
      };
    });
    page(
      res,
      200,
      dashboardPage({
        now: this.host.site.clock(),
        viewer: v,
        canEdit,
        cards,
        available: this.gadgetModules(v.locale),
      }),
    );
  }

  /** Adds a gadget (then opens its edit view, as Jira does) or removes one; POST-redirect-GET. */
  private async changeDashboard(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const v = viewerOf(url.searchParams, { user: 'manager' });
    if (!this.dashboard.mayEdit(accountOf(v))) {
      send(res, 403, 'text/plain', 'Only the dashboard’s owner and Jira admins change its gadgets.');
      return;
    }
    const remove = /^\/gadgets\/([\w-]+)\/remove$/.exec(url.pathname.slice(DASHBOARD_PATH.length));
    if (remove) {
      this.dashboard.remove(remove[1]!);
      redirect(res, href(DASHBOARD_PATH, v), 303);
      return;
    }
    const module = new URLSearchParams(await body(req)).get('module') ?? '';
    if (!this.gadgetModules(v.locale).some((g) => g.key === module)) {
      send(res, 400, 'text/plain', `no gadget module ${module}`);
      return;
    }
    redirect(res, href(DASHBOARD_PATH, v, { edit: this.dashboard.add(module).id }), 303);
  }

  /** What an open page polls: the sandbox clock, and the issue's fingerprint with its last change, or the
   * list's (its search answered again). */
  private changes(res: ServerResponse, url: URL): void {
    const v = viewerOf(url.searchParams);
    const q = url.searchParams;
    const issue = this.host.site.issue(q.get('issue') ?? '');
    const visible = issue && this.host.site.may(accountOf(v), 'browse', issue.project);
    const jql = q.get('jql');
    const answer = {
      clock: when(this.host.now(), v),
      ...(visible ? { version: version(issue), change: lastChange(issue) } : {}),
      ...(jql === null ? {} : { version: listVersion(person.search(this.host, accountOf(v), jql, q.get('after'))) }),
    };
    send(res, 200, 'application/json', JSON.stringify(answer));
  }

  private async staticFile(res: ServerResponse, path: string): Promise<void> {
    const root = join(REPO_ROOT, 'static/build');
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      send(res, 403, 'text/plain', 'outside the resource');
      return;
    }
    let content: Buffer | string = await readFile(file).catch(() => Buffer.alloc(0));
    if (content.length === 0) {
      send(res, 404, 'text/plain', `not built: ${path} (npm run build:ui)`);
      return;
    }
    if (extname(file) === '.html')
      content = content.toString('utf8').replace('<head>', '<head><script src="/__bridge.js"></script>');
    res.setHeader('content-security-policy', FORGE_CSP);
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content);
  }
}

/** A resource file's path under static/build, where /ui/ serves from. */
const builtFile = (file: string) => file.replace(/^static\/build\//, '');

async function themeCss(file: string): Promise<string> {
  return ((await import(file)) as { default: string }).default;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function page(res: ServerResponse, status: number, html: string): void {
  res.setHeader('content-security-policy', SHELL_CSP);
  send(res, status, TYPES['.html']!, html);
}

function send(res: ServerResponse, status: number, type: string, content: string | Buffer): void {
  res.writeHead(status, { 'content-type': type });
  res.end(content);
}

function redirect(res: ServerResponse, to: string, status = 302): void {
  res.writeHead(status, { location: to });
  res.end();
}
