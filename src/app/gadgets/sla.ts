// "SLA closure and OLA on-time rates": the facts of the viewer's projects over the months shown, grouped
// in SQL by month and split value; the largest split values (by cycles completed over the whole window)
// keep their own rows, the rest are summed as "other". A row's breached issues are listed (as Jira's JQL)
// when the viewer follows its drill-down.

import type { LocalText } from '../../contract/panel';
import {
  SLA_FILTER_CAP,
  SLA_NONE,
  SLA_OTHER,
  SLA_TOP,
  type SlaBreached,
  type SlaBreachedQuery,
  type SlaData,
  type SlaFilterChoice,
  type SlaSettings,
} from '../../contract/gadgets/sla';
import type { Cell } from '../../contract/gadgets';
import { searchPage } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import { filterById, filtersNamed } from '../../platform/jira/filters';
import {
  slaBreachedKeys,
  slaGroups,
  type SlaCell,
  type SlaGroupRow,
  type SlaQuery,
} from '../../platform/sql/gadgets/sla';
import { latest, loadConfigs } from '../config';
import { customerNames } from '../../platform/sql/customers';
import type { GadgetCall } from '../gadget-call';
import { configNames } from './config-names';

export const SLA_COLUMNS = [
  { key: 'month', kind: 'month' },
  { key: 'split', kind: 'text' },
  { key: 'met', kind: 'count' },
  { key: 'breached', kind: 'count' },
  { key: 'rate', kind: 'percent' },
] as const;

/** A saved filter the viewer may not see (or one deleted since the gadget was configured). */
export class FilterUnavailable extends Error {
  constructor(readonly filterId: string) {
    super(`Saved filter ${filterId} is not available to you: it was deleted or is no longer shared with you.`);
  }
}

interface Cellsum {
  met: number;
  breached: number;
}

/** The split values drawn as their own line (the largest by cycles completed over the whole window), and
 * whether the rest are summed as "other" (pure). */
export function slaTop(groups: readonly SlaGroupRow[]): { top: string[]; other: boolean } {
  const totals = new Map<string, number>();
  for (const g of groups) {
    const v = g.split ?? SLA_NONE;
    totals.set(v, (totals.get(v) ?? 0) + g.met + g.breached);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  return ranked.length <= SLA_TOP ? { top: ranked, other: false } : { top: ranked.slice(0, SLA_TOP - 1), other: true };
}

/** Rows of the table from the grouped facts (pure). */
export function slaRows(groups: readonly SlaGroupRow[], months: readonly string[]): Array<Record<string, Cell>> {
  const { top, other } = slaTop(groups);
  const order = other ? [...top, SLA_OTHER] : top;
  const cells = new Map<string, Cellsum>();
  for (const g of groups) {
    const v = g.split ?? SLA_NONE;
    const key = `${g.month} ${top.includes(v) ? v : SLA_OTHER}`;
    const c = cells.get(key) ?? { met: 0, breached: 0 };
    c.met += g.met;
    c.breached += g.breached;
    cells.set(key, c);
  }
  const out: Array<Record<string, Cell>> = [];
  for (const month of months)
    for (const split of order) {
      const c = cells.get(`${month} ${split}`);
      if (!c) continue;
      const done = c.met + c.breached;
      out.push({ month, split, met: c.met, breached: c.breached, rate: done === 0 ? null : c.met / done });
    }
  return out;
}

const SPLIT_NAMES: Record<string, LocalText> = {
  [SLA_OTHER]: { en: 'Other', zh: '其他' },
  [SLA_NONE]: { en: 'None', zh: '无' },
};

/** The saved filter's issues (as many as SLA_FILTER_CAP), read as the viewer; none when no filter is set. */
async function filterIssues(s: SlaSettings): Promise<{ filter: SlaData['filter']; issueIds?: number[] }> {
  if (s.filterId === '') return { filter: null };
  const jira = new JiraClient({ as: 'user' });
  const f = await filterById(jira, s.filterId);
  if (!f) throw new FilterUnavailable(s.filterId);
  if (f.jql.trim() === '') return { filter: { id: f.id, name: f.name, issues: 0, capped: false }, issueIds: [] };
  const found = await searchPage(jira, f.jql, null, SLA_FILTER_CAP + 1);
  const issueIds = found.ids.slice(0, SLA_FILTER_CAP).map(Number);
  return {
    filter: { id: f.id, name: f.name, issues: issueIds.length, capped: found.ids.length > SLA_FILTER_CAP },
    issueIds,
  };
}

function query(s: SlaSettings, call: GadgetCall, goal: string, issueIds: number[] | undefined): SlaQuery {
  return {
    measure: s.measure,
    split: s.split,
    projects: call.projects,
    from: call.months[0]!,
    to: call.months[call.months.length - 1]!,
    goal,
    ...(issueIds ? { issueIds } : {}),
  };
}

export async function slaGadget(s: SlaSettings, call: GadgetCall): Promise<SlaData> {
  const cfg = latest(await loadConfigs());
  const goal = cfg.doc.ola.goal;
  const { filter, issueIds } = await filterIssues(s);
  const groups = await slaGroups(query(s, call, goal, issueIds));
  const rows = slaRows(groups, call.months);
  const names: Record<string, LocalText> = { ...configNames(cfg), ...SPLIT_NAMES };
  if (s.split === 'customer') {
    const ids = [...new Set(rows.map((r) => String(r['split'])))].filter((v) => !v.startsWith('~'));
    for (const [id, name] of await customerNames(ids)) names[id] = { en: name, zh: name };
  }
  return { columns: SLA_COLUMNS, rows, names, measure: s.measure, goal, filter };
}

/** One cell's drill-down: the JQL of its breached issues (the first SLA_DRILL_CAP by key), null when none.
 * The "other" cell holds every value but the top ones, ranked over the window as the figures rank them. */
export async function slaBreached(s: SlaBreachedQuery, call: GadgetCall): Promise<SlaBreached> {
  if (!call.months.includes(s.month)) return { jql: null, listed: 0 };
  const goal = latest(await loadConfigs()).doc.ola.goal;
  const { issueIds } = await filterIssues(s);
  const q = query(s, call, goal, issueIds);
  const asValue = (v: string) => (v === SLA_NONE ? null : v);
  let values: SlaCell['values'];
  if (s.value === SLA_OTHER) {
    const { top, other } = slaTop(await slaGroups(q));
    if (!other) return { jql: null, listed: 0 };
    values = { except: top.map(asValue) };
  } else values = { only: asValue(s.value) };
  const keys = (await slaBreachedKeys(q, { month: s.month, values })).sort();
  return { jql: keys.length === 0 ? null : `issuekey in (${keys.join(', ')}) ORDER BY key`, listed: keys.length };
}

/** Saved filters the viewer may see whose names hold `name` (the edit view's picker). */
export async function slaFilters(name: string): Promise<SlaFilterChoice[]> {
  return filtersNamed(new JiraClient({ as: 'user' }), name, 20);
}
