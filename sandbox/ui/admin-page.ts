// Jira's settings page for the app (its admin page's frame under the shell's header), and the page Jira
// shows for an issue that is not there for the reader.

import { FRAME_SANDBOX, type AppFrame } from './issue-page';
import { ADMIN_PATH, esc, page } from './layout';
import { shellText } from './texts';
import { href, type Viewer } from './viewer';

export function adminPage(now: number, v: Viewer, frame: AppFrame): string {
  const t = shellText(v);
  const body = `<main class="admin">
  <nav class="crumbs" aria-label="${t('apps')}"><span>${t('apps')}</span> / <a href="${esc(href(ADMIN_PATH, v))}" aria-current="page">${esc(frame.title)}</a></nav>
  <iframe id="${esc(frame.key)}" class="frame admin" title="${esc(frame.title)}" sandbox="${FRAME_SANDBOX}" src="${esc(frame.src)}"></iframe>
</main>`;
  return page({ title: `${frame.title} · ${t('apps')}`, path: ADMIN_PATH, viewer: v, current: 'admin', now, body });
}

export function notFoundPage(now: number, v: Viewer, key: string): string {
  const t = shellText(v);
  const body = `<main class="list"><h1>${esc(key)}</h1><div class="flash error" role="alert">${esc(t('notFound', { key }))}</div></main>`;
  return page({ title: key, path: `/browse/${key}`, viewer: v, current: 'issues', now, body });
}
