// The project page in the sandbox shell, for the browser tests of its tabs: a sandbox with the schema in
// place and Acme as SUP's customer, the page opened as a person, and axe's serious findings in its frame.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { query } from '../support/project';
import { startSandbox, type Sandbox } from '../support/sandbox';
import { suiteShell, type SuiteShell } from './browser';

export const ACME_ID = '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a01';

/** Creates the schema (as the service manager opening the page would) and Acme, SUP's customer. */
async function withAcme(sb: Sandbox): Promise<void> {
  const sup = sb.site.projects.get('SUP')!;
  await sb.host.resolve(
    'projectResolver',
    'itr-project',
    'project.access',
    {},
    { accountId: 'u-manager', project: { id: sup.id, key: sup.key, type: sup.typeKey } },
  );
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [sup.id, ACME_ID],
  );
}

export type ProjectShell = SuiteShell;

/** A suite's sandbox at `t0` (the app installed, not activated, Acme a customer of SUP) and the shell with a
 * browser, ready in beforeAll and stopped in afterAll; read its fields inside the tests. */
export function projectShell(t0: number): ProjectShell {
  return suiteShell(async () => {
    const sb = await startSandbox(t0, { scope: null });
    await withAcme(sb);
    return sb;
  });
}

const PAGE = '/jira/software/projects/SUP/apps/itr';

/** SUP's project page in the shell at `url`, as `q` says (user, locale, theme), once its heading shows. */
export async function openProjectPage(page: Page, url: string, q: Record<string, string>) {
  await page.goto(`${url}${PAGE}?${new URLSearchParams(q).toString()}`);
  const frame = page.frameLocator('#itr-project');
  await frame.locator('h1').waitFor();
  return frame;
}

/** Both languages in both themes. */
export const LOOKS = [
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
  ['zh-CN', 'light'],
  ['en-US', 'dark'],
] as const;

/** What every view of the page must be: no serious or critical axe finding in its frame, no console
 * error, no CSP violation. */
export async function expectClean(shell: ProjectShell, page: Page, errors: readonly string[]): Promise<void> {
  const r = await new AxeBuilder({ page }).include('#itr-project').analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
  expect(shell.ui.cspViolations).toEqual([]);
}
