// The local Forge host. It supplies the two globals Atlassian's runtime injects — `__forge_fetch__` (every
// requestJira, @forge/sql, @forge/kvs secret, web trigger URL and @forge/events call) and `__forge_runtime__` (app context, remaining time) —
// so the real @forge/* packages run unchanged, and it calls the app's exported handlers the way the
// manifest wires them: product events to triggers, a controllable clock to scheduled triggers, queue
// pushes to consumers (with delays and retries), resolver calls from the UI, and calls to web trigger URLs.

import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { install, type InstalledClock } from '@sinonjs/fake-timers';
import { z } from 'zod';
import { JiraEmulator, ACCOUNT_HEADER, INVOCATION_HEADER } from '../jira/server';
import type { Site, SiteEvent } from '../jira/site';
import type { ForgeFetch } from '../sql/forge-fetch-sql';
import { Interleaving } from './interleaving';
import { SecretStore } from './kvs';
import { readManifest, type Wiring } from './manifest';
import { productEvent } from './product-events';
import { Queue, type QueuedEvent } from './queue';
import { WebTriggerUrls, type WebTriggerCall } from './web-triggers';

type AnyHandler = (...args: unknown[]) => unknown;

interface Invocation {
  readonly id: string;
  readonly handler: string;
  readonly moduleKey: string;
  readonly deadline: number; // performance.now() based
  readonly accountId: string | null;
  calls: number;
  /** Its name in a concurrent run's interleaving ('sweep#2'). */
  label?: string;
  doom: Doom | null;
  kill: () => void;
  killedCall?: string;
}

/** How a doomed invocation dies: after N platform calls, or in the first call matching a pattern — before
 * the call leaves, or after Jira acted on it but before the answer comes back (the ambiguous case). */
type Doom = { readonly handler: string | null } & (
  { readonly calls: number } | { readonly call: RegExp; readonly when: 'before' | 'after' }
);

export interface InvocationRecord {
  readonly id: string;
  readonly handler: string;
  readonly outcome: 'ok' | 'error' | 'killed';
  readonly calls: number;
  readonly result?: unknown;
  readonly error?: string;
  /** The call the invocation died in, e.g. 'jira POST /rest/api/3/issue/10001/notify'. */
  readonly killedCall?: string;
}

export interface HostOptions {
  readonly site: Site;
  /** Answers @forge/sql's calls (sandbox/sql). */
  readonly sql: ForgeFetch;
  /** The app's handlers: the exports of src/index.ts. */
  readonly handlers: Readonly<Record<string, unknown>>;
  readonly now: number;
  readonly wiring?: Wiring;
}

const CLOUD_ID = 'c0ffee00-1d0c-4a11-9e5a-5a4db0c5e1e1';
/** What a web trigger handler must answer (Forge's WebTriggerResponse). */
const webTriggerResponse = z.object({
  statusCode: z.number().int().min(100).max(599),
  headers: z.record(z.string(), z.array(z.string())).optional(),
  body: z.string().optional(),
});
const never = new Promise<never>(() => undefined);

export class ForgeHost {
  readonly jira: JiraEmulator;
  readonly wiring: Wiring;
  readonly queue = new Queue();
  readonly log: InvocationRecord[] = [];
  /** The installation's Forge secret storage. */
  readonly secrets = new SecretStore();
  readonly webTriggerUrls: WebTriggerUrls;
  /** How product events reach the triggers: twice each, and/or newest first. */
  delivery = { duplicate: false, reverse: false };
  private readonly als = new AsyncLocalStorage<Invocation>();
  private readonly pending: SiteEvent[] = [];
  /** Product events a trigger asked Forge to deliver again (InvocationError), up to four times. */
  private readonly triggerRetries: Array<{
    handler: string;
    key: string;
    event: Record<string, unknown>;
    attempt: number;
    dueAt: number;
  }> = [];
  private clock: InstalledClock | null = null;
  private interleaving: Interleaving | null = null;
  private doom: Doom | null = null;
  private nextSchedule = new Map<string, number>();

  constructor(private readonly options: HostOptions) {
    this.wiring = options.wiring ?? readManifest();
    this.jira = new JiraEmulator(options.site, { indexed: this.wiring.indexed, aliases: this.wiring.aliases });
    this.webTriggerUrls = new WebTriggerUrls(this.wiring.webTriggers);
  }

  get site(): Site {
    return this.options.site;
  }

  async start(): Promise<this> {
    this.clock = install({ now: this.options.now, toFake: ['Date'] });
    for (const s of this.wiring.schedules)
      this.nextSchedule.set(s.key, Math.ceil(this.options.now / s.intervalMs) * s.intervalMs);
    await this.jira.start();
    this.site.onEvent = (e) => this.pending.push(e);
    const g = globalThis as Record<string, unknown>;
    g['__forge_fetch__'] = (meta: Record<string, unknown>, path: string, init: RequestInit) =>
      this.fetch(meta, path, init);
    g['__forge_runtime__'] = this.runtime();
    return this;
  }

  async stop(): Promise<void> {
    await this.jira.stop();
    this.clock?.uninstall();
    this.clock = null;
    const g = globalThis as Record<string, unknown>;
    delete g['__forge_fetch__'];
    delete g['__forge_runtime__'];
  }

  now(): number {
    return Date.now();
  }

  /** Drops undelivered product events: the site as it was before the app was installed. */
  forgetPendingEvents(): void {
    this.pending.length = 0;
  }

  /** The next invocation (of `handler`, or any) stops dead after `calls` platform calls (Jira, SQL,
   * queue), like a crashed lambda. */
  killNextAfter(calls: number, handler: string | null = null): void {
    this.doom = { calls, handler };
  }

  /** The next invocation (of `handler`, or any) that makes a call matching `call` (e.g.
   * /POST .*\/comment$/) dies in it, before it is sent or after Jira has acted on it. */
  killNextIn(call: RegExp, when: 'before' | 'after', handler: string | null = null): void {
    this.doom = { call, when, handler };
  }

  /** Delivers pending product events and due queue events until nothing is left to do. */
  async settle(): Promise<void> {
    for (;;) {
      this.site.catchUp();
      if (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        if (this.delivery.reverse) batch.reverse();
        for (const e of batch) {
          await this.deliverProductEvent(e);
          if (this.delivery.duplicate) await this.deliverProductEvent(e);
        }
        continue;
      }
      const due = this.queue.takeDue(this.now());
      if (due) {
        await this.deliverQueued(due);
        continue;
      }
      const retry = this.triggerRetries.findIndex((r) => r.dueAt <= this.now());
      if (retry >= 0) {
        const r = this.triggerRetries.splice(retry, 1)[0]!;
        await this.runTrigger(
          r.handler,
          r.key,
          { ...r.event, retryContext: { retryCount: r.attempt, retryReason: 'FUNCTION_RETRY_REQUEST' } },
          r.attempt,
        );
        continue;
      }
      return;
    }
  }

  /** Moves the clock forward, firing scheduled triggers and delayed queue events at their instants. */
  async advance(ms: number): Promise<void> {
    const end = this.now() + ms;
    await this.settle();
    for (;;) {
      const nextSchedule = Math.min(...[...this.nextSchedule.values()].filter((t) => t <= end), Infinity);
      const nextQueue = Math.min(this.queue.nextDue() ?? Infinity, ...this.triggerRetries.map((r) => r.dueAt));
      const next = Math.min(nextSchedule, nextQueue <= end ? nextQueue : Infinity);
      if (next === Infinity) break;
      this.clock!.setSystemTime(Math.max(next, this.now()));
      for (const s of this.wiring.schedules) {
        if (this.nextSchedule.get(s.key) === next) {
          this.nextSchedule.set(s.key, next + s.intervalMs);
          await this.invoke(s.handler, s.key, [
            { context: { cloudId: CLOUD_ID, moduleKey: s.key } },
            { installContext: `ari:cloud:jira::site/${CLOUD_ID}` },
          ]);
        }
      }
      await this.settle();
    }
    this.clock!.setSystemTime(end);
    await this.settle();
  }

  /** Sets the clock without running what would have run in between: a jump, not a passage of time. */
  jumpTo(t: number): void {
    this.clock!.setSystemTime(t);
    for (const s of this.wiring.schedules)
      this.nextSchedule.set(s.key, (Math.floor(t / s.intervalMs) + 1) * s.intervalMs);
  }

  /** Runs a scheduled trigger now, whatever the clock says. */
  async runSchedule(key: string): Promise<InvocationRecord> {
    const s = this.wiring.schedules.find((x) => x.key === key);
    if (!s) throw new Error(`manifest.yml has no scheduled trigger '${key}'`);
    const rec = await this.invoke(s.handler, s.key, [
      { context: { cloudId: CLOUD_ID, moduleKey: s.key } },
      { installContext: `ari:cloud:jira::site/${CLOUD_ID}` },
    ]);
    await this.settle();
    return rec;
  }

  /** Runs `jobs` (host work: settle(), runSchedule(...), resolve(...)) at once, their invocations
   * interleaved at each platform call in the order a generator seeded with `seed` picks; answers the
   * jobs' results and the interleaving (the handler that proceeded at each step). */
  async concurrently<T>(
    seed: number,
    jobs: ReadonlyArray<() => Promise<T>>,
  ): Promise<{ results: T[]; trace: readonly string[] }> {
    if (this.interleaving) throw new Error('ForgeHost.concurrently does not nest.');
    const interleaving = new Interleaving(seed);
    this.interleaving = interleaving;
    try {
      return { results: await Promise.all(jobs.map((job) => job())), trace: interleaving.trace };
    } finally {
      this.interleaving = null;
    }
  }

  /** Calls a resolver as Custom UI's invoke() does, as `accountId`, from an issue's panel or a project's page. */
  async resolve(
    handler: string,
    moduleKey: string,
    functionKey: string,
    payload: unknown,
    as: {
      accountId: string;
      issue?: { id: string; key: string };
      project?: { id: string; key: string; type: string };
    },
  ): Promise<InvocationRecord> {
    const ui = this.wiring.ui.get(moduleKey);
    if (!ui) throw new Error(`manifest.yml declares no Custom UI module '${moduleKey}'`);
    if (ui.handler !== handler)
      throw new Error(`module '${moduleKey}' resolves with '${ui.handler}', not '${handler}'`);
    const context = {
      accountId: as.accountId,
      cloudId: CLOUD_ID,
      moduleKey,
      localId: randomUUID(),
      extension: {
        type: moduleKey,
        ...(as.issue ? { issue: { id: as.issue.id, key: as.issue.key } } : {}),
        ...(as.project ? { project: as.project } : {}),
      },
    };
    const rec = await this.invoke(
      handler,
      moduleKey,
      [
        { call: { functionKey, payload }, context },
        { principal: { accountId: as.accountId }, installContext: `ari:cloud:jira::site/${CLOUD_ID}` },
      ],
      as.accountId,
    );
    await this.settle();
    return rec;
  }

  /** A call to a web trigger URL (anonymous, as Forge's are): the handler's answer, Forge's 404 for a URL it
   * never gave out, or its 500 when the handler fails or answers something that is not a response. */
  async webTrigger(call: WebTriggerCall): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const found = this.webTriggerUrls.request(call);
    if (!found) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'No such web trigger.' };
    const handler = this.wiring.webTriggers.get(found.moduleKey)!;
    const rec = await this.invoke(handler, found.moduleKey, [
      found.request,
      { installContext: `ari:cloud:jira::site/${CLOUD_ID}` },
    ]);
    await this.settle();
    const r = webTriggerResponse.safeParse(rec.result);
    if (rec.outcome !== 'ok' || !r.success)
      return { status: 500, headers: { 'content-type': 'text/plain' }, body: 'The web trigger failed.' };
    const headers = Object.fromEntries(
      Object.entries(r.data.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v.join(', ')]),
    );
    return { status: r.data.statusCode, headers, body: r.data.body ?? '' };
  }

  /** Delivers one of the app's own life cycle events (avi:forge:installed:app, …) to the triggers subscribed. */
  async lifecycleEvent(eventType: string): Promise<void> {
    const payload = { eventType, id: CLOUD_ID, app: { id: '218762da-b2f5-469a-bfce-dc5c5fdc6769', version: '1.0.0' } };
    for (const t of this.wiring.triggers)
      if (t.events.includes(eventType)) await this.runTrigger(t.handler, t.key, payload, 0);
    await this.settle();
  }

  private async deliverProductEvent(e: SiteEvent): Promise<void> {
    for (const t of this.wiring.triggers) {
      if (!t.events.includes(e.type)) continue;
      if (t.ignoreSelf && e.by === null) continue; // the app's own changes (it calls Jira as itself)
      await this.runTrigger(t.handler, t.key, productEvent(this.site, e, { cloudId: CLOUD_ID, moduleKey: t.key }), 0);
    }
  }

  private async runTrigger(
    handler: string,
    key: string,
    event: Record<string, unknown>,
    attempt: number,
  ): Promise<void> {
    const rec = await this.invoke(handler, key, [event, { installContext: `ari:cloud:jira::site/${CLOUD_ID}` }]);
    const r = rec.result as { _retry?: boolean; retryOptions?: { retryAfter?: number } } | undefined;
    if (r?._retry === true && attempt < 4) {
      this.triggerRetries.push({
        handler,
        key,
        event,
        attempt: attempt + 1,
        dueAt: this.now() + Math.min(900, Math.max(1, r.retryOptions?.retryAfter ?? 1)) * 1000,
      });
    }
  }

  private async deliverQueued(q: QueuedEvent): Promise<void> {
    const handler = this.wiring.consumers.get(q.queueName);
    if (!handler) throw new Error(`manifest.yml has no consumer for queue '${q.queueName}'`);
    const rec = await this.invoke(handler, q.queueName, [
      q.asyncEvent(),
      { installContext: `ari:cloud:jira::site/${CLOUD_ID}` },
    ]);
    const r = rec.result as
      | { _retry?: boolean; retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown } }
      | undefined;
    if (rec.outcome !== 'ok' || r?._retry === true) this.queue.retry(q, this.now(), r?.retryOptions);
  }

  private async invoke(
    name: string,
    moduleKey: string,
    args: unknown[],
    accountId: string | null = null,
  ): Promise<InvocationRecord> {
    const fn = this.options.handlers[name];
    if (typeof fn !== 'function') throw new Error(`src/index.ts does not export handler '${name}'`);
    const limit =
      this.wiring.functions.get([...this.wiring.functions].find(([, f]) => f.handler === name)?.[0] ?? '')
        ?.timeoutSeconds ?? 25;
    let kill: () => void = () => undefined;
    const killed = new Promise<'killed'>((resolve) => {
      kill = () => resolve('killed');
    });
    const doom = this.doom !== null && (this.doom.handler === null || this.doom.handler === name) ? this.doom : null;
    if (doom && 'calls' in doom) this.doom = null; // a doom by pattern waits for the run that makes the call
    const inv: Invocation = {
      id: randomUUID(),
      handler: name,
      moduleKey,
      deadline: performance.now() + limit * 1000,
      accountId,
      calls: 0,
      doom,
      kill,
    };
    let rec: InvocationRecord;
    const interleaving = this.interleaving;
    try {
      if (interleaving) inv.label = await interleaving.start(name);
      const outcome = await Promise.race([
        this.als.run(inv, () => Promise.resolve((fn as AnyHandler)(...args))),
        killed,
      ]);
      rec =
        inv.killedCall !== undefined
          ? { id: inv.id, handler: name, outcome: 'killed', calls: inv.calls, killedCall: inv.killedCall }
          : { id: inv.id, handler: name, outcome: 'ok', calls: inv.calls, result: outcome };
    } catch (e) {
      rec = {
        id: inv.id,
        handler: name,
        outcome: 'error',
        calls: inv.calls,
        error: e instanceof Error ? e.message : String(e),
      };
    } finally {
      interleaving?.finish();
    }
    this.log.push(rec);
    return rec;
  }

  private async fetch(meta: Record<string, unknown>, path: string, init: RequestInit = {}): Promise<Response> {
    const inv = this.als.getStore();
    if (inv?.killedCall !== undefined) return never; // a dead invocation makes no more calls
    if (inv?.label !== undefined && this.interleaving) await this.interleaving.turn(inv.label);
    if (inv) {
      inv.calls++;
      const call = `${String(meta['remote'] ?? meta['type'])} ${init.method ?? 'GET'} ${path}`;
      const d = inv.doom;
      if (d !== null && ('calls' in d ? inv.calls > d.calls : d.call.test(call))) {
        if ('when' in d && d.when === 'after') await this.send(meta, path, init, inv);
        if (this.doom === d) this.doom = null;
        inv.killedCall = call;
        inv.kill();
        return never;
      }
    }
    return this.send(meta, path, init, inv);
  }

  private async send(
    meta: Record<string, unknown>,
    path: string,
    init: RequestInit,
    inv: Invocation | undefined,
  ): Promise<Response> {
    if (meta['type'] === 'sql') return this.options.sql(meta, path, init);
    if (meta['type'] === 'kvs') return this.secrets.answer(path, init);
    if (meta['remote'] === 'stargate' && path === '/graphql') return this.webTriggerUrls.graphql(init);
    if (meta['remote'] === 'stargate' && path.startsWith('/webhook/queue/publish/')) {
      this.queue.push(
        JSON.parse(typeof init.body === 'string' ? init.body : '{}') as Parameters<Queue['push']>[0],
        this.now(),
      );
      return new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } });
    }
    if (meta['remote'] !== 'jira')
      throw new Error(`The sandbox does not serve ${String(meta['remote'])} requests (${path}).`);
    if (meta['provider'] === 'user' && typeof meta['accountId'] === 'string') {
      // asUser(accountId) is offline impersonation: Forge needs allowImpersonation, which this app does not ask for.
      throw new Error(
        `asUser('${meta['accountId']}') impersonates a user offline; call asUser() to act as the invoking user.`,
      );
    }
    const account = meta['provider'] === 'user' ? inv?.accountId : null;
    if (meta['provider'] === 'user' && !account) {
      return new Response('{}', { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
    }
    const headers = new Headers(init.headers);
    if (account) headers.set(ACCOUNT_HEADER, account);
    if (inv) headers.set(INVOCATION_HEADER, inv.id);
    return fetch(this.jira.url + path, { ...init, headers });
  }

  private runtime() {
    const als = this.als;
    const installationId = randomUUID(); // one installation per host: its own schema and data
    const noop = { incr: () => undefined, measure: () => ({ stop: () => undefined }) };
    return {
      get appContext() {
        const inv = als.getStore();
        return {
          appId: '218762da-b2f5-469a-bfce-dc5c5fdc6769',
          appVersion: '1.0.0',
          environmentId: 'sandbox',
          environmentType: 'DEVELOPMENT',
          invocationId: inv?.id ?? 'none',
          installationId,
          moduleKey: inv?.moduleKey ?? 'none',
        };
      },
      lambdaContext: {
        getRemainingTimeInMillis: () =>
          Math.max(0, (als.getStore()?.deadline ?? performance.now() + 25_000) - performance.now()),
      },
      metrics: { counter: () => noop, timing: () => noop },
    };
  }
}
