// The sandbox's Jira dashboard, for the gadgets' browser tests: a sandbox with SUP in scope and whatever
// issues a suite seeds, the dashboard opened as a person, a gadget added and its frames checked by axe.
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';
import { DASHBOARD_PATH } from '../../sandbox/ui/dashboard';
import { startSandbox, type Sandbox } from '../support/sandbox';
import { suiteShell, type Shell, type SuiteShell } from './browser';

/** A suite's sandbox at `t0` (SUP in scope), seeded by `seed`, and the shell with a browser. */
export function dashboardShell(t0: number, seed: (sb: Sandbox) => Promise<void>): SuiteShell {
  return suiteShell(async () => {
    const sb = await startSandbox(t0);
    await seed(sb);
    return sb;
  });
}

export async function openDashboard(page: Page, url: string, q: Record<string, string>): Promise<void> {
  await page.goto(`${url}${DASHBOARD_PATH}?${new URLSearchParams(q).toString()}`);
  await page.locator('h1').waitFor();
}

/** Adds the gadget titled `title` as the dashboard's owner; Jira opens its edit view. Returns its frame. */
export async function addGadget(page: Page, title: string): Promise<{ id: string; frame: FrameLocator }> {
  await page.getByText('Add gadget').click();
  await page.getByRole('button', { name: `Add: ${title}` }).click();
  await page.waitForURL(/edit=/);
  const id = new URL(page.url()).searchParams.get('edit')!;
  const frame = page.frameLocator(`#gadget-${id}`);
  await frame.getByRole('form').waitFor();
  return { id, frame };
}

/** No serious or critical axe finding in the gadget's frame, no console error, no CSP violation. */
export async function expectGadgetClean(shell: Shell, page: Page, id: string, errors: readonly string[]) {
  const r = await new AxeBuilder({ page }).include(`#gadget-${id}`).analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
  expect(shell.ui.cspViolations).toEqual([]);
}
