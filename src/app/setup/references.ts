// Every name a configuration gives to something on the Jira site, with the JSON path where it appears:
// custom fields, groups, statuses, link types, and the projects and issue types rules match or the app
// creates issues in. The setup check looks each one up on the site.

import type { ActionTemplate, ConfigDoc } from '../../domain/config/schema';
import { isAccountId } from '../jira-actions';
import { STANDARD_FIELDS } from '../jira-snapshot';

export interface Ref {
  readonly path: string;
  readonly name: string;
}
/** Where the app creates issues (problems, LTC, IPD): the project key and issue type must exist. */
export interface Creation {
  readonly path: string;
  readonly project: string;
  readonly issueType: string;
}
/** Criteria of a rule or policy: project keys and issue types it matches. */
export interface Criteria {
  readonly path: string;
  readonly projects?: readonly string[] | undefined;
  readonly issueTypes?: readonly string[] | undefined;
}
export interface References {
  readonly fields: readonly Ref[];
  readonly groups: readonly Ref[];
  /** Statuses clocks wait for or overrides name (a missing one never matches). */
  readonly statuses: readonly Ref[];
  /** Statuses the app moves issues to (a missing one fails). */
  readonly transitions: readonly Ref[];
  readonly linkTypes: readonly Ref[];
  readonly creations: readonly Creation[];
  readonly criteria: readonly Criteria[];
}

const FIELD_KEYS = new Set(['field', 'rootCauseField', 'supplierField']);
const STANDARD = new Set<string>(STANDARD_FIELDS);

/** Custom field names (system fields are read by their ids) at every place they appear. */
function fieldRefs(doc: ConfigDoc): Ref[] {
  const out: Ref[] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (FIELD_KEYS.has(k) && typeof x === 'string') {
          if (!STANDARD.has(x.toLowerCase())) out.push({ path: at, name: x });
        } else walk(x, at);
      }
    }
  };
  for (const [k, v] of Object.entries(doc)) if (k !== 'resolved') walk(v, k); // resolved is the answer
  return out;
}

function actionTemplates(doc: ConfigDoc): Array<readonly [ActionTemplate, string]> {
  const e = doc.escalation;
  return [
    ...e.thresholds.flatMap((th, i) =>
      th.at.flatMap((a, j) =>
        a.actions.map((x, k) => [x, `escalation.thresholds[${i}].at[${j}].actions[${k}]`] as const),
      ),
    ),
    ...e.tierTimeout.map((x, k) => [x, `escalation.tierTimeout[${k}]`] as const),
    ...e.complaints.customer.map((x, k) => [x, `escalation.complaints.customer[${k}]`] as const),
    ...e.complaints.user.map((x, k) => [x, `escalation.complaints.user[${k}]`] as const),
  ];
}

function groupRefs(doc: ConfigDoc): Ref[] {
  const out: Ref[] = [];
  const add = (name: string | undefined, path: string) => {
    if (name !== undefined) out.push({ path, name });
  };
  /** Where an account id or a group may stand (as carry-out reads it). */
  const accountOrGroup = (name: string | undefined, path: string) => {
    if (name !== undefined && !isAccountId(name)) add(name, path);
  };
  doc.agents?.groups?.forEach((g, j) => add(g, `agents.groups[${j}]`));
  accountOrGroup(doc.notifyFallback, 'notifyFallback');
  doc.services.forEach((s, i) => accountOrGroup(s.owner, `services[${i}].owner`));
  doc.classification.rules.forEach((r, i) =>
    r.when.reporterGroups?.forEach((g, j) => add(g, `classification.rules[${i}].when.reporterGroups[${j}]`)),
  );
  const byGroups = 'assigneeGroups' in doc.ola.source;
  if (byGroups) doc.ola.tiers.forEach((t, i) => t.values.forEach((g, j) => add(g, `ola.tiers[${i}].values[${j}]`)));
  for (const [a, path] of actionTemplates(doc)) {
    if (a.type !== 'notify') continue;
    a.to.forEach((r, m) => {
      if (typeof r === 'object') add(r.group, `${path}.to[${m}].group`);
    });
  }
  return out;
}

function statusRefs(doc: ConfigDoc): Ref[] {
  const out: Ref[] = doc.statuses.map((s, i) => ({ path: `statuses[${i}].name`, name: s.name }));
  doc.sla.goals.forEach((g, i) => {
    for (const part of ['start', 'stop', 'reset'] as const)
      g[part].forEach((c, j) => {
        if (c.on === 'statusEntered')
          c.statuses?.forEach((name, k) => out.push({ path: `sla.goals[${i}].${part}[${j}].statuses[${k}]`, name }));
      });
    g.pause.forEach((c, j) =>
      c.statuses?.forEach((name, k) => out.push({ path: `sla.goals[${i}].pause[${j}].statuses[${k}]`, name })),
    );
  });
  return out;
}

const criteria = (path: string, w: Omit<Criteria, 'path'>): Criteria => ({
  path,
  projects: w.projects,
  issueTypes: w.issueTypes,
});

export function references(doc: ConfigDoc): References {
  const creations: Creation[] = doc.problems.map((p, i) => ({
    path: `problems[${i}]`,
    project: p.project,
    issueType: p.issueType,
  }));
  const linkTypes: Ref[] = doc.problems.map((p, i) => ({ path: `problems[${i}].linkType`, name: p.linkType }));
  for (const k of ['ltc', 'ipd'] as const) {
    const r = doc.routing[k];
    if (!r) continue;
    creations.push({ path: `routing.${k}`, project: r.project, issueType: r.issueType });
    linkTypes.push({ path: `routing.${k}.linkType`, name: r.linkType });
  }
  const transitions: Ref[] = [];
  for (const [a, path] of actionTemplates(doc))
    if (a.type === 'transition') transitions.push({ path: `${path}.status`, name: a.status });
  return {
    fields: fieldRefs(doc),
    groups: groupRefs(doc),
    statuses: statusRefs(doc),
    transitions,
    linkTypes,
    creations,
    criteria: [
      ...doc.classification.rules.map((r, i) => criteria(`classification.rules[${i}].when`, r.when)),
      ...doc.sla.policies.map((p, i) => criteria(`sla.policies[${i}].when`, p.when)),
    ],
  };
}
