// The configuration's names compared with what the site has. Blocking: what the app could not do at all
// (a project in scope, a field or group it reads or writes, where it creates issues, a link type, a
// status it moves issues to). Warning: what only never matches (a rule's issue type or project, a status
// a clock waits for: configurations are shared between sites, so a name one site lacks is not an error).

import type { SetupFinding } from '../../contract/admin';
import type { ConfigDoc } from '../../domain/config/schema';
import { resolveFields, type SiteField } from './fields';
import type { References } from './references';

export interface SiteProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly issueTypes?: ReadonlyArray<{ readonly name: string }> | undefined;
}

/** What the setup check read of the site. */
export interface SiteFacts {
  /** The projects in scope Jira returned (by id). */
  readonly scope: readonly SiteProject[];
  /** Other projects the configuration names by key. */
  readonly named: readonly SiteProject[];
  readonly fields: readonly SiteField[];
  readonly statuses: ReadonlyArray<{
    readonly name: string;
    readonly scope?: { readonly project?: { readonly id: string } | undefined } | undefined;
  }>;
  readonly linkTypes: ReadonlyArray<{ readonly name: string }>;
  readonly groups: ReadonlyArray<{ readonly groupId: string; readonly name: string }>;
}

const list = (xs: Iterable<string>) => [...xs].join(', ') || 'none';

export function siteFindings(
  doc: ConfigDoc,
  refs: References,
  site: SiteFacts,
): { findings: SetupFinding[]; resolved: ConfigDoc['resolved'] } {
  const findings: SetupFinding[] = [];
  const add = (severity: SetupFinding['severity'], code: SetupFinding['code'], path: string, message: string) =>
    findings.push({ path, severity, code, message });

  const scopeById = new Map(site.scope.map((p) => [p.id, p]));
  if (doc.scope.projects.length === 0)
    add('warning', 'scope-empty', 'scope.projects', 'No project is in scope: the app does nothing until one is.');
  doc.scope.projects.forEach((id, i) => {
    if (!scopeById.has(id))
      add(
        'blocking',
        'project-missing',
        `scope.projects[${i}]`,
        `No project has id ${id} (or the app cannot browse it).`,
      );
  });

  const byKey = new Map([...site.scope, ...site.named].map((p) => [p.key, p]));
  const typesOf = (ps: readonly SiteProject[]) => new Set(ps.flatMap((p) => (p.issueTypes ?? []).map((t) => t.name)));
  for (const c of refs.creations) {
    const p = byKey.get(c.project);
    if (!p) {
      add(
        'blocking',
        'project-missing',
        `${c.path}.project`,
        `No project has key ${c.project} (or the app cannot browse it).`,
      );
      continue;
    }
    const types = typesOf([p]);
    if (!types.has(c.issueType))
      add(
        'blocking',
        'issue-type-missing',
        `${c.path}.issueType`,
        `Project ${p.key} has no issue type "${c.issueType}" (it has: ${list(types)}).`,
      );
  }
  for (const c of refs.criteria) {
    c.projects?.forEach((k, j) => {
      if (!byKey.has(k))
        add('warning', 'project-missing', `${c.path}.projects[${j}]`, `No project has key ${k}: this never matches.`);
    });
    const where = c.projects ? c.projects.flatMap((k) => byKey.get(k) ?? []) : site.scope;
    if (where.length === 0) continue; // nothing known to look in
    const types = typesOf(where);
    c.issueTypes?.forEach((t, j) => {
      if (!types.has(t))
        add(
          'warning',
          'issue-type-missing',
          `${c.path}.issueTypes[${j}]`,
          `No issue type "${t}" in ${list(where.map((p) => p.key))}: this never matches it.`,
        );
    });
  }

  // Team-managed projects' own statuses count only for projects in scope.
  const statuses = new Set(
    site.statuses.filter((s) => s.scope?.project === undefined || scopeById.has(s.scope.project.id)).map((s) => s.name),
  );
  for (const r of refs.statuses)
    if (!statuses.has(r.name))
      add('warning', 'status-missing', r.path, `No status "${r.name}" in the site's workflows: this never matches.`);
  for (const r of refs.transitions)
    if (!statuses.has(r.name))
      add('blocking', 'status-missing', r.path, `No status "${r.name}" in the site's workflows to move issues to.`);

  const links = new Set(site.linkTypes.map((l) => l.name));
  for (const r of refs.linkTypes)
    if (!links.has(r.name))
      add('blocking', 'link-type-missing', r.path, `No issue link type "${r.name}" (the site has: ${list(links)}).`);

  const groups: Record<string, string> = {};
  for (const g of site.groups) groups[g.name] = g.groupId;
  const reported = new Set<string>();
  for (const r of refs.groups) {
    if (r.name in groups || reported.has(r.name)) continue;
    reported.add(r.name);
    add('blocking', 'group-missing', r.path, `No group "${r.name}" on the site.`);
  }

  const fields = resolveFields(refs.fields, site.fields, new Map(site.scope.map((p) => [p.id, p.key])));
  return { findings: [...findings, ...fields.findings], resolved: { fields: fields.fields, groups } };
}
