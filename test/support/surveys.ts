// Survey links in tests: found in the notifications Jira was asked to send, and called as a browser would.

import type { Sandbox } from './sandbox';

/** The survey link in the latest notification about `issueKey`. */
export function linkSentFor(sb: Sandbox, issueKey: string): string {
  const n = sb.site.notifications.filter((x) => x.issue === issueKey && x.textBody !== undefined).at(-1);
  const url = /https?:\/\/\S+\/x1\/\S+/.exec(n?.textBody ?? '')?.[0];
  if (!url) throw new Error(`no survey link was sent for ${issueKey}`);
  return url;
}

export interface WebAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** GETs a link, or POSTs a form to it. */
export function openLink(sb: Sandbox, url: string, headers: Record<string, string> = {}): Promise<WebAnswer> {
  return sb.host.webTrigger({ method: 'GET', url, headers, body: '' });
}

export function answerLink(sb: Sandbox, url: string, form: Record<string, string>): Promise<WebAnswer> {
  return sb.host.webTrigger({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

/** The link with one query parameter changed. */
export function withParam(url: string, name: string, value: string): string {
  const u = new URL(url);
  u.searchParams.set(name, value);
  return u.toString();
}
