// A project's app page as Jira shows it: the project's crumbs over the app's frame.

import type { Project } from '../jira/site';
import { FRAME_SANDBOX, type AppFrame } from './issue-page';
import { esc, page, projectPagePath } from './layout';
import { shellText } from './texts';
import { href, type Viewer } from './viewer';

export function projectPage(now: number, v: Viewer, project: Project, frame: AppFrame): string {
  const t = shellText(v);
  const path = projectPagePath(project.key);
  const body = `<main class="admin">
  <nav class="crumbs" aria-label="${t('projects')}"><span>${t('projects')}</span> / <span>${esc(project.name)}</span> / <a href="${esc(href(path, v))}" aria-current="page">${esc(frame.title)}</a></nav>
  <iframe id="${esc(frame.key)}" class="frame admin" title="${esc(frame.title)}" sandbox="${FRAME_SANDBOX}" src="${esc(frame.src)}"></iframe>
</main>`;
  return page({ title: `${frame.title} · ${project.name}`, path, viewer: v, current: 'project', now, body });
}
