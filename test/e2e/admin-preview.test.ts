// An admin previews a draft before activating it, in a real browser framed by the sandbox's Jira settings
// page under Forge's CSP: a target edited in the JSON view, Preview, the totals and the rows; an invalid
// draft's problems listed at their paths in the JSON view. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { Issue } from '../../sandbox/jira/site';
import type { SandboxUi } from '../../sandbox/ui/server';
import { passwordRequest, startSandbox, type Sandbox } from '../support/sandbox';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-03-02T09:30:00+08:00'); // a Monday, office hours
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;
let recent: Issue[];

beforeAll(async () => {
  sb = await startSandbox(T0);
  recent = [1, 2, 3].map((n) => passwordRequest(sb.site, n));
  await sb.host.advance(3 * 3_600_000);
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

const SECTION = { 'en-US': { json: 'JSON', whatIf: 'What-if' }, 'zh-CN': { json: 'JSON', whatIf: '变更预演' } };
const RUN = { 'en-US': 'Preview the draft', 'zh-CN': '预演草稿' };

type Doc = { sla: { policies: Array<Record<string, unknown>> } };

/** Replaces the JSON view's text as one input event (Playwright's fill types 40 KB slowly). */
async function setJson(frame: FrameLocator, text: string): Promise<void> {
  await frame.locator('#json-doc').evaluate((el, value) => {
    // Runs in the page (the test's lib has no DOM types): React hears the native setter's value.
    const page = globalThis as unknown as {
      HTMLTextAreaElement: { prototype: object };
      Event: new (type: string, init: object) => unknown;
    };
    Object.getOwnPropertyDescriptor(page.HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
    (el as unknown as { dispatchEvent(e: unknown): void }).dispatchEvent(new page.Event('input', { bubbles: true }));
  }, text);
}

/** Changes the draft through the JSON view's text, as a power user would. */
async function editJson(frame: FrameLocator, change: (doc: Doc) => void): Promise<void> {
  const doc = JSON.parse(await frame.locator('#json-doc').inputValue()) as Doc;
  change(doc);
  await setJson(frame, JSON.stringify(doc, null, 2));
}

async function openAdmin(page: Page, locale: 'en-US' | 'zh-CN', theme: string): Promise<FrameLocator> {
  await page.goto(`${url}/jira/settings/apps/itr?user=admin&locale=${locale}&theme=${theme}`);
  const frame = page.frameLocator('#itr-admin');
  await frame.getByRole('button', { name: SECTION[locale].json, exact: true }).click();
  await frame.locator('#json-doc').waitFor();
  return frame;
}

/** The issue keys of the table's rows, in order. */
async function rowKeys(frame: FrameLocator): Promise<string[]> {
  const rows = await frame.locator('tbody tr[data-issue]').all();
  return Promise.all(rows.map(async (r) => (await r.getAttribute('data-issue')) ?? ''));
}

async function axeSerious(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('#itr-admin').analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [locale, theme] of [
  ['zh-CN', 'dark'],
  ['en-US', 'light'],
] as const) {
  test(`an admin edits a target in the JSON view and previews the draft (${locale}, ${theme})`, async () => {
    const { page, errors } = await watchedPage(browser);
    const frame = await openAdmin(page, locale, theme);
    await editJson(frame, (doc) => {
      doc.sla.policies.find((p) => p['id'] === 'p3')!['targets'] = { firstResponse: 120, resolution: 60 };
    });
    await page.screenshot({ path: join(SHOTS, `admin-json-${locale}-${theme}.png`) });
    await frame.getByRole('button', { name: SECTION[locale].whatIf, exact: true }).click();
    await frame.getByRole('button', { name: RUN[locale] }).click();
    await frame.locator('[data-preview="done"]').waitFor();
    const total = (k: string) => frame.locator(`[data-total="${k}"] strong`).textContent();
    expect(await total('examined')).toBe('3');
    expect(await total('changed')).toBe('3');
    expect(await total('breachesAdded')).toBe('3');
    expect(await total('breachesRemoved')).toBe('0');
    const keys = await rowKeys(frame);
    expect([...keys].sort()).toEqual(recent.map((i) => i.key).sort());
    await expect(frame.locator('html').getAttribute('data-color-mode')).resolves.toBe(theme);
    await page.screenshot({ path: join(SHOTS, `admin-preview-${locale}-${theme}.png`), fullPage: true });
    expect(await axeSerious(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
    await page.close();
  }, 30_000);
}

test('sorting by key, by keyboard', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await openAdmin(page, 'en-US', 'light');
  await editJson(frame, (doc) => {
    doc.sla.policies.find((p) => p['id'] === 'p3')!['targets'] = { firstResponse: 120, resolution: 60 };
  });
  await frame.getByRole('button', { name: 'What-if', exact: true }).click();
  await frame.getByRole('button', { name: 'Preview the draft' }).press('Enter');
  await frame.locator('[data-preview="done"]').waitFor();
  await frame.getByRole('button', { name: 'key', exact: true }).press('Enter');
  const keys = await rowKeys(frame);
  expect(keys).toEqual(recent.map((i) => i.key));
  expect(errors).toEqual([]);
  await page.close();
}, 30_000);

test('a syntax error is shown at its line and not applied; an invalid draft’s problems are listed at their paths', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await openAdmin(page, 'en-US', 'dark');
  const area = frame.locator('#json-doc');
  const valid = await area.inputValue();
  await setJson(frame, valid.replace('"sla": {', '"sla": {,'));
  const line = valid.slice(0, valid.indexOf('"sla": {')).split('\n').length;
  expect(await frame.locator('#json-error').textContent()).toMatch(
    new RegExp(`^Line ${line}, column \\d+: .* Not applied`),
  );
  await setJson(frame, valid);
  await editJson(frame, (doc) => {
    doc.sla.policies[1]!['calendar'] = 'nowhere';
  });
  await frame.getByRole('button', { name: 'What-if', exact: true }).click();
  await frame.getByRole('button', { name: 'Preview the draft' }).click();
  await frame.getByText('The draft could not be previewed').waitFor();
  expect(await frame.locator('code').allTextContents()).toEqual(['sla.policies[1].calendar']);
  await page.screenshot({ path: join(SHOTS, 'admin-preview-invalid.png') });
  await frame.getByRole('button', { name: 'JSON', exact: true }).click();
  await frame.getByRole('button', { name: 'Go to sla.policies[1].calendar in the text' }).click();
  const selected = await area.evaluate((el) => {
    const a = el as unknown as { value: string; selectionStart: number; selectionEnd: number };
    return a.value.slice(a.selectionStart, a.selectionEnd);
  });
  expect(selected.trim()).toBe('"calendar": "nowhere"');
  await page.screenshot({ path: join(SHOTS, 'admin-json-finding.png') });
  expect(await axeSerious(page)).toEqual([]);
  // Put right and previewed again, the draft has no problem left to list.
  await setJson(frame, valid);
  await frame.getByRole('button', { name: 'What-if', exact: true }).click();
  await frame.getByRole('button', { name: 'Preview the draft' }).click();
  await frame.locator('[data-preview="done"]').waitFor();
  await frame.getByRole('button', { name: 'JSON', exact: true }).click();
  await frame.getByText('No problems found by the last check or preview.').waitFor();
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 30_000);
