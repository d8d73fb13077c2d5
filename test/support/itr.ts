// Builders for rules-engine tests: the default template compiled, issues whose current fields follow
// from their initial fields and timeline, and a fast-check generator of realistic issue lives.

import fc from 'fast-check';
import {
  compileConfig,
  ITR_TEMPLATE,
  parseConfig,
  type CompiledConfig,
  type ConfigInput,
} from '../../src/domain/config';
import type { FieldChange, FieldValue, IssueFields, IssueInput, TimelineEvent } from '../../src/domain/issue';

export const template = (): CompiledConfig => compileConfig(parseConfig(ITR_TEMPLATE));

/** The template with some parts replaced (a new version of it). */
export function variant(patch: (c: ConfigInput) => ConfigInput): CompiledConfig {
  return compileConfig(parseConfig(patch(structuredClone(ITR_TEMPLATE))));
}

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const at = (iso: string) => Date.parse(iso);

export interface IssueSeed {
  key?: string;
  issueType?: string;
  created: number;
  fields?: Partial<Omit<IssueFields, 'custom'>> & { custom?: Record<string, FieldValue> };
  groups?: Record<string, string[]>;
}

const defaults: IssueFields = {
  status: 'Open',
  priority: 'Medium',
  assignee: null,
  reporter: 'user-1',
  resolution: null,
  summary: 'ERP 报表无法导出 / ERP report export fails',
  description: '',
  labels: [],
  components: ['ERP'],
  custom: { 'Support tier': 'L1' },
};

/** The categories Jira gives the statuses these tests use (the sandbox's ITR workflow). */
export const STATUS_CATEGORIES = {
  Open: 'new',
  'To Do': 'new',
  'Waiting for support': 'indeterminate',
  'In Progress': 'indeterminate',
  Escalated: 'indeterminate',
  'Waiting for customer': 'indeterminate',
  Pending: 'indeterminate',
  Resolved: 'done',
  Closed: 'done',
  Done: 'done',
  Canceled: 'done',
} as const;

/** Initial fields of the issue, before any timeline change. */
export function initialFields(seed: IssueSeed): IssueFields {
  return { ...defaults, ...seed.fields, custom: { ...defaults.custom, ...seed.fields?.custom } };
}

/** The issue as Jira shows it at `t`: initial fields with every change at or before t applied. */
export function issueAt(seed: IssueSeed, timeline: readonly TimelineEvent[], t: number): IssueInput {
  const f = { ...initialFields(seed) } as Record<string, unknown> & { custom: Record<string, FieldValue> };
  f.custom = { ...f.custom };
  for (const e of timeline) {
    if (e.at > t || e.type !== 'changed') continue;
    for (const c of e.changes) {
      if (c.field in defaults && c.field !== 'custom') f[c.field] = c.to;
      else f.custom[c.field] = c.to;
    }
  }
  return {
    id: seed.key ?? 'SUP-1',
    key: seed.key ?? 'SUP-1',
    project: 'SUP',
    issueType: seed.issueType ?? 'Incident',
    created: seed.created,
    statusCategories: STATUS_CATEGORIES,
    fields: f as unknown as IssueFields,
    ...(seed.groups ? { groups: seed.groups } : {}),
  };
}

/** A timeline builder that fills in each change's `from` from the fields so far. */
export class Life {
  readonly events: TimelineEvent[] = [];
  private readonly now: Record<string, FieldValue>;

  constructor(readonly seed: IssueSeed) {
    const { custom, ...standard } = initialFields(seed);
    this.now = { ...standard, ...custom };
  }

  change(atMs: number, values: Record<string, FieldValue>): this {
    const changes: FieldChange[] = Object.entries(values).map(([field, to]) => {
      const from = this.now[field] ?? null;
      this.now[field] = to;
      return { field, from, to };
    });
    this.events.push({ at: atMs, type: 'changed', changes });
    return this;
  }

  status(atMs: number, to: string, extra: Record<string, FieldValue> = {}): this {
    return this.change(atMs, { status: to, ...extra });
  }

  comment(atMs: number, author: string, isPublic = true): this {
    this.events.push({ at: atMs, type: 'commented', author, public: isPublic });
    return this;
  }

  push(e: TimelineEvent): this {
    this.events.push(e);
    return this;
  }

  issue(t: number): IssueInput {
    return issueAt(this.seed, this.events, t);
  }
}

const statuses = [
  'Open',
  'In Progress',
  'Waiting for customer',
  'Pending',
  'Escalated',
  'Resolved',
  'Closed',
  'In Progress',
];
const summaries = [
  'ERP 报表无法导出',
  'Printer on floor 3 is broken',
  '如何修改密码',
  'New requirement: export to Excel',
  '定期维保 2026 Q1',
  'Invoice copy needed',
  'Order screen crashes',
];

/** A random issue life: initial fields, up to ~20 events over days, and an evaluation instant after them. */
export const issueLife = fc
  .record({
    created: fc.integer({ min: at('2026-01-05T00:00:00Z'), max: at('2026-11-20T00:00:00Z') }),
    summary: fc.constantFrom(...summaries),
    impact: fc.constantFrom('Extensive / Widespread', 'Significant / Large', 'Moderate / Limited', 'Minor / Localized'),
    urgency: fc.constantFrom('Critical', 'High', 'Medium', 'Low'),
    component: fc.constantFrom('ERP', 'Email', 'Printer', 'Business app'),
    steps: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 36 * 60 }), // minutes after the previous step
        fc.oneof(
          {
            weight: 5,
            arbitrary: fc.record({ kind: fc.constant('status' as const), to: fc.constantFrom(...statuses) }),
          },
          {
            weight: 2,
            arbitrary: fc.record({
              kind: fc.constant('tier' as const),
              to: fc.constantFrom('L1', 'L2', 'L3', 'Supplier'),
            }),
          },
          { weight: 3, arbitrary: fc.record({ kind: fc.constant('comment' as const), agent: fc.boolean() }) },
          {
            weight: 1,
            arbitrary: fc.record({
              kind: fc.constant('complaint' as const),
              via: fc.constantFrom('customer' as const, 'user' as const),
            }),
          },
          { weight: 1, arbitrary: fc.record({ kind: fc.constant('escalate' as const) }) },
          {
            weight: 1,
            arbitrary: fc.record({
              kind: fc.constant('rootCause' as const),
              to: fc.constantFrom('Product defect', 'Spare part failure', 'User misuse', 'Power outage'),
            }),
          },
        ),
      ),
      { maxLength: 20 },
    ),
    tail: fc.integer({ min: 0, max: 5 * 24 * 60 }),
  })
  .map((r) => {
    const life = new Life({
      created: r.created,
      fields: {
        summary: r.summary,
        components: [r.component],
        custom: { Impact: r.impact, Urgency: r.urgency, 'Support tier': 'L1', Supplier: 'Acme' },
      },
    });
    let t = r.created;
    for (const [gap, s] of r.steps) {
      t += gap * MIN;
      if (s.kind === 'status') life.status(t, s.to);
      else if (s.kind === 'tier') life.change(t, { 'Support tier': s.to });
      else if (s.kind === 'comment') life.comment(t, s.agent ? 'agent-1' : 'user-1');
      else if (s.kind === 'complaint') life.push({ at: t, type: 'complaint', by: 'user-1', via: s.via });
      else if (s.kind === 'escalate')
        life.push({ at: t, type: 'escalationRequested', by: 'agent-1', reason: 'needs an expert' });
      else life.change(t, { 'Root cause': s.to });
    }
    return { life, now: t + r.tail * MIN };
  });
