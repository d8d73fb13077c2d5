// The issue view: Jira's fields, comments and history around the app's two issue-view surfaces (the SLA
// panel below the description, the issue context beside the details), each in an iframe with the sandbox
// attributes Forge gives Custom UI. Regions marked data-live are what the page script swaps when the
// issue changes; the frames stay and are told JIRA_ISSUE_CHANGED.

import { textFromAdf } from '../../src/app/adf';
import { isInternal } from '../jira/rest-shapes';
import type { Issue, Site } from '../jira/site';
import { esc, page, when } from './layout';
import { shellText, type ShellText } from './texts';
import { href, type Viewer } from './viewer';

export const FRAME_SANDBOX =
  'allow-downloads allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-storage-access-by-user-activation';

export interface AppFrame {
  readonly key: string;
  readonly title: string;
  readonly src: string;
}

export interface IssueView {
  readonly site: Site;
  readonly issue: Issue;
  readonly viewer: Viewer;
  readonly account: string;
  readonly version: string;
  readonly panel: AppFrame;
  readonly context: AppFrame;
  /** Jira's answer when it refused the last change. */
  readonly refusal?: string;
}

export function issuePage(view: IssueView): string {
  const { issue, viewer: v } = view;
  const t = shellText(v);
  const project = view.site.projects.get(issue.project);
  const body = `<main id="issue" class="issue" data-issue="${esc(issue.key)}" data-issue-id="${issue.id}" data-project-id="${esc(project?.id ?? '')}" data-account="${esc(view.account)}" data-version="${esc(view.version)}">
  <nav class="crumbs" aria-label="${t('projects')}"><a href="${esc(href('/issues', v, { jql: `project = ${issue.project} ORDER BY updated DESC` }))}">${esc(project?.name ?? issue.project)}</a> / <span>${esc(issue.key)}</span></nav>
  <div data-live="head"><h1>${esc(issue.summary)}</h1></div>
  <div data-live="flash">${view.refusal ? `<div class="flash error" role="alert"><strong>${t('refused')}:</strong> ${esc(view.refusal)}</div>` : ''}</div>
  <p class="sr-only" id="announce" role="status" data-saved="${t('saved')}"></p>
  <div class="columns">
    <div class="primary">
      ${actions(view, t)}
      <section aria-labelledby="h-description"><h2 id="h-description">${t('description')}</h2>
        <div data-live="description">${paragraphs(textFromAdf(issue.description)) || `<p class="muted">${t('noDescription')}</p>`}</div>
      </section>
      <section class="app" aria-labelledby="h-panel"><h2 id="h-panel" class="app-title"><img src="/ui/icon.svg" alt="" width="16" height="16">${esc(view.panel.title)}</h2>
        ${frame(view.panel, 'panel')}
      </section>
      ${links(view, t)}
      ${activity(view, t)}
    </div>
    <aside class="secondary">
      <div data-live="details">${details(view, t)}</div>
      <details class="app context" open><summary>${esc(view.context.title)}</summary>${frame(view.context, 'context')}</details>
    </aside>
  </div>
</main>`;
  return page({
    title: `[${issue.key}] ${issue.summary}`,
    path: `/browse/${issue.key}`,
    viewer: v,
    current: 'issues',
    now: view.site.clock(),
    body,
  });
}

function frame(f: AppFrame, kind: string): string {
  return `<iframe id="${esc(f.key)}" class="frame ${kind}" data-issue-view title="${esc(f.title)}" sandbox="${FRAME_SANDBOX}" src="${esc(f.src)}"></iframe>`;
}

const canEdit = (view: IssueView) => view.site.may(view.account, 'edit', view.issue.project);

function actions(view: IssueView, t: ShellText): string {
  const { issue, viewer: v, site } = view;
  const off = canEdit(view) ? '' : ' disabled';
  const statuses = site
    .workflow(issue.project)
    .map((s) => `<option${s.name === issue.status ? ' selected' : ''}>${esc(s.name)}</option>`)
    .join('');
  const people = [...site.users.values()]
    .filter((u) => u.accountType !== 'customer' && site.may(u.accountId, 'edit', issue.project))
    .map(
      (u) =>
        `<option value="${esc(u.accountId)}"${u.accountId === issue.assignee ? ' selected' : ''}>${esc(u.displayName)}</option>`,
    )
    .join('');
  const action = (what: string) => esc(href(`/browse/${issue.key}/${what}`, v));
  return `<div class="actions" data-live="actions">
  <form method="post" action="${action('transition')}" data-live-form class="inline">
    <label for="transition-status">${t('moveTo')}</label>
    <select id="transition-status" name="status"${off}>${statuses}</select>
    <button type="submit" class="button primary" id="transition-submit"${off}>${t('transition')}</button>
  </form>
  <form method="post" action="${action('assign')}" data-live-form class="inline">
    <label for="assign-to">${t('assignTo')}</label>
    <select id="assign-to" name="assignee"${off}><option value=""${issue.assignee === null ? ' selected' : ''}>${t('unassigned')}</option>${people}</select>
    <button type="submit" class="button" id="assign-submit"${off}>${t('assign')}</button>
  </form>
  ${off ? `<p class="muted" id="no-edit">${t('noEdit')}</p>` : ''}
</div>`;
}

function details(view: IssueView, t: ShellText): string {
  const { issue, site, viewer: v } = view;
  const person = (id: string | null, empty: string) =>
    id === null ? `<span class="muted">${empty}</span>` : esc(site.users.get(id)?.displayName ?? id);
  const list = (xs: readonly string[]) =>
    xs.length === 0
      ? `<span class="muted">${t('none')}</span>`
      : xs.map((x) => `<span class="tag">${esc(x)}</span>`).join(' ');
  const category = site.statuses.get(issue.status)?.category ?? 'new';
  const rows: Array<[string, string]> = [
    [t('status'), `<span class="lozenge ${category}" id="issue-status">${esc(issue.status)}</span>`],
    [t('assignee'), `<span id="issue-assignee">${person(issue.assignee, t('unassigned'))}</span>`],
    [t('reporter'), person(issue.reporter, t('none'))],
    [t('type'), esc(issue.issuetype)],
    [t('priority'), issue.priority === null ? `<span class="muted">${t('none')}</span>` : esc(issue.priority)],
    [
      t('resolution'),
      issue.resolution === null ? `<span class="muted">${t('unresolved')}</span>` : esc(issue.resolution),
    ],
    [t('labels'), list(issue.labels)],
    [t('components'), list(issue.components)],
  ];
  for (const f of site.fields.filter((x) => x.custom)) {
    const value = issue.custom[f.id];
    if (value === null || value === undefined) continue;
    const shown = (Array.isArray(value) ? (value as readonly string[]) : [String(value)]).map((x) =>
      f.kind === 'users' ? (site.users.get(x)?.displayName ?? x) : x,
    );
    rows.push([f.name, esc(shown.join(', '))]);
  }
  rows.push([t('created'), esc(when(issue.created, v))], [t('updated'), esc(when(issue.updated, v))]);
  return `<section class="card" aria-labelledby="h-details"><h2 id="h-details">${t('details')}</h2><dl class="fields">${rows
    .map(([k, val]) => `<dt>${esc(k)}</dt><dd>${val}</dd>`)
    .join('')}</dl></section>`;
}

/** Linked issues by link type (the app links problems, sales and R&D issues it opens). */
function links(view: IssueView, t: ShellText): string {
  const { issue, site, viewer: v } = view;
  const items = site.links
    .filter((l) => l.inward === issue.id || l.outward === issue.id)
    .flatMap((l) => {
      const other = site.issue(l.inward === issue.id ? l.outward : l.inward);
      return other ? [{ type: l.type, other }] : [];
    });
  if (items.length === 0) return '<div data-live="links"></div>';
  const rows = items
    .map(
      ({ type, other }) =>
        `<li><span class="muted">${esc(type)}</span> <a href="${esc(href(`/browse/${other.key}`, v))}">${esc(other.key)}</a> ${esc(other.summary)} <span class="lozenge ${site.statuses.get(other.status)?.category ?? 'new'}">${esc(other.status)}</span></li>`,
    )
    .join('');
  return `<div data-live="links"><section aria-labelledby="h-links"><h2 id="h-links">${t('linked')}</h2><ul class="links">${rows}</ul></section></div>`;
}

function activity(view: IssueView, t: ShellText): string {
  const { issue, site, viewer: v } = view;
  const value = (s: string | null, tag: 'del' | 'ins') =>
    s === null || s === '' ? `<span class="muted">${t('none')}</span>` : `<${tag}>${esc(s)}</${tag}>`;
  const who = (id: string | null) => esc(id === null ? t('theApp') : (site.users.get(id)?.displayName ?? id));
  const comments = [...issue.comments]
    .reverse()
    .map((c) => {
      const internal = isInternal(c.properties['sd.public.comment']);
      return `<li class="entry"><div class="meta"><strong>${who(site.users.has(c.author) ? c.author : null)}</strong> <time>${esc(when(c.created, v))}</time>${internal ? ` <span class="lozenge indeterminate">${t('internal')}</span>` : ''}</div><div class="text">${paragraphs(textFromAdf(c.body))}</div></li>`;
    })
    .join('');
  const history = [...issue.changelog]
    .reverse()
    .map(
      (h) =>
        `<li class="entry"><div class="meta"><strong>${who(h.author)}</strong> ${t('changed')} <time>${esc(when(h.created, v))}</time></div><ul class="changes">${h.items
          .map(
            (i) =>
              `<li><span class="field">${esc(fieldName(site, i.fieldId, t))}</span> ${value(i.fromString, 'del')} → ${value(i.toString, 'ins')}</li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const off = canEdit(view) ? '' : ' disabled';
  return `<section class="activity" aria-labelledby="h-activity"><h2 id="h-activity">${t('activity')}</h2>
  <h3 id="h-comments">${t('comments')}</h3>
  <form method="post" action="${esc(href(`/browse/${issue.key}/comment`, v))}" data-live-form data-clear class="comment-form">
    <label for="comment-body">${t('addComment')}</label>
    <textarea id="comment-body" name="body" rows="3" required${off}></textarea>
    <button type="submit" class="button primary" id="comment-submit"${off}>${t('save')}</button>
  </form>
  <div data-live="comments"><ul class="entries" id="comments" aria-labelledby="h-comments">${comments || `<li class="muted">${t('noComments')}</li>`}</ul></div>
  <h3 id="h-history">${t('history')}</h3>
  <div data-live="history"><ul class="entries" id="history" aria-labelledby="h-history">${history || `<li class="muted">${t('noHistory')}</li>`}</ul></div>
</section>`;
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${esc(l)}</p>`)
    .join('');
}

/** Jira's system fields in the reader's language; custom fields by their name on the site. */
const SYSTEM_FIELDS = {
  status: 'status',
  assignee: 'assignee',
  reporter: 'reporter',
  priority: 'priority',
  resolution: 'resolution',
  labels: 'labels',
  components: 'components',
  issuetype: 'type',
  summary: 'summary',
  description: 'description',
} as const;

function fieldName(site: Site, id: string, t: ShellText): string {
  return id in SYSTEM_FIELDS ? t(SYSTEM_FIELDS[id as keyof typeof SYSTEM_FIELDS]) : (site.field(id)?.name ?? id);
}
