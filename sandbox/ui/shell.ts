// The Jira-like issue view the sandbox serves: the issue's fields and the app's two issue-view surfaces,
// each in an iframe with the sandbox attributes Forge gives Custom UI.

import type { Issue } from '../jira/site';

export interface Viewer {
  readonly user: 'agent' | 'viewer' | 'admin';
  readonly locale: 'en-US' | 'zh-CN';
  readonly theme: 'light' | 'dark';
  readonly timezone: string;
}

const SANDBOX =
  'allow-downloads allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-storage-access-by-user-activation';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function frameUrl(moduleKey: string, file: string, issue: Issue | null, v: Viewer): string {
  const q = new URLSearchParams({ module: moduleKey, ...(issue ? { issue: issue.key } : {}), ...v });
  return `/ui/${file}?${q.toString()}`;
}

export function issuePage(issue: Issue, v: Viewer, frames: { panel: string; context: string }): string {
  const dark = v.theme === 'dark';
  const links = (['agent', 'viewer', 'admin'] as const)
    .map((u) => `<a href="?${new URLSearchParams({ ...v, user: u }).toString()}">${u}</a>`)
    .join(' · ');
  return `<!doctype html><html lang="${v.locale}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${esc(issue.key)} · Jira (ITR sandbox)</title>
<style>
body{margin:0;font-family:'Noto Sans',sans-serif;background:${dark ? '#1d2125' : '#fff'};color:${dark ? '#b6c2cf' : '#172b4d'}}
header{padding:8px 16px;border-bottom:1px solid #8884;display:flex;gap:16px}a{color:${dark ? '#579dff' : '#0c66e4'}}
.page{display:grid;grid-template-columns:1fr 420px;gap:24px;padding:16px}iframe{border:1px solid #8884;width:100%;border-radius:4px}
</style></head><body>
<header><strong>Jira (ITR sandbox)</strong><span>user: ${links}</span><span>locale: ${v.locale}</span><span>theme: ${v.theme}</span></header>
<div class="page"><div><h1>${esc(issue.key)}: ${esc(issue.summary)}</h1><p>Status: ${esc(issue.status)} · Type: ${esc(issue.issuetype)}</p>
<h2>ITR SLA</h2><iframe id="itr-sla-panel" title="ITR SLA panel" sandbox="${SANDBOX}" src="${frames.panel}" style="height:1100px"></iframe></div>
<aside><h2>Details</h2><iframe id="itr-issue-context" title="ITR SLA context" sandbox="${SANDBOX}" src="${frames.context}" style="height:80px"></iframe></aside></div>
</body></html>`;
}

/** Jira's settings page for the app: the admin page's frame filling the page. */
export function adminPage(v: Viewer, frame: string): string {
  const dark = v.theme === 'dark';
  return `<!doctype html><html lang="${v.locale}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>ITR for Jira · Apps · Jira (ITR sandbox)</title>
<style>
body{margin:0;font-family:'Noto Sans',sans-serif;background:${dark ? '#1d2125' : '#fff'};color:${dark ? '#b6c2cf' : '#172b4d'}}
header{padding:8px 16px;border-bottom:1px solid #8884;display:flex;gap:16px}iframe{border:0;width:100%;height:calc(100vh - 48px)}
</style></head><body>
<header><strong>Jira (ITR sandbox)</strong><span>Apps › ITR for Jira</span><span>locale: ${v.locale}</span><span>theme: ${v.theme}</span></header>
<iframe id="itr-admin" title="ITR for Jira administration" sandbox="${SANDBOX}" src="${frame}"></iframe>
</body></html>`;
}
