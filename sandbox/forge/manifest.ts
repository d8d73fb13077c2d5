// Reads manifest.yml the way the Forge platform wires it: which exported handler serves which trigger,
// schedule, queue, web trigger and resolver, each function's time limit, and which property paths JQL indexes.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../repo-root';
import { parse } from 'yaml';
import { z } from 'zod';

const fn = z.object({
  key: z.string(),
  handler: z.string().regex(/^index\.\w+$/),
  timeoutSeconds: z.number().optional(),
});
const schema = z.object({
  modules: z
    .object({
      function: z.array(fn).default([]),
      trigger: z
        .array(
          z.object({
            key: z.string(),
            function: z.string(),
            events: z.array(z.string()),
            filter: z.object({ ignoreSelf: z.boolean().optional() }).optional(),
          }),
        )
        .default([]),
      scheduledTrigger: z
        .array(
          z.object({ key: z.string(), function: z.string(), interval: z.enum(['fiveMinute', 'hour', 'day', 'week']) }),
        )
        .default([]),
      consumer: z.array(z.object({ key: z.string(), queue: z.string(), function: z.string() })).default([]),
      webtrigger: z.array(z.object({ key: z.string(), function: z.string() })).default([]),
      'jira:entityProperty': z
        .array(
          z.object({
            key: z.string(),
            propertyKey: z.string(),
            entityType: z.string().optional(),
            values: z.array(
              z.object({
                path: z.string(),
                type: z.enum(['number', 'string', 'text', 'date', 'user']),
                searchAlias: z.string().optional(),
              }),
            ),
          }),
        )
        .default([]),
    })
    .catchall(z.unknown()),
  resources: z
    .array(z.object({ key: z.string(), path: z.string(), entry: z.record(z.string(), z.string()).optional() }))
    .default([]),
  permissions: z.object({ scopes: z.array(z.string()).default([]) }).optional(),
  translations: z
    .object({
      resources: z.array(z.object({ key: z.string(), path: z.string() })),
      fallback: z.object({ default: z.string() }),
    })
    .optional(),
});

export type IndexType = 'number' | 'string' | 'text' | 'date' | 'user';

export interface Wiring {
  /** Exported handler name per function key, with its time limit in seconds. */
  readonly functions: ReadonlyMap<string, { handler: string; timeoutSeconds: number }>;
  readonly triggers: ReadonlyArray<{ key: string; handler: string; events: readonly string[]; ignoreSelf: boolean }>;
  readonly schedules: ReadonlyArray<{ key: string; handler: string; intervalMs: number }>;
  readonly consumers: ReadonlyMap<string, string>; // queue → handler
  readonly webTriggers: ReadonlyMap<string, string>; // module key → handler
  readonly indexed: ReadonlyMap<string, ReadonlyMap<string, IndexType>>;
  readonly aliases: Readonly<Record<string, { key: string; path: string }>>;
  readonly scopes: readonly string[];
  /** Custom UI modules by key: the handler of their resolver, the file their resource entry serves and the
   * title Jira shows above them. */
  readonly ui: ReadonlyMap<string, UiModule>;
}

/** A manifest string: itself, or a key into the translation files. */
const text = z.union([z.string(), z.object({ i18n: z.string() })]);

export interface UiModule {
  /** The module type (jira:issuePanel, jira:dashboardGadget…). */
  readonly type: string;
  readonly handler: string;
  readonly file: string;
  /** Jira's title in the fallback language, and per locale the manifest translates it to. */
  readonly title: string;
  readonly titles: Readonly<Record<string, string>>;
  readonly description?: string;
  readonly descriptions: Readonly<Record<string, string>>;
  /** Dashboard gadgets: false when the gadget refreshes itself on JIRA_DASHBOARD_GADGET_REFRESH (Jira
   * reloads the frame otherwise). */
  readonly refreshable: boolean;
}

const uiModule = z.object({
  key: z.string(),
  resource: z.string(),
  resolver: z.object({ function: z.string() }).optional(),
  title: text,
  description: text.optional(),
  refreshable: z.boolean().default(true),
});

const INTERVAL = { fiveMinute: 300_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 } as const;

export function readManifest(file = join(REPO_ROOT, 'manifest.yml')): Wiring {
  const m = schema.parse(parse(readFileSync(file, 'utf8')));
  // Forge's limits: triggers, schedules, consumers and web triggers 55 s by default (the latter two up to 900 s with
  // timeoutSeconds); anything else (resolvers) 25 s.
  const background = new Set(
    [...m.modules.trigger, ...m.modules.scheduledTrigger, ...m.modules.consumer, ...m.modules.webtrigger].map(
      (x) => x.function,
    ),
  );
  const functions = new Map(
    m.modules.function.map((f) => [
      f.key,
      {
        handler: f.handler.slice('index.'.length),
        timeoutSeconds: f.timeoutSeconds ?? (background.has(f.key) ? 55 : 25),
      },
    ]),
  );
  const handlerOf = (key: string) => {
    const f = functions.get(key);
    if (!f) throw new Error(`manifest.yml: no function '${key}'`);
    return f.handler;
  };
  // Translated manifest strings: each locale's file, keys as dotted paths into its JSON.
  const fallback = m.translations?.fallback.default ?? 'en-US';
  const files = (m.translations?.resources ?? []).map(
    (r) => [r.key, JSON.parse(readFileSync(join(dirname(file), r.path), 'utf8')) as unknown] as const,
  );
  const translated = (t: z.infer<typeof text>): Record<string, string> => {
    if (typeof t === 'string') return { [fallback]: t };
    const out: Record<string, string> = {};
    for (const [locale, json] of files) {
      const v = t.i18n.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json);
      if (typeof v !== 'string') throw new Error(`manifest.yml: no '${t.i18n}' in the ${locale} translations`);
      out[locale] = v;
    }
    return out;
  };
  const indexed = new Map<string, Map<string, IndexType>>();
  const aliases: Record<string, { key: string; path: string }> = {};
  for (const p of m.modules['jira:entityProperty']) {
    const paths = indexed.get(p.propertyKey) ?? new Map<string, IndexType>();
    for (const v of p.values) {
      paths.set(v.path, v.type);
      if (v.searchAlias) aliases[v.searchAlias] = { key: p.propertyKey, path: v.path };
    }
    indexed.set(p.propertyKey, paths);
  }
  return {
    functions,
    triggers: m.modules.trigger.map((t) => ({
      key: t.key,
      handler: handlerOf(t.function),
      events: t.events,
      ignoreSelf: t.filter?.ignoreSelf ?? false,
    })),
    schedules: m.modules.scheduledTrigger.map((s) => ({
      key: s.key,
      handler: handlerOf(s.function),
      intervalMs: INTERVAL[s.interval],
    })),
    consumers: new Map(m.modules.consumer.map((c) => [c.queue, handlerOf(c.function)])),
    webTriggers: new Map(m.modules.webtrigger.map((w) => [w.key, handlerOf(w.function)])),
    indexed,
    aliases,
    scopes: m.permissions?.scopes ?? [],
    ui: new Map(
      Object.entries(m.modules)
        .flatMap(([type, list]): Array<[string, unknown]> =>
          Array.isArray(list) ? (list as unknown[]).map((x) => [type, x]) : [],
        )
        .flatMap(([type, x]) => {
          const u = uiModule.safeParse(x);
          if (!u.success || !u.data.resolver) return [];
          const [key, entry] = u.data.resource.split('/');
          const r = m.resources.find((x) => x.key === key);
          if (!r) throw new Error(`manifest.yml: module '${u.data.key}' names no resource '${u.data.resource}'`);
          const file = join(r.path, entry ? (r.entry?.[entry] ?? '') : 'index.html');
          const titles = translated(u.data.title);
          const descriptions = u.data.description === undefined ? {} : translated(u.data.description);
          const module: UiModule = {
            type,
            handler: handlerOf(u.data.resolver.function),
            file,
            title: titles[fallback] ?? '',
            titles,
            refreshable: u.data.refreshable,
            ...(descriptions[fallback] === undefined ? {} : { description: descriptions[fallback] }),
            descriptions,
          };
          return [[u.data.key, module] as const];
        }),
    ),
  };
}
