// Custom field names resolved to ids, once, at setup: a global (company-managed) field of the name, and
// each team-managed project in scope's own field of that name (team-managed projects have their own
// fields, so one name in several of them is not ambiguous). Two global fields of one name, or two in one
// project, are: the app could read the wrong one.

import type { SetupFinding } from '../../contract/admin';
import type { Ref } from './references';

export interface SiteField {
  readonly id: string;
  readonly name: string;
  readonly custom?: boolean | undefined;
  /** Team-managed fields: the project they belong to. */
  readonly scope?: { readonly type: string; readonly project?: { readonly id: string } | undefined } | undefined;
}

const joinIds = (fs: readonly SiteField[]) => fs.map((f) => f.id).join(' and ');

export function resolveFields(
  refs: readonly Ref[],
  site: readonly SiteField[],
  scope: ReadonlyMap<string, string>, // project id -> key, the projects in scope
): { fields: Record<string, string[]>; findings: SetupFinding[] } {
  const fields: Record<string, string[]> = {};
  const findings: SetupFinding[] = [];
  const seen = new Set<string>();
  for (const { name, path } of refs) {
    if (seen.has(name)) continue;
    seen.add(name);
    const named = site.filter((f) => f.custom === true && f.name === name);
    const global = named.filter((f) => f.scope?.project === undefined);
    const byProject = new Map<string, SiteField[]>();
    for (const f of named) {
      const p = f.scope?.project?.id;
      if (p !== undefined && scope.has(p)) byProject.set(p, [...(byProject.get(p) ?? []), f]);
    }
    const blocking = (code: SetupFinding['code'], message: string) =>
      findings.push({ path, severity: 'blocking', code, message });
    if (global.length > 1)
      blocking(
        'field-ambiguous',
        `"${name}" names ${global.length} custom fields, ${joinIds(global)}: rename all but one in Jira so the name picks one field.`,
      );
    for (const [p, fs] of byProject)
      if (fs.length > 1)
        blocking(
          'field-ambiguous',
          `"${name}" names ${fs.length} fields of project ${scope.get(p) ?? p}, ${joinIds(fs)}: rename all but one in that project.`,
        );
    const ids = [...global, ...[...byProject.values()].flat()].map((f) => f.id);
    if (ids.length > 0) {
      fields[name] = ids;
      continue;
    }
    const near = site.find((f) => f.custom === true && f.name !== name && f.name.toLowerCase() === name.toLowerCase());
    const elsewhere = named.map((f) => f.scope?.project?.id).filter((p) => p !== undefined);
    blocking(
      'field-missing',
      `No custom field is named "${name}"` +
        (near ? ` (names are exact: did you mean "${near.name}"?)` : '') +
        (elsewhere.length > 0
          ? `; only team-managed projects outside the scope have one (project ids ${elsewhere.join(', ')})`
          : '') +
        '.',
    );
  }
  return { fields, findings };
}
