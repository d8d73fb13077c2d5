// The issue list: a JQL box and the emulator's search as the chosen user (so the app's itr… aliases and
// Jira's error wording come from the emulator), with the app's SLA state and breach time per issue.

import { createHash } from 'node:crypto';
import type { Site } from '../jira/site';
import { esc, page, when } from './layout';
import { shellText } from './texts';
import { href, type Viewer } from './viewer';

export const DEFAULT_JQL = 'project = SUP ORDER BY updated DESC';
/** Searches on the app's indexed property (its searchAlias names), to start from. */
const QUICK = [
  'itrSlaState = breached AND statusCategory != Done ORDER BY updated DESC',
  'itrSlaState = atRisk ORDER BY itrBreachAt ASC',
  'itrTier = L2 AND statusCategory != Done',
  'itrSlaState = paused',
];

/** One row as the search answers it (fields summary, status, assignee; property itr). */
export interface Row {
  readonly key: string;
  readonly fields: {
    readonly summary?: string;
    readonly status?: { readonly name: string; readonly statusCategory?: { readonly key: string } };
    readonly assignee?: { readonly displayName: string } | null;
  };
  readonly properties?: { readonly itr?: { readonly slaState?: string; readonly breachAt?: number | null } };
}

export type SearchOutcome =
  | { readonly ok: true; readonly rows: readonly Row[]; readonly total: number; readonly next: string | null }
  | { readonly ok: false; readonly errors: readonly string[] };

/** A fingerprint of what the list shows, to tell an open list when the search answers differently. */
export function listVersion(outcome: SearchOutcome): string {
  const shown = outcome.ok
    ? [
        outcome.total,
        outcome.next,
        outcome.rows.map((r) => [
          r.key,
          r.fields.summary,
          r.fields.status?.name,
          r.fields.assignee?.displayName,
          r.properties?.itr?.slaState,
          r.properties?.itr?.breachAt,
        ]),
      ]
    : outcome.errors;
  return createHash('sha1').update(JSON.stringify(shown)).digest('hex').slice(0, 16);
}

export function issuesPage(
  site: Site,
  v: Viewer,
  search: { readonly jql: string; readonly after: string | null },
  outcome: SearchOutcome,
): string {
  const { jql } = search;
  const t = shellText(v);
  const kept = Object.entries(v)
    .map(([k, val]) => `<input type="hidden" name="${k}" value="${esc(val)}">`)
    .join('');
  const body = `<main class="list" id="issue-list" data-jql="${esc(jql)}" data-after="${esc(search.after ?? '')}" data-version="${listVersion(outcome)}">
  <h1>${t('issues')}</h1>
  <form class="jql" method="get" action="/issues" role="search">${kept}
    <label for="jql">${t('jql')}</label>
    <input type="search" id="jql" name="jql" value="${esc(jql)}" spellcheck="false" autocomplete="off">
    <button type="submit" class="button primary">${t('search')}</button>
  </form>
  <nav class="quick" aria-label="${t('quick')}"><span class="muted">${t('quick')}:</span> ${QUICK.map((q) => `<a href="${esc(href('/issues', v, { jql: q }))}"><code>${esc(q)}</code></a>`).join(' ')}</nav>
    <div data-live="results">${outcome.ok ? results(v, jql, outcome) : `<div class="flash error" role="alert" id="jql-error">${outcome.errors.map((e) => `<p>${esc(e)}</p>`).join('')}</div>`}</div>
</main>`;
  return page({
    title: t('issues'),
    path: '/issues',
    viewer: v,
    keep: { jql },
    current: 'issues',
    now: site.clock(),
    body,
  });
}

function results(v: Viewer, jql: string, outcome: Extract<SearchOutcome, { ok: true }>): string {
  const t = shellText(v);
  if (outcome.rows.length === 0) return `<p class="muted" role="status">${t('noResults')}</p>`;
  const rows = outcome.rows
    .map((r) => {
      const itr = r.properties?.itr;
      const status = r.fields.status;
      const breach = typeof itr?.breachAt === 'number' ? when(itr.breachAt * 1000, v) : '';
      return `<tr data-key="${esc(r.key)}">
  <td><a href="${esc(href(`/browse/${r.key}`, v))}">${esc(r.key)}</a></td>
  <td>${esc(r.fields.summary ?? '')}</td>
  <td>${status ? `<span class="lozenge ${esc(status.statusCategory?.key ?? 'new')}">${esc(status.name)}</span>` : ''}</td>
  <td>${r.fields.assignee ? esc(r.fields.assignee.displayName) : `<span class="muted">${t('unassigned')}</span>`}</td>
  <td>${itr?.slaState ? `<span class="sla ${esc(itr.slaState)}">${esc(itr.slaState)}</span>` : ''}</td>
  <td>${esc(breach)}</td>
</tr>`;
    })
    .join('');
  const more = outcome.next
    ? `<a class="button" href="${esc(href('/issues', v, { jql, after: outcome.next }))}">${t('moreResults')}</a>`
    : '';
  return `<p class="count" role="status">${t('results', { n: outcome.total })}</p>
<table class="issues">
  <caption class="sr-only">${esc(jql)}</caption>
  <thead><tr><th scope="col">${t('key')}</th><th scope="col">${t('summary')}</th><th scope="col">${t('status')}</th><th scope="col">${t('assignee')}</th><th scope="col">${t('slaState')}</th><th scope="col">${t('breachAt')}</th></tr></thead>
  <tbody>${rows}</tbody>
</table>
${more}`;
}
