// Jira's side of @forge/bridge for the frames the shell serves: view.getContext from the chosen user,
// issue, locale and zone; theming; invoke answered by the app's real resolvers through ForgeHost as that
// user (so the app's own permission checks run for them).

import { z } from 'zod';
import type { ForgeHost } from '../forge/host';
import type { Dashboard } from './dashboard';
import { accountOf, viewerQuery } from './viewer';

export const bridgeCall = z.object({
  name: z.string(),
  payload: z.unknown().optional(),
  frame: viewerQuery.extend({
    module: z.string(),
    issue: z.string().optional(),
    project: z.string().optional(),
    /** A dashboard gadget's id, and whether Jira opened its edit view. */
    gadget: z.string().optional(),
    entry: z.enum(['view', 'edit']).optional(),
  }),
});
export type BridgeCall = z.infer<typeof bridgeCall>;

/** An answer for bridge.js: the value, or a status and message it throws. */
export type BridgeAnswer = { status: 200; body: unknown } | { status: 400 | 404 | 500; body: { message: string } };

export async function answerBridge(host: ForgeHost, dashboard: Dashboard, c: BridgeCall): Promise<BridgeAnswer> {
  const issue = c.frame.issue === undefined ? null : host.site.issue(c.frame.issue);
  if (c.frame.issue !== undefined && !issue) return { status: 404, body: { message: `no issue ${c.frame.issue}` } };
  const ui = host.wiring.ui.get(c.frame.module);
  if (!ui) return { status: 400, body: { message: `no module ${c.frame.module}` } };
  const accountId = accountOf(c.frame);
  const projectKey = issue?.project ?? c.frame.project;
  const project = projectKey === undefined ? undefined : host.site.projects.get(projectKey);
  if (c.frame.project !== undefined && !project)
    return { status: 404, body: { message: `no project ${c.frame.project}` } };
  const projectRef = project && { id: project.id, key: project.key, type: project.typeKey };
  const gadget = c.frame.gadget === undefined ? undefined : dashboard.get(c.frame.gadget);
  if (c.frame.gadget !== undefined && !gadget) return { status: 404, body: { message: `no gadget ${c.frame.gadget}` } };
  const editing = gadget !== undefined && c.frame.entry === 'edit' && dashboard.mayEdit(accountId);
  switch (c.name) {
    case 'getContext':
      return {
        status: 200,
        body: {
          value: {
            accountId,
            cloudId: 'sandbox',
            moduleKey: c.frame.module,
            locale: c.frame.locale,
            timezone: c.frame.timezone,
            theme: { colorMode: c.frame.theme },
            extension: {
              type: c.frame.module,
              ...(issue ? { issue: { id: String(issue.id), key: issue.key, type: issue.issuetype } } : {}),
              ...(projectRef ? { project: projectRef } : {}),
              ...(gadget
                ? {
                    type: 'jira:dashboardGadget',
                    gadget: { id: gadget.id },
                    dashboard: { id: '1' },
                    gadgetConfiguration: gadget.config ?? {},
                    ...(editing ? { entryPoint: 'edit' } : {}),
                  }
                : {}),
            },
          },
        },
      };
    case 'submit':
      // Jira saves what a gadget's edit view submits as its configuration; any other view is not submittable.
      if (!gadget || !editing || typeof c.payload !== 'object' || c.payload === null || Array.isArray(c.payload))
        return { status: 200, body: { value: false } };
      gadget.config = c.payload as Record<string, unknown>;
      return { status: 200, body: { value: true } };
    case 'enableTheming':
      return { status: 200, body: { attrs: themeAttrs(c.frame.theme) } };
    case 'invoke': {
      const p = z.object({ functionKey: z.string(), payload: z.unknown().optional() }).parse(c.payload);
      const rec = await host.resolve(ui.handler, c.frame.module, p.functionKey, p.payload ?? {}, {
        accountId,
        ...(issue ? { issue: { id: String(issue.id), key: issue.key } } : {}),
        ...(projectRef ? { project: projectRef } : {}),
      });
      if (rec.outcome !== 'ok') return { status: 500, body: { message: rec.error ?? rec.outcome } };
      return { status: 200, body: { value: rec.result } };
    }
    default:
      return { status: 200, body: { value: true } };
  }
}

/** The root attributes @atlaskit/tokens' getThemeHtmlAttrs gives for Jira's default themes. */
function themeAttrs(colorMode: 'light' | 'dark'): Record<string, string> {
  const theme = 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';
  return { 'data-theme': theme, 'data-color-mode': colorMode };
}
