// Where the app works. Nothing happens on a site until an admin activates a configuration whose scope
// names projects; an issue outside the scope gets no property, no action and no stored snapshot.

import type { ConfigDoc } from '../domain/config/schema';

export const isActive = (doc: ConfigDoc): boolean => doc.scope.projects.length > 0;

export const inScopeProject = (doc: ConfigDoc, projectId: string): boolean => doc.scope.projects.includes(projectId);

/** JQL for the issues in scope, optionally narrowed further; null when the scope is empty. */
export function scopeJql(doc: ConfigDoc, and?: string, orderBy?: string): string | null {
  return isActive(doc) ? projectsJql(doc.scope.projects, doc.scope.jql, and, orderBy) : null;
}

/** `project in (…)` (ids or keys) and the clauses given, each bracketed. */
export function projectsJql(projects: readonly string[], jql?: string, and?: string, orderBy?: string): string {
  const clauses = [`project in (${projects.join(', ')})`];
  for (const c of [jql, and]) if (c !== undefined) clauses.push(`(${c})`);
  return clauses.join(' AND ') + (orderBy === undefined ? '' : ` ORDER BY ${orderBy}`);
}
