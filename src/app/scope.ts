// Where the app works. Nothing happens on a site until an admin activates a configuration whose scope
// names projects; an issue outside the scope gets no property, no action and no stored snapshot.

import type { ConfigDoc } from '../domain/config/schema';

export const isActive = (doc: ConfigDoc): boolean => doc.scope.projects.length > 0;

export const inScopeProject = (doc: ConfigDoc, projectId: string): boolean => doc.scope.projects.includes(projectId);

/** JQL for the issues in scope, optionally narrowed further; null when the scope is empty. */
export function scopeJql(doc: ConfigDoc, and?: string, orderBy?: string): string | null {
  if (!isActive(doc)) return null;
  const clauses = [`project in (${doc.scope.projects.join(', ')})`];
  if (doc.scope.jql !== undefined) clauses.push(`(${doc.scope.jql})`);
  if (and !== undefined) clauses.push(`(${and})`);
  return clauses.join(' AND ') + (orderBy === undefined ? '' : ` ORDER BY ${orderBy}`);
}
