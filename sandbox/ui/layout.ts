// Every shell page's frame: lang and colour mode on <html>, the stylesheet and script served by the shell
// (nothing inline, so the page passes the same CSP as the app's frames), and Jira's top bar with the
// choice of user, language, theme and zone.

import { shellText } from './texts';
import { href, LOCALES, THEMES, USERS, ZONES, type Viewer } from './viewer';

/** The shell's own policy: like Forge's for the app, nothing inline; frames from this origin only. */
export const SHELL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'self'";

/** Where Jira serves an app's admin page (the sandbox's one app). */
export const ADMIN_PATH = '/jira/settings/apps/itr';
/** Jira's URL of a project's app page (the project's type names the product). */
export const PROJECT_PAGE = /^\/jira\/(software|servicedesk|core)\/projects\/([A-Z][A-Z0-9]*)\/apps\/itr$/;
export const projectPagePath = (key: string): string => `/jira/software/projects/${key}/apps/itr`;

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An instant as Jira shows it: the reader's language, in the chosen zone. */
export function when(ms: number, v: Viewer): string {
  return new Intl.DateTimeFormat(v.locale, {
    timeZone: v.timezone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

export interface PageInput {
  readonly title: string;
  readonly path: string;
  readonly viewer: Viewer;
  /** Query values the page keeps when the viewer switches (the list's JQL). */
  readonly keep?: Readonly<Record<string, string>>;
  readonly current: 'issues' | 'admin' | 'create' | 'project' | 'dashboard';
  readonly now: number;
  readonly body: string;
  readonly bodyClass?: string;
}

export function page(p: PageInput): string {
  const t = shellText(p.viewer);
  const v = p.viewer;
  const option = (value: string, label: string, chosen: string) =>
    `<option value="${esc(value)}"${value === chosen ? ' selected' : ''}>${esc(label)}</option>`;
  const userLabel = { agent: t('agent'), viewer: t('viewer'), manager: t('manager'), admin: t('adminUser') };
  const localeLabel = { 'en-US': 'English', 'zh-CN': '简体中文' };
  const select = (name: keyof Viewer, label: string, options: string) =>
    `<label class="pick"><span>${esc(label)}</span><select name="${name}" id="pick-${name}">${options}</select></label>`;
  const nav = (where: PageInput['current'], to: string, label: string) =>
    `<a href="${esc(to)}"${p.current === where ? ' aria-current="page"' : ''}>${esc(label)}</a>`;
  const kept = Object.entries(p.keep ?? {})
    .map(([k, val]) => `<input type="hidden" name="${esc(k)}" value="${esc(val)}">`)
    .join('');
  return `<!doctype html>
<html lang="${v.locale}" data-theme="${v.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/__shell.css">
<script src="/__shell.js" defer></script>
<title>${esc(p.title)} · ${t('product')} (${t('sandbox')})</title>
</head>
<body class="${p.bodyClass ?? ''}">
<header class="top">
  <a class="brand" href="${esc(href('/issues', v))}"><span class="logo" aria-hidden="true"></span>${t('product')}<span class="tag">${t('sandbox')}</span></a>
  <nav aria-label="${t('mainNav')}">${nav('dashboard', href('/jira/dashboards/1', v), t('dashboards'))}${nav('issues', href('/issues', v), t('issues'))}${nav('project', href(projectPagePath('SUP'), v), t('relationships'))}${nav('admin', href(ADMIN_PATH, v), `${t('apps')} › ${t('admin')}`)}<a class="button primary create" href="${esc(href('/create', v))}"${p.current === 'create' ? ' aria-current="page"' : ''}>${t('create')}</a></nav>
  <span class="clock">${t('clock')}: <time id="sandbox-clock" aria-live="off">${esc(when(p.now, v))}</time></span>
  <form class="view-as" method="get" action="${esc(p.path)}" aria-label="${t('viewAs')}">${kept}
    ${select('user', t('user'), USERS.map((u) => option(u, userLabel[u], v.user)).join(''))}
    ${select('locale', t('locale'), LOCALES.map((l) => option(l, localeLabel[l], v.locale)).join(''))}
    ${select('theme', t('theme'), THEMES.map((th) => option(th, t(th), v.theme)).join(''))}
    ${select('timezone', t('zone'), ZONES.map((z) => option(z, z, v.timezone)).join(''))}
    <button type="submit" class="button">${t('apply')}</button>
  </form>
</header>
${p.body}
</body>
</html>`;
}
