// The parts of Jira's answers the app reads, validated at the boundary. Loose objects: Jira adds fields.

import { z } from 'zod';

const user = z.looseObject({ accountId: z.string(), accountType: z.string().optional() }).nullable().optional();
/** The reporter's email where their profile shows it: the customer directory matches its domain. */
const reporter = z
  .looseObject({ accountId: z.string(), accountType: z.string().optional(), emailAddress: z.string().optional() })
  .nullable()
  .optional();
const named = z.looseObject({ name: z.string() }).nullable().optional();

export const changeItem = z.looseObject({
  field: z.string(),
  fieldId: z.string().optional(),
  from: z.string().nullable().optional(),
  fromString: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
  toString: z.string().nullable().optional(),
});
export const history = z.looseObject({ id: z.string(), created: z.string(), author: user, items: z.array(changeItem) });
export type JiraHistory = z.infer<typeof history>;

export const comment = z.looseObject({
  id: z.string(),
  created: z.string(),
  author: user,
  visibility: z.unknown().optional(),
  /** Jira Service Management: false for an internal note. */
  jsdPublic: z.boolean().optional(),
  body: z.unknown().optional(),
  properties: z.array(z.looseObject({ key: z.string(), value: z.unknown() })).optional(),
});
export type JiraComment = z.infer<typeof comment>;

/** An IssueBean with the fields the app asks for; custom fields stay unknown until mapped by name. */
export const issueBean = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    summary: z.string().optional(),
    description: z.unknown().optional(),
    issuetype: named,
    project: z.looseObject({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() }).optional(),
    status: z
      .looseObject({
        id: z.string().optional(),
        name: z.string(),
        statusCategory: z.looseObject({ key: z.string() }).optional(),
      })
      .optional(),
    priority: named,
    assignee: user,
    reporter,
    resolution: named,
    labels: z.array(z.string()).optional(),
    components: z.array(z.looseObject({ name: z.string() })).optional(),
    created: z.string().optional(),
    updated: z.string().optional(),
    comment: z.looseObject({ comments: z.array(comment), total: z.number().optional() }).optional(),
  }),
  changelog: z.looseObject({ histories: z.array(history), total: z.number().optional() }).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type IssueBean = z.infer<typeof issueBean>;

export const searchPage = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string() })),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});
export const searchPageUpdated = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string(), fields: z.looseObject({ updated: z.string() }) })),
  nextPageToken: z.string().optional(),
});
export const bulkIssues = z.looseObject({ issues: z.array(issueBean), issueErrors: z.array(z.unknown()).optional() });
export const changelogPage = z.looseObject({
  issueChangeLogs: z.array(z.looseObject({ issueId: z.string(), changeHistories: z.array(history) })),
  nextPageToken: z.string().optional(),
});
/** Team-managed projects' own fields and statuses: `{ type: 'PROJECT', project: { id } }`. */
const projectScope = z.looseObject({ type: z.string(), project: z.looseObject({ id: z.string() }).optional() });
export const fieldList = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    custom: z.boolean().optional(),
    schema: z.looseObject({ custom: z.string().optional() }).optional(),
    scope: projectScope.optional(),
  }),
);
export const statusList = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    statusCategory: z.looseObject({ key: z.string() }).optional(),
    scope: projectScope.optional(),
  }),
);
/** GET project/{id}/role: role name -> its URL (ending in the role id). */
export const projectRoles = z.record(z.string(), z.string());
export const roleActors = z.looseObject({
  actors: z
    .array(
      z.looseObject({
        type: z.string(),
        actorUser: z.looseObject({ accountId: z.string() }).optional(),
        actorGroup: z.looseObject({ name: z.string().optional(), groupId: z.string().optional() }).optional(),
      }),
    )
    .default([]),
});
export const transitions = z.looseObject({
  transitions: z.array(z.looseObject({ id: z.string(), to: z.looseObject({ name: z.string() }) })),
});
export const created = z.looseObject({ id: z.string(), key: z.string() });
export const permissions = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })),
});
export const myself = z.looseObject({
  accountId: z.string(),
  locale: z.string().optional(),
  timeZone: z.string().optional(),
});

export const projectPage = z.looseObject({
  values: z.array(
    z.looseObject({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      simplified: z.boolean().optional(),
      projectTypeKey: z.string().optional(),
      issueTypes: z.array(z.looseObject({ id: z.string(), name: z.string() })).optional(),
    }),
  ),
  isLast: z.boolean().optional(),
});
export const linkTypes = z.looseObject({
  issueLinkTypes: z.array(z.looseObject({ id: z.string(), name: z.string() })),
});
export const groupPage = z.looseObject({
  values: z.array(z.looseObject({ groupId: z.string(), name: z.string() })),
  isLast: z.boolean().optional(),
});
export const parsedJql = z.looseObject({
  queries: z.array(z.looseObject({ query: z.string(), errors: z.array(z.string()).optional() })),
});
