// Who is looking, and how: the user, locale, theme and zone every shell page and app frame is rendered
// for, read from the query so a link opens the same view.

import { z } from 'zod';
import { PEOPLE } from '../demo/site-seed';

export const USERS = ['agent', 'viewer', 'manager', 'admin'] as const;
export const LOCALES = ['en-US', 'zh-CN'] as const;
export const THEMES = ['light', 'dark'] as const;
export const ZONES = ['Asia/Shanghai', 'UTC', 'Europe/London', 'America/New_York'] as const;

export const viewerQuery = z.object({
  user: z.enum(USERS).catch('agent'),
  locale: z.enum(LOCALES).catch('en-US'),
  theme: z.enum(THEMES).catch('light'),
  timezone: z.enum(ZONES).catch('Asia/Shanghai'),
});

export type Viewer = z.infer<typeof viewerQuery>;

/** The chosen user's Jira account. */
export const accountOf = (v: Viewer): string => PEOPLE[v.user];

export function viewerOf(query: URLSearchParams, defaults: Partial<Viewer> = {}): Viewer {
  return viewerQuery.parse({ ...defaults, ...Object.fromEntries(query) });
}

/** `path` with the viewer's choices (and `extra`) as its query. */
export function href(path: string, v: Viewer, extra: Record<string, string> = {}): string {
  return `${path}?${new URLSearchParams({ ...extra, ...v }).toString()}`;
}
