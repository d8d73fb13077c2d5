// The Jira site the emulator keeps in memory: projects (with their issue types, workflow, screen and role
// members), statuses with categories, users and groups, fields, issues with changelogs, comments (ADF),
// links, worklogs and entity properties. Routes read and write it; every write that Jira would announce is
// handed to `onEvent`. Like Jira, it is eventually consistent: JQL sees a property `jqlLagMs` after it is
// written, and a bulk property task lands `taskDelayMs` after it is submitted (see catchUp).

import type { StatusCategoryKey } from './jql';
import { PropertyIndex } from './property-index';
import { PropertyTasks } from './property-tasks';
import { Worklogs } from './worklogs';

export interface Status {
  readonly id: string;
  readonly name: string;
  readonly category: StatusCategoryKey;
}
export interface User {
  readonly accountId: string;
  /** 'customer': a JSM portal-only customer; 'app': an app's account. Default 'atlassian'. */
  readonly accountType?: 'atlassian' | 'customer' | 'app';
  readonly displayName: string;
  readonly groups: readonly string[];
  /** Project keys the user may browse, and those where they may also edit issues ('*' = all). */
  readonly browse: readonly string[];
  readonly edit: readonly string[];
  /** Project keys the user administers (Administer projects); a Jira admin administers every project. */
  readonly administer?: readonly string[];
  readonly admin?: boolean;
  readonly locale?: string;
  readonly timeZone?: string;
  /** Shown to apps where the person's profile visibility allows (JSM customers' always). */
  readonly emailAddress?: string;
}
export interface Field {
  readonly id: string; // 'summary', 'customfield_10010'
  readonly name: string;
  readonly custom: boolean;
  /** How values travel in REST: a string, an option ({value}), options, a number, users ([{accountId}]). */
  readonly kind: 'string' | 'option' | 'options' | 'number' | 'users';
  /** A team-managed project's own field: that project's key. */
  readonly project?: string;
}
export interface ChangeItem {
  readonly field: string; // field name as Jira writes it in changelogs ('status', 'Customer')
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}
export interface History {
  readonly id: string;
  readonly created: number;
  readonly author: string | null;
  readonly items: readonly ChangeItem[];
}
export interface Comment {
  readonly id: string;
  readonly author: string;
  readonly body: unknown; // ADF document
  readonly created: number;
  /** Restricted comments (role/group visibility) are internal. */
  readonly visibility: { readonly type: 'group' | 'role'; readonly value: string } | null;
  readonly properties: Readonly<Record<string, unknown>>;
}
export type FieldValue = string | number | readonly string[] | null;

export interface Issue {
  readonly id: number;
  readonly key: string;
  readonly project: string;
  issuetype: string;
  status: string;
  priority: string | null;
  assignee: string | null;
  reporter: string | null;
  resolution: string | null;
  summary: string;
  description: unknown; // ADF or null
  /** 'YYYY-MM-DD' or null. */
  duedate: string | null;
  labels: string[];
  components: string[];
  readonly created: number;
  updated: number;
  custom: Record<string, FieldValue>; // by field id
  readonly changelog: History[];
  readonly comments: Comment[];
  readonly properties: Map<string, unknown>;
}
export interface Link {
  readonly id: string;
  readonly type: string; // link type name
  readonly inward: number; // issue id
  readonly outward: number;
}

export type SiteEvent =
  | { readonly type: 'avi:jira:created:issue'; readonly issue: Issue; readonly by: string | null }
  | {
      readonly type: 'avi:jira:updated:issue';
      readonly issue: Issue;
      readonly by: string | null;
      readonly history: History;
    }
  | {
      readonly type: 'avi:jira:commented:issue';
      readonly issue: Issue;
      readonly by: string | null;
      readonly comment: Comment;
    }
  | { readonly type: 'avi:jira:deleted:issue'; readonly issue: Issue; readonly by: string | null };

export type ProjectTypeKey = 'software' | 'service_desk' | 'business';

export interface Project {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly typeKey: ProjectTypeKey;
  /** Team-managed: its own fields, issue types and workflow. */
  readonly simplified?: boolean;
  /** The issue types its scheme offers; null: every issue type of the site. */
  readonly issueTypes: readonly string[] | null;
  /** Its workflow's statuses (issues start in the first 'new' one); null: every status of the site. */
  readonly workflow: readonly string[] | null;
  /** Field ids on its create and edit screens; null: every field. */
  readonly screen: ReadonlySet<string> | null;
  /** Members (account ids) of each project role, by role name. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
}
export type ProjectSeed = Pick<Project, 'key' | 'name'> & Partial<Omit<Project, 'id' | 'key' | 'name'>>;

/** What the emulator refuses as Jira does; a test may tolerate one while the app is fixed (issue 8 §3). */
export type Refusal =
  'notify-unresolvable-recipient' | 'issue-type-not-in-project' | 'field-not-on-screen' | 'unknown-link-type';

export interface SiteOptions {
  /** Host time between a property write and JQL seeing it (Jira indexes asynchronously); default 5 s. */
  readonly jqlLagMs?: number;
  /** Host time a bulk property task (POST issue/properties/multi) takes to complete and land (default 0:
   * at once, as existing suites read properties right after a sweep; emulator tests turn it on). */
  readonly taskDelayMs?: number;
}

export interface SiteSeed {
  readonly projects: readonly ProjectSeed[];
  readonly issueTypes: readonly string[];
  readonly statuses: ReadonlyArray<{ name: string; category: StatusCategoryKey }>;
  readonly priorities: readonly string[];
  readonly resolutions: readonly string[];
  readonly linkTypes: ReadonlyArray<{ name: string; inward: string; outward: string }>;
  readonly users: readonly User[];
  readonly customFields: ReadonlyArray<{ name: string; kind: Field['kind'] }>;
  /** Groups with no member among the seeded users (every user's groups exist too). */
  readonly groups?: readonly string[];
}

export class Site {
  readonly projects = new Map<string, Project>();
  readonly statuses = new Map<string, Status>();
  readonly users = new Map<string, User>();
  readonly fields: Field[] = [];
  readonly issues = new Map<number, Issue>();
  readonly byKey = new Map<string, number>();
  readonly links: Link[] = [];
  readonly worklogs = new Worklogs();
  /** What /issue/{id}/notify was asked to send, for tests to read. */
  readonly notifications: Array<{
    readonly issue: string;
    readonly subject: string;
    readonly textBody?: string;
    readonly to: unknown;
  }> = [];
  readonly tasks: PropertyTasks;
  /** What JQL sees of properties (`jqlLagMs` behind their writes). */
  readonly index: PropertyIndex;
  readonly issueTypes: string[];
  readonly priorities: readonly string[];
  readonly resolutions: readonly string[];
  readonly linkTypes: SiteSeed['linkTypes'];
  readonly groups: Set<string>;
  /** Project role ids by name, numbered as Jira numbers them (10000 up). */
  readonly roleIds = new Map<string, string>();
  /** Refusals switched off: a test may tolerate one to isolate another behaviour. */
  readonly tolerate = new Set<Refusal>();
  onEvent: (e: SiteEvent) => void = () => undefined;
  private nextIssueId = 10000;
  private nextId = 1;
  private readonly counters = new Map<string, number>();

  constructor(
    seed: SiteSeed,
    readonly clock: () => number = Date.now,
    options: SiteOptions = {},
  ) {
    this.index = new PropertyIndex(options.jqlLagMs ?? 5_000);
    this.tasks = new PropertyTasks(options.taskDelayMs ?? 0);
    for (const p of seed.projects) this.addProject(p);
    for (const s of seed.statuses) this.addStatus(s.name, s.category);
    for (const u of seed.users) this.users.set(u.accountId, u);
    const standard: Array<[string, string]> = [
      ['summary', 'Summary'],
      ['description', 'Description'],
      ['issuetype', 'Issue Type'],
      ['project', 'Project'],
      ['status', 'Status'],
      ['priority', 'Priority'],
      ['assignee', 'Assignee'],
      ['reporter', 'Reporter'],
      ['resolution', 'Resolution'],
      ['labels', 'Labels'],
      ['components', 'Components'],
      ['duedate', 'Due date'],
      ['created', 'Created'],
      ['updated', 'Updated'],
      ['comment', 'Comment'],
      ['issuelinks', 'Linked Issues'],
    ];
    for (const [id, name] of standard) this.fields.push({ id, name, custom: false, kind: 'string' });
    for (const f of seed.customFields) this.addField(f.name, f.kind);
    this.issueTypes = [...seed.issueTypes];
    this.priorities = seed.priorities;
    this.resolutions = seed.resolutions;
    this.linkTypes = seed.linkTypes;
    this.groups = new Set([...(seed.groups ?? []), ...seed.users.flatMap((u) => u.groups)]);
  }

  id(): string {
    return String(this.nextId++);
  }

  addProject(p: ProjectSeed): Project {
    const project: Project = {
      id: String(10000 + this.projects.size),
      typeKey: 'software',
      issueTypes: null,
      workflow: null,
      screen: null,
      roles: new Map(),
      ...p,
    };
    for (const role of project.roles.keys()) this.roleId(role);
    this.projects.set(p.key, project);
    return project;
  }

  /** The status with this name, added (in `category`) if the site has none. */
  addStatus(name: string, category: StatusCategoryKey): Status {
    const known = this.statuses.get(name);
    if (known) return known;
    const status = { id: String(this.statuses.size + 1), name, category };
    this.statuses.set(name, status);
    return status;
  }

  /** `project`: a team-managed project's own field. */
  addField(name: string, kind: Field['kind'], project?: string): Field {
    const id = `customfield_${10010 + this.fields.filter((f) => f.custom).length}`;
    const field = { id, name, custom: true, kind, ...(project === undefined ? {} : { project }) };
    this.fields.push(field);
    return field;
  }

  roleId(name: string): string {
    const id = this.roleIds.get(name) ?? String(10000 + this.roleIds.size);
    this.roleIds.set(name, id);
    return id;
  }

  /** Brings the site up to `now`: bulk property tasks whose time has come complete and land. */
  catchUp(now = this.clock()): void {
    for (const task of this.tasks.due(now))
      task.failed = task.entries.flatMap(({ issueId, props }) => {
        const issue = this.issue(issueId);
        if (!issue || !this.may(task.submittedBy, 'edit', issue.project))
          return [{ issueId, message: 'Issue does not exist or you do not have permission to edit it.' }];
        for (const [k, v] of Object.entries(props)) this.setProperty(issue, k, v, task.finishAt);
        return [];
      });
  }

  /** Writes (undefined: deletes) an issue property; JQL sees the change `index.lagMs` later. */
  setProperty(issue: Issue, key: string, value: unknown, at = this.clock()): void {
    if (value === undefined) issue.properties.delete(key);
    else issue.properties.set(key, value);
    this.index.record(issue.id, key, value, at);
  }

  field(idOrName: string): Field | undefined {
    return (
      this.fields.find((f) => f.id === idOrName) ??
      this.fields.find((f) => f.name.toLowerCase() === idOrName.toLowerCase())
    );
  }

  issue(idOrKey: string | number): Issue | undefined {
    const n =
      typeof idOrKey === 'number'
        ? idOrKey
        : /^\d+$/.test(idOrKey)
          ? Number(idOrKey)
          : this.byKey.get(idOrKey.toUpperCase());
    return n === undefined ? undefined : this.issues.get(n);
  }

  /** Creates an issue as Jira does (status: the first 'new' status) and announces it. */
  createIssue(
    input: { project: string; issuetype: string; summary: string; reporter: string | null } & Partial<
      Pick<Issue, 'priority' | 'assignee' | 'labels' | 'components' | 'description' | 'duedate' | 'custom'>
    >,
    by: string | null,
    at = this.clock(),
  ): Issue {
    const n = (this.counters.get(input.project) ?? 0) + 1;
    this.counters.set(input.project, n);
    const first = this.workflow(input.project).find((s) => s.category === 'new');
    const issue: Issue = {
      id: this.nextIssueId++,
      key: `${input.project}-${n}`,
      project: input.project,
      issuetype: input.issuetype,
      status: first?.name ?? 'Open',
      priority: input.priority ?? 'Medium',
      assignee: input.assignee ?? null,
      reporter: input.reporter,
      resolution: null,
      summary: input.summary,
      description: input.description ?? null,
      duedate: input.duedate ?? null,
      labels: [...(input.labels ?? [])],
      components: [...(input.components ?? [])],
      created: at,
      updated: at,
      custom: { ...(input.custom ?? {}) },
      changelog: [],
      comments: [],
      properties: new Map(),
    };
    this.issues.set(issue.id, issue);
    this.byKey.set(issue.key, issue.id);
    this.onEvent({ type: 'avi:jira:created:issue', issue, by });
    return issue;
  }

  /** Applies field changes, writes one changelog entry and announces it; unchanged fields are dropped. */
  update(
    issue: Issue,
    changes: Partial<Record<string, FieldValue>>,
    by: string | null,
    at = this.clock(),
  ): History | null {
    const items: ChangeItem[] = [];
    for (const [id, to] of Object.entries(changes)) {
      if (to === undefined) continue;
      const f = this.field(id);
      if (!f) throw new Error(`Field '${id}' does not exist.`);
      const from = this.value(issue, f.id);
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
      this.assign(issue, f.id, to);
      if (f.id === 'components') {
        // Jira writes one item per component added or removed.
        const before = (from ?? []) as readonly string[];
        const after = (to ?? []) as readonly string[];
        for (const c of before)
          if (!after.includes(c))
            items.push({
              field: 'Component',
              fieldId: 'components',
              from: null,
              fromString: c,
              to: null,
              toString: null,
            });
        for (const c of after)
          if (!before.includes(c))
            items.push({
              field: 'Component',
              fieldId: 'components',
              from: null,
              fromString: null,
              to: null,
              toString: c,
            });
        continue;
      }
      const str = (v: FieldValue) => (v === null ? null : Array.isArray(v) ? v.join(' ') : String(v));
      const isUser = f.id === 'assignee' || f.id === 'reporter';
      const idOf = (v: FieldValue) =>
        f.id === 'status' && typeof v === 'string' ? (this.statuses.get(v)?.id ?? null) : isUser ? str(v) : null;
      const display = (v: FieldValue) =>
        isUser && typeof v === 'string' ? (this.users.get(v)?.displayName ?? v) : str(v);
      items.push({
        field: f.custom ? f.name : f.id,
        fieldId: f.id,
        from: idOf(from),
        fromString: display(from),
        to: idOf(to),
        toString: display(to),
      });
    }
    if (items.length === 0) return null;
    issue.updated = at;
    const history: History = { id: this.id(), created: at, author: by, items };
    issue.changelog.push(history);
    this.onEvent({ type: 'avi:jira:updated:issue', issue, by, history });
    return history;
  }

  deleteIssue(issue: Issue, by: string | null): void {
    this.issues.delete(issue.id);
    this.byKey.delete(issue.key);
    for (let i = this.links.length - 1; i >= 0; i--)
      if (this.links[i]!.inward === issue.id || this.links[i]!.outward === issue.id) this.links.splice(i, 1);
    this.worklogs.removeIssue(issue.id, this.clock());
    this.onEvent({ type: 'avi:jira:deleted:issue', issue, by });
  }

  /** `by` is who called (null: the app, whose comments are authored by its own account). */
  comment(
    issue: Issue,
    author: string,
    body: unknown,
    visibility: Comment['visibility'],
    properties: Record<string, unknown> = {},
    by: string | null = author,
    at = this.clock(),
  ): Comment {
    const comment: Comment = { id: this.id(), author, body, created: at, visibility, properties };
    issue.comments.push(comment);
    issue.updated = at;
    this.onEvent({ type: 'avi:jira:commented:issue', issue, by, comment });
    return comment;
  }

  value(issue: Issue, fieldId: string): FieldValue {
    switch (fieldId) {
      case 'summary':
        return issue.summary;
      case 'issuetype':
        return issue.issuetype;
      case 'status':
        return issue.status;
      case 'priority':
        return issue.priority;
      case 'assignee':
        return issue.assignee;
      case 'reporter':
        return issue.reporter;
      case 'resolution':
        return issue.resolution;
      case 'labels':
        return issue.labels;
      case 'components':
        return issue.components;
      case 'duedate':
        return issue.duedate;
      default:
        return issue.custom[fieldId] ?? null;
    }
  }

  private assign(issue: Issue, fieldId: string, v: FieldValue): void {
    const text = (x: FieldValue) => (x === null ? null : String(x));
    const list = (x: FieldValue) => (Array.isArray(x) ? [...(x as readonly string[])] : x === null ? [] : [String(x)]);
    switch (fieldId) {
      case 'summary':
        issue.summary = String(v ?? '');
        break;
      case 'issuetype':
        issue.issuetype = String(v);
        break;
      case 'status':
        issue.status = String(v);
        break;
      case 'priority':
        issue.priority = text(v);
        break;
      case 'assignee':
        issue.assignee = text(v);
        break;
      case 'reporter':
        issue.reporter = text(v);
        break;
      case 'resolution':
        issue.resolution = text(v);
        break;
      case 'labels':
        issue.labels = list(v);
        break;
      case 'components':
        issue.components = list(v);
        break;
      case 'duedate':
        issue.duedate = text(v);
        break;
      default:
        issue.custom[fieldId] = v;
    }
  }

  /** The statuses of a project's workflow. */
  workflow(projectKey: string): Status[] {
    const names = this.projects.get(projectKey)?.workflow;
    if (!names) return [...this.statuses.values()];
    return names.flatMap((n) => this.statuses.get(n) ?? []);
  }

  /** Whether `accountId` (null: the app) may do `what` in the issue's project. */
  may(accountId: string | null, what: 'browse' | 'edit' | 'administer', project: string): boolean {
    if (accountId === null) return true;
    const u = this.users.get(accountId);
    if (what === 'administer' && u?.admin === true) return true;
    const list = u?.[what] ?? [];
    return list.includes('*') || list.includes(project);
  }
}
