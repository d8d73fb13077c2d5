// Jira's Create dialog as a page: raise an issue as the chosen user and watch the app classify, grade and
// start its clocks. Custom fields offer the values already used on the site (the seed lists no options).

import type { Site } from '../jira/site';
import { esc, page } from './layout';
import { shellText } from './texts';
import { href, type Viewer } from './viewer';

/** The custom fields the form offers: single values a person types or picks. */
export const creatableFields = (site: Site) =>
  site.fields.filter((f) => f.custom && f.project === undefined && (f.kind === 'option' || f.kind === 'string'));

export function createPage(site: Site, v: Viewer, form: URLSearchParams, refusal?: string): string {
  const t = shellText(v);
  const chosen = (name: string, fallback: string) => form.get(name) ?? fallback;
  const options = (values: readonly string[], current: string) =>
    values.map((x) => `<option${x === current ? ' selected' : ''}>${esc(x)}</option>`).join('');
  const projects = [...site.projects.values()]
    .map(
      (p) =>
        `<option value="${esc(p.key)}"${p.key === chosen('project', 'SUP') ? ' selected' : ''}>${esc(p.name)} (${esc(p.key)})</option>`,
    )
    .join('');
  const custom = creatableFields(site)
    .map((f) => {
      const seen = [
        ...new Set(
          [...site.issues.values()].map((i) => i.custom[f.id]).filter((x): x is string => typeof x === 'string'),
        ),
      ];
      const list = seen.length > 0 ? ` list="values-${f.id}"` : '';
      return `<label for="${f.id}">${esc(f.name)}</label><input id="${f.id}" name="${f.id}" value="${esc(chosen(f.id, ''))}"${list} autocomplete="off">${
        seen.length > 0
          ? `<datalist id="values-${f.id}">${seen.map((x) => `<option value="${esc(x)}">`).join('')}</datalist>`
          : ''
      }`;
    })
    .join('');
  const body = `<main class="list create">
  <h1>${t('createIssue')}</h1>
  ${refusal ? `<div class="flash error" role="alert" id="create-error"><strong>${t('refused')}:</strong> ${esc(refusal)}</div>` : ''}
  <form method="post" action="${esc(href('/create', v))}" class="create-form">
    <label for="project">${t('project')}</label><select id="project" name="project">${projects}</select>
    <label for="issuetype">${t('type')}</label><select id="issuetype" name="issuetype">${options(site.issueTypes, chosen('issuetype', 'Incident'))}</select>
    <label for="summary">${t('summary')}</label><input id="summary" name="summary" required value="${esc(chosen('summary', ''))}">
    <label for="description">${t('description')}</label><textarea id="description" name="description" rows="4">${esc(chosen('description', ''))}</textarea>
    <label for="priority">${t('priority')}</label><select id="priority" name="priority">${options(site.priorities, chosen('priority', 'Medium'))}</select>
    <label for="components">${t('components')}</label><input id="components" name="components" value="${esc(chosen('components', ''))}" aria-describedby="components-hint"><span></span><span class="muted" id="components-hint">${t('commaSeparated')}</span>
    ${custom}
    <span></span><div><button type="submit" class="button primary" id="create-submit">${t('create')}</button> <a href="${esc(href('/issues', v))}">${t('cancel')}</a></div>
  </form>
</main>`;
  return page({ title: t('createIssue'), path: '/create', viewer: v, current: 'create', now: site.clock(), body });
}
