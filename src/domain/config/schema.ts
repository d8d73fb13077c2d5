// The ITR configuration document: one versioned JSON document, validated by zod. Shapes only; the
// cross-references (calendars, statuses, goals, tiers) are checked in validate.ts.

import { z } from 'zod';
import { EFFECTS, type Effect } from './effects';

const id = z
  .string()
  .regex(/^[A-Za-z][\w-]{0,63}$/, { error: 'must be an id: a letter, then letters, digits, _ or - (≤ 64)' });
const text = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }, { error: 'must be { en, zh } names' });
const names = z.array(z.string().min(1));
const minutes = z
  .number({ error: 'must be a number of minutes' })
  .positive({ error: 'must be greater than 0 minutes' });
const statusCategory = z.enum(['new', 'indeterminate', 'done']);
const timeRange = z.tuple([z.string(), z.string()]);
const calendarSpec = z.object({
  timeZone: z.string(),
  weekly: z.record(z.string(), z.array(timeRange)),
  overrides: z.record(z.string(), z.array(timeRange)).optional(),
});

/** Criteria an issue must all meet; within one criterion any listed value will do. Absent = any. */
const matchSchema = z.strictObject({
  issueTypes: names.optional(),
  projects: names.optional(),
  components: names.optional(),
  labels: names.optional(),
  priorities: names.optional(),
  fields: z.array(z.strictObject({ field: z.string().min(1), equals: names.min(1) })).optional(),
  reporterGroups: names.optional(),
  /** Keywords and patterns are one criterion on the lower-cased summary and description: any keyword
   * (a substring) or any pattern will do. A pattern is a word group, all of whose words appear in any order,
   * or a regular expression (validated at activation; nested quantifiers are refused). */
  keywords: names.optional(),
  patterns: z
    .array(
      z.union([
        z.strictObject({ allOf: names.min(1) }),
        z.strictObject({ regex: z.string().min(1), flags: z.enum(['', 'i', 'u', 'iu']).optional() }),
      ]),
    )
    .min(1)
    .optional(),
});

/** A moment on the timeline that starts, stops or resets a clock. */
const eventConditionSchema = z.discriminatedUnion('on', [
  z.strictObject({ on: z.literal('created') }),
  z.strictObject({
    on: z.literal('statusEntered'),
    statuses: names.optional(),
    categories: z.array(statusCategory).optional(),
  }),
  z.strictObject({ on: z.literal('fieldChanged'), field: z.string().min(1) }),
  z.strictObject({
    on: z.literal('commented'),
    by: z.enum(['agent', 'reporter', 'anyone']),
    public: z.boolean().optional(),
  }),
  z.strictObject({ on: z.literal('resolutionSet') }),
  z.strictObject({ on: z.literal('resolutionCleared') }),
]);

/** A state the issue is in (e.g. waiting for the customer) while a clock pauses. */
const stateConditionSchema = z.strictObject({
  statuses: names.optional(),
  categories: z.array(statusCategory).optional(),
  field: z.strictObject({ field: z.string().min(1), equals: names.min(1) }).optional(),
});

const actionTemplateSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('comment'), text, internal: z.boolean() }),
  z.strictObject({
    type: z.literal('notify'),
    to: z
      .array(
        z.union([
          z.enum(['assignee', 'reporter', 'watchers', 'serviceOwner']),
          z.strictObject({ group: z.string().min(1) }),
        ]),
      )
      .min(1),
    text,
  }),
  z.strictObject({
    type: z.literal('setGrade'),
    grade: z.union([id, z.strictObject({ raise: z.number().int().positive() })]),
  }),
  z.strictObject({ type: z.literal('reassignNextTier') }),
  z.strictObject({ type: z.literal('addLabel'), label: z.string().regex(/^\S+$/, { error: 'a label has no spaces' }) }),
  z.strictObject({ type: z.literal('transition'), status: z.string().min(1) }),
]);

const serviceSchema = z.strictObject({
  id,
  name: text,
  owner: z.string().min(1), // accountId or group of the service owner
  calendar: id,
  components: names.default([]),
  criticalWindows: z.array(z.strictObject({ name: text, calendar: id })).default([]),
  emergencyPlanUrl: z.url().optional(),
});

/** Where the app works: nothing happens on a site until an admin activates a configuration with a scope. */
const scopeSchema = z.strictObject({
  /** Project ids (not keys: keys can be renamed). */
  projects: z.array(z.string().regex(/^\d+$/, { error: 'must be a project id (digits), not a key' })),
  /** Narrows the projects further (e.g. `issuetype in (Incident, "Service request")`). */
  jql: z.string().trim().min(1).optional(),
});

export { EFFECTS, type Effect };
const effectsSchema = z.strictObject(
  Object.fromEntries(EFFECTS.map((e) => [e, z.boolean().default(true)])) as {
    [K in Effect]: z.ZodDefault<z.ZodBoolean>;
  },
);

/** Site ids the names in this document resolved to when it was checked against the site (admin.checkSetup);
 * the app reads and writes by these ids, so a renamed or duplicated name never changes what it touches. */
const resolvedSchema = z.strictObject({
  /** Field name -> ids: one, or one per team-managed project that has its own field of that name. */
  fields: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  /** Group name -> groupId. */
  groups: z.record(z.string(), z.string().min(1)).default({}),
});

export const configSchema = z.strictObject({
  schema: z.literal(1),
  version: z.number().int().nonnegative(),
  name: text,
  scope: scopeSchema.default({ projects: [] }),
  effects: effectsSchema.default(Object.fromEntries(EFFECTS.map((e) => [e, true])) as Record<Effect, boolean>),
  /** Who counts as an agent (first response, "agent replied"). Absent: the Service Desk Team role in service
   * desks, the Administrators and Developers roles elsewhere. Never the reporter, a request participant, an
   * app or automation account, or this app. */
  agents: z.strictObject({ roles: names.optional(), groups: names.optional() }).optional(),
  /** The app's comments outside service desks (which have internal notes): restricted to this project role,
   * or not posted when absent. */
  commentRole: z.string().min(1).optional(),
  /** Who hears of a notification when none of its recipients can be reached (an accountId or a group). */
  notifyFallback: z.string().min(1).optional(),
  /** Status categories come from Jira; these override them by status name. */
  statuses: z.array(z.strictObject({ name: z.string().min(1), category: statusCategory })).default([]),
  resolved: resolvedSchema.default({ fields: {}, groups: {} }),
  /** Closed issues are pruned this long after they close; their completed cycles stay as KPI facts. */
  retention: z.strictObject({ closedDays: z.number().int().min(1).max(3650) }).default({ closedDays: 90 }),
  calendars: z.array(z.strictObject({ id, name: text, spec: calendarSpec })).min(1),
  defaultCalendar: id,
  services: z.array(serviceSchema),
  serviceTypes: z
    .array(z.strictObject({ id, name: text, kind: z.enum(['incident', 'request', 'requirement']) }))
    .min(1),
  classification: z.strictObject({
    rules: z.array(z.strictObject({ id, when: matchSchema, serviceType: id, service: id.optional() })),
    fallback: id,
  }),
  /** Customers themselves are the project's records (itr_customer), not part of this document. */
  customers: z.strictObject({
    field: z.string().min(1),
    tiers: z.array(z.strictObject({ id, name: text, gradeUplift: z.number().int().nonnegative() })),
  }),
  grading: z.strictObject({
    grades: z.array(z.strictObject({ id, name: text, jiraPriority: z.string().min(1) })).min(1),
    impact: z.strictObject({
      field: z.string().min(1),
      levels: z.array(z.strictObject({ id, name: text, values: names })).min(1),
      default: id,
    }),
    urgency: z.strictObject({
      field: z.string().min(1),
      levels: z.array(z.strictObject({ id, name: text, values: names })).min(1),
      default: id,
    }),
    matrix: z.record(z.string(), z.record(z.string(), id)),
    /** Grades added when an issue is created in a service's critical window, per service type (a number:
     * every incident-kind type). */
    criticalWindowUplift: z.union([
      z.number().int().nonnegative(),
      z.record(z.string(), z.number().int().nonnegative()),
    ]),
  }),
  sla: z.strictObject({
    riskShare: z.number().gt(0).lt(1),
    goals: z.array(
      z.strictObject({
        id,
        name: text,
        start: z.array(eventConditionSchema).min(1),
        stop: z.array(eventConditionSchema).min(1),
        pause: z.array(stateConditionSchema).default([]),
        reset: z.array(eventConditionSchema).default([]),
      }),
    ),
    policies: z.array(
      z.strictObject({
        id,
        when: z.strictObject({
          /** Issues the app creates (problems, LTC, IPD) are measured only by a policy naming their project
           * (key) and issue type. */
          projects: names.optional(),
          issueTypes: names.optional(),
          serviceTypes: z.array(id).optional(),
          grades: z.array(id).optional(),
          customerTiers: z.array(id).optional(),
          /** Customers whose contract sets these targets: their record ids (itr_customer). */
          customers: z.array(z.uuid({ error: 'must be a customer record id (a UUID)' })).optional(),
        }),
        calendar: id.optional(),
        targets: z.record(z.string(), minutes),
      }),
    ),
  }),
  ola: z.strictObject({
    goal: id,
    source: z.union([
      z.strictObject({ field: z.string().min(1) }),
      z.strictObject({ assigneeGroups: z.literal(true) }),
    ]),
    tiers: z.array(
      z.strictObject({
        id,
        name: text,
        values: names.default([]), // field values (or groups) meaning this tier
        calendar: id,
        targetMinutes: minutes,
        next: id.optional(),
        /** How to hand the issue to this tier. */
        reassignTo: z.strictObject({
          accountId: z.string().min(1).optional(),
          fieldValue: z.string().min(1).optional(),
        }),
      }),
    ),
  }),
  escalation: z.strictObject({
    thresholds: z.array(
      z.strictObject({
        id,
        goals: z.array(id).min(1),
        when: z.strictObject({ serviceTypes: z.array(id).optional(), grades: z.array(id).optional() }),
        at: z
          .array(
            z.strictObject({ percent: z.number().positive().max(1000), actions: z.array(actionTemplateSchema).min(1) }),
          )
          .min(1),
      }),
    ),
    tierTimeout: z.array(actionTemplateSchema),
    complaints: z.strictObject({
      customer: z.array(actionTemplateSchema).min(1),
      user: z.array(actionTemplateSchema).min(1),
      /** Business minutes from a complaint's receipt to its first handling, per channel, on the customer's
       * calendar (else the default). Older documents have none: the template's targets apply. */
      handling: z.strictObject({ customer: minutes, user: minutes }).default({ customer: 240, user: 450 }),
    }),
  }),
  problems: z.array(
    z.strictObject({
      id,
      serviceTypes: z.array(id).min(1),
      scope: z.enum(['service', 'component']),
      count: z.number().int().min(2),
      windowMinutes: minutes,
      project: z.string().min(1),
      issueType: z.string().min(1),
      linkType: z.string().min(1),
    }),
  ),
  responsibility: z.strictObject({
    rootCauseField: z.string().min(1),
    supplierField: z.string().min(1),
    parties: z.array(
      z.strictObject({
        id: z.enum([
          'productDefect',
          'supplier',
          'customerMisuse',
          'userMisuse',
          'operations',
          'thirdParty',
          'undetermined',
        ]),
        name: text,
      }),
    ),
    rules: z.array(
      z.strictObject({
        id,
        when: z.strictObject({
          rootCauses: names.optional(),
          resolutions: names.optional(),
          components: names.optional(),
          labels: names.optional(),
          hasSupplier: z.boolean().optional(),
        }),
        party: z.enum(['productDefect', 'supplier', 'customerMisuse', 'userMisuse', 'operations', 'thirdParty']),
      }),
    ),
  }),
  routing: z.strictObject({
    ltc: z
      .strictObject({
        project: z.string().min(1),
        issueType: z.string().min(1),
        linkType: z.string().min(1),
        serviceTypes: z.array(id),
        labels: names,
      })
      .optional(),
    ipd: z
      .strictObject({
        project: z.string().min(1),
        issueType: z.string().min(1),
        linkType: z.string().min(1),
        parties: z.array(z.enum(['productDefect'])).min(1),
      })
      .optional(),
  }),
});

export type ConfigDoc = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type Match = z.infer<typeof matchSchema>;
export type EventCondition = z.infer<typeof eventConditionSchema>;
export type StateCondition = z.infer<typeof stateConditionSchema>;
export type ActionTemplate = z.infer<typeof actionTemplateSchema>;
export type Party = ConfigDoc['responsibility']['parties'][number]['id'];
