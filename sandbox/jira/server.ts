// The Jira Cloud emulator's HTTP server: every request is checked against Atlassian's OpenAPI spec
// first (unknown route 404, wrong method 405, missing parameter 400, as Jira answers), then faults are
// injected if a test asked for them, then the route runs on the in-memory site. Counters record calls per
// endpoint and per invocation, and the objects read (Jira's points quota is counted in objects).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routes } from './routes';
import { JiraHttpError, type Handler, type JiraReply, type RouteContext } from './routes/types';
import type { Site } from './site';
import { siteSpec } from './spec';

export const ACCOUNT_HEADER = 'x-itr-sandbox-account';
export const INVOCATION_HEADER = 'x-itr-sandbox-invocation';

export interface Fault {
  readonly method?: string;
  /** Spec template, e.g. '/rest/api/3/issue/{issueIdOrKey}/comment'. */
  readonly template?: string;
  /** One resource only, e.g. '/rest/api/3/issue/10001/comment'. */
  readonly path?: string;
  readonly status: 429 | 500 | 503;
  readonly retryAfter?: number;
  readonly reason?: 'jira-quota-global-based' | 'jira-burst-based' | 'jira-per-issue-on-write';
  /** How many matching requests fail; Infinity for a storm that the test ends. */
  times: number;
  /** 'after': Jira acts on the request, then answers with the error (a gateway failing on the way back). */
  readonly when?: 'before' | 'after';
}

export interface Counters {
  /** Calls per 'METHOD template'. */
  readonly calls: Map<string, number>;
  /** Calls per invocation id (the host tags each handler run). */
  readonly byInvocation: Map<string, number>;
  objectsRead: number;
  faults: number;
  total: number;
}

export interface EmulatorOptions {
  readonly indexed: RouteContext['indexed'];
  readonly aliases: RouteContext['aliases'];
}

export class JiraEmulator {
  readonly counters: Counters = { calls: new Map(), byInvocation: new Map(), objectsRead: 0, faults: 0, total: 0 };
  readonly faults: Fault[] = [];
  /** Every route template a request matched, to prove the app only calls routes in the spec. */
  readonly templatesUsed = new Set<string>();
  /** Milliseconds every answer waits (slow Jira). */
  delayMs = 0;
  private server: Server | null = null;
  private readonly spec = siteSpec();
  private readonly ctx: RouteContext;

  constructor(
    readonly site: Site,
    options: EmulatorOptions,
  ) {
    this.ctx = {
      site,
      read: (n) => {
        this.counters.objectsRead += n;
      },
      indexed: options.indexed,
      aliases: options.aliases,
    };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('The Jira emulator is not started.');
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  resetCounters(): void {
    this.counters.calls.clear();
    this.counters.byInvocation.clear();
    this.counters.objectsRead = 0;
    this.counters.faults = 0;
    this.counters.total = 0;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://jira.local');
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        ...(body === undefined ? {} : { 'content-type': 'application/json;charset=UTF-8' }),
        ...headers,
      });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      send(400, { errorMessages: ['Unexpected character in the request body: it is not valid JSON.'], errors: {} });
      return;
    }
    const check = this.spec.check(method, url.pathname + url.search, body);
    this.counters.total++;
    const invocation = req.headers[INVOCATION_HEADER];
    if (typeof invocation === 'string')
      this.counters.byInvocation.set(invocation, (this.counters.byInvocation.get(invocation) ?? 0) + 1);
    if (!check.ok) {
      send(check.status, { errorMessages: check.errorMessages, errors: {} });
      return;
    }
    const endpoint = `${method} ${check.route.template}`;
    this.counters.calls.set(endpoint, (this.counters.calls.get(endpoint) ?? 0) + 1);
    this.templatesUsed.add(endpoint);
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));

    const fault = this.faults.find(
      (f) =>
        f.times > 0 &&
        (f.method ?? method) === method &&
        (f.template ?? check.route.template) === check.route.template &&
        (f.path ?? url.pathname) === url.pathname,
    );
    const failWith = (f: Fault) => {
      f.times--;
      this.counters.faults++;
      const headers: Record<string, string> =
        f.status === 429 || f.status === 503 ? { 'retry-after': String(f.retryAfter ?? 1) } : {};
      if (f.reason) headers['ratelimit-reason'] = f.reason;
      send(
        f.status,
        { errorMessages: [f.status === 429 ? 'Rate limit exceeded.' : 'Service temporarily unavailable.'], errors: {} },
        headers,
      );
    };
    if (fault && fault.when !== 'after') {
      failWith(fault);
      return;
    }
    const handler = routes.get(endpoint);
    if (!handler) {
      send(501, { errorMessages: [`The sandbox does not emulate ${endpoint} (it is in the spec).`], errors: {} });
      return;
    }
    const account = req.headers[ACCOUNT_HEADER];
    const { reply, acted } = this.run(handler, method, check, url, body, typeof account === 'string' ? account : null);
    if (fault && acted)
      failWith(fault); // Jira acted; the answer is lost on the way back
    else send(reply.status, reply.body, { ...(reply.headers ?? {}) });
  }

  /** A person's request through Jira's own pages (the sandbox's web UI): the spec's checks, the routes and
   * their refusals as over HTTP, without faults and outside the app's counters. */
  asPerson(accountId: string, method: string, pathWithQuery: string, body?: unknown): JiraReply {
    const check = this.spec.check(method, pathWithQuery, body);
    if (!check.ok) return { status: check.status, body: { errorMessages: check.errorMessages, errors: {} } };
    const handler = routes.get(`${method} ${check.route.template}`);
    if (!handler) throw new Error(`The sandbox does not emulate ${method} ${check.route.template}.`);
    return this.run(handler, method, check, new URL(pathWithQuery, 'http://jira.local'), body, accountId).reply;
  }

  /** Runs a route on the site; Jira's refusals become its error answers (acted: false). */
  private run(
    handler: Handler,
    method: string,
    check: { readonly route: { readonly template: string }; readonly pathParams: Readonly<Record<string, string>> },
    url: URL,
    body: unknown,
    accountId: string | null,
  ): { reply: JiraReply; acted: boolean } {
    this.site.catchUp();
    const request = { method, template: check.route.template, params: check.pathParams, query: url.searchParams };
    try {
      return { reply: handler({ ...request, body, accountId }, this.ctx), acted: true };
    } catch (e) {
      const reply =
        e instanceof JiraHttpError
          ? { status: e.status, body: { errorMessages: e.errorMessages, errors: e.errors } }
          : { status: 500, body: { errorMessages: [e instanceof Error ? e.message : String(e)], errors: {} } };
      return { reply, acted: false };
    }
  }
}
