// Where in the setup section a finding's JSON path is edited: the id of the control to focus, or null
// when another section edits it.
import type { ConfigDraft } from '../draft';
import { fieldUses } from './doc';

export function targetOf(doc: ConfigDraft, path: string): string | null {
  if (path === 'scope.projects' || path.startsWith('scope.projects[')) return 'scope-projects';
  if (path === 'scope.jql') return 'scope-jql';
  const status = /^statuses\[(\d+)\]/.exec(path);
  if (status) return `status-${status[1]!}`;
  if (/^calendars\[\d+\]\.spec\.overrides/.test(path)) return 'holiday-text';
  const i = [...fieldUses(doc).values()].findIndex((paths) => paths.includes(path));
  return i >= 0 ? `field-${i}` : null;
}

/** Findings at these paths, or below them when `under` is set. */
export function at<F extends { readonly path: string }>(fs: readonly F[], path: string, under = false): F[] {
  return fs.filter(
    (f) => f.path === path || (under && (f.path.startsWith(`${path}.`) || f.path.startsWith(`${path}[`))),
  );
}
