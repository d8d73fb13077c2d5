// A Jira dashboard as the sandbox shows it: each gadget in a card with its title and menu (edit, refresh,
// remove, for those who may edit the dashboard), its frame showing the view or, when edited, the edit view;
// and "Add gadget" listing the app's gadgets.

import { Dashboard, DASHBOARD_PATH } from './dashboard';
import { FRAME_SANDBOX } from './issue-page';
import { esc, page } from './layout';
import { shellText } from './texts';
import { href, type Viewer } from './viewer';

export interface GadgetCard {
  readonly id: string;
  readonly title: string;
  readonly src: string;
  readonly editing: boolean;
  readonly refresh: number;
  /** Whether Jira reloads the frame to refresh it (else it tells the gadget). */
  readonly reload: boolean;
}

export interface DashboardView {
  readonly now: number;
  readonly viewer: Viewer;
  readonly canEdit: boolean;
  readonly cards: readonly GadgetCard[];
  /** The app's gadget modules a person may add: key and title. */
  readonly available: ReadonlyArray<{ readonly key: string; readonly title: string; readonly description: string }>;
}

export function dashboardPage(d: DashboardView): string {
  const t = shellText(d.viewer);
  const v = d.viewer;
  const form = (action: string, label: string, extra = '') =>
    `<form method="post" action="${esc(href(`${DASHBOARD_PATH}/${action}`, v))}" class="inline">${extra}<button type="submit" class="button subtle">${esc(label)}</button></form>`;
  const card = (
    c: GadgetCard,
  ) => `<section class="gadget card" aria-labelledby="gadget-title-${esc(c.id)}" data-gadget="${esc(c.id)}" data-refresh="${c.refresh}"${c.reload ? ' data-reload' : ''}>
    <header class="gadget-head">
      <h2 id="gadget-title-${esc(c.id)}">${esc(c.title)}</h2>
      <div class="gadget-menu">
        ${c.editing ? '' : `<button type="button" class="button subtle" data-refresh-gadget="${esc(c.id)}">${t('refreshGadget')}</button>`}
        ${d.canEdit && !c.editing ? `<a class="button subtle" href="${esc(href(DASHBOARD_PATH, v, { edit: c.id }))}">${t('editGadget')}</a>` : ''}
        ${d.canEdit ? form(`gadgets/${encodeURIComponent(c.id)}/remove`, t('removeGadget')) : ''}
      </div>
    </header>
    <iframe id="gadget-${esc(c.id)}" class="frame gadget-frame" title="${esc(c.title)}" sandbox="${FRAME_SANDBOX}" src="${esc(c.src)}"></iframe>
  </section>`;
  const add = d.canEdit
    ? `<details class="add-gadget"><summary class="button">${t('addGadget')}</summary>
    <ul class="plain">${d.available
      .map(
        (g) =>
          `<li>${form('gadgets', `${t('add')}: ${g.title}`, `<input type="hidden" name="module" value="${esc(g.key)}">`)}<p class="muted">${esc(g.description)}</p></li>`,
      )
      .join('')}</ul></details>`
    : `<p class="muted">${t('dashboardReadOnly')}</p>`;
  const body = `<main class="dashboard">
  <nav class="crumbs" aria-label="${t('dashboards')}"><span>${t('dashboards')}</span> / <a href="${esc(href(DASHBOARD_PATH, v))}" aria-current="page">${t('serviceDashboard')}</a></nav>
  <div class="dashboard-head"><h1>${t('serviceDashboard')}</h1>${add}</div>
  ${d.cards.length === 0 ? `<p class="muted">${t('noGadgets')}</p>` : `<div class="gadget-grid">${d.cards.map(card).join('\n')}</div>`}
</main>`;
  return page({
    title: t('serviceDashboard'),
    path: DASHBOARD_PATH,
    viewer: v,
    current: 'dashboard',
    now: d.now,
    body,
  });
}

export { Dashboard };
