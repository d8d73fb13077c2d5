// "SLA closure and OLA on-time rates": the facts of the viewer's projects over the months shown, grouped
// in SQL by month and split value; the largest split values (by cycles completed over the whole window)
// keep their own rows, the rest are summed as "other". Each row links to its breached issues in Jira.

import type { LocalText } from '../../contract/panel';
import {
  SLA_DRILL_CAP,
  SLA_FILTER_CAP,
  SLA_NONE,
  SLA_OTHER,
  SLA_TOP,
  type SlaData,
  type SlaFilterChoice,
  type SlaSettings,
} from '../../contract/gadgets/sla';
import type { Cell } from '../../contract/gadgets';
import { searchPage } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import { filterById, filtersNamed } from '../../platform/jira/filters';
import { customerNames, slaGroups, type SlaGroupRow } from '../../platform/sql/gadgets/sla';
import { latest, loadConfigs } from '../config';
import type { GadgetCall } from '../gadget-call';
import { configNames } from './config-names';

export const SLA_COLUMNS = [
  { key: 'month', kind: 'month' },
  { key: 'split', kind: 'text' },
  { key: 'met', kind: 'count' },
  { key: 'breached', kind: 'count' },
  { key: 'rate', kind: 'percent' },
  { key: 'listed', kind: 'count' },
  { key: 'jql', kind: 'text' },
] as const;

/** A saved filter the viewer may not see (or one deleted since the gadget was configured). */
export class FilterUnavailable extends Error {
  constructor(readonly filterId: string) {
    super(`Saved filter ${filterId} is not available to you: it was deleted or is no longer shared with you.`);
  }
}

/** MariaDB's and TiDB's default group_concat_max_len: a list this long may end in a cut key. */
const GROUP_CONCAT_MAX = 1024;

interface Cellsum {
  met: number;
  breached: number;
  keys: string[];
}

export function breachedKeys(raw: string | null): string[] {
  if (raw === null || raw === '') return [];
  const keys = raw.split(' ');
  if (raw.length >= GROUP_CONCAT_MAX) keys.pop(); // the server cut the list: its last key may be partial
  return keys;
}

/** Rows of the table from the grouped facts (pure). */
export function slaRows(groups: readonly SlaGroupRow[], months: readonly string[]): Array<Record<string, Cell>> {
  const totals = new Map<string, number>();
  for (const g of groups) {
    const v = g.split ?? SLA_NONE;
    totals.set(v, (totals.get(v) ?? 0) + g.met + g.breached);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  const top = ranked.length <= SLA_TOP ? ranked : ranked.slice(0, SLA_TOP - 1);
  const order = ranked.length <= SLA_TOP ? top : [...top, SLA_OTHER];
  const cells = new Map<string, Cellsum>();
  for (const g of groups) {
    const v = g.split ?? SLA_NONE;
    const key = `${g.month} ${top.includes(v) ? v : SLA_OTHER}`;
    const c = cells.get(key) ?? { met: 0, breached: 0, keys: [] };
    c.met += g.met;
    c.breached += g.breached;
    c.keys.push(...breachedKeys(g.breached_keys));
    cells.set(key, c);
  }
  const out: Array<Record<string, Cell>> = [];
  for (const month of months)
    for (const split of order) {
      const c = cells.get(`${month} ${split}`);
      if (!c) continue;
      const keys = [...new Set(c.keys)].sort().slice(0, SLA_DRILL_CAP);
      const done = c.met + c.breached;
      out.push({
        month,
        split,
        met: c.met,
        breached: c.breached,
        rate: done === 0 ? null : c.met / done,
        listed: keys.length,
        jql: keys.length === 0 ? null : `issuekey in (${keys.join(', ')}) ORDER BY key`,
      });
    }
  return out;
}

const SPLIT_NAMES: Record<string, LocalText> = {
  [SLA_OTHER]: { en: 'Other', zh: '其他' },
  [SLA_NONE]: { en: 'None', zh: '无' },
};

export async function slaGadget(s: SlaSettings, call: GadgetCall): Promise<SlaData> {
  const cfg = latest(await loadConfigs());
  const goal = cfg.doc.ola.goal;
  let filter: SlaData['filter'] = null;
  let issueIds: number[] | undefined;
  if (s.filterId !== '') {
    const jira = new JiraClient({ as: 'user' });
    const f = await filterById(jira, s.filterId);
    if (!f) throw new FilterUnavailable(s.filterId);
    if (f.jql.trim() !== '') {
      const found = await searchPage(jira, f.jql, null, SLA_FILTER_CAP + 1);
      issueIds = found.ids.slice(0, SLA_FILTER_CAP).map(Number);
      filter = { id: f.id, name: f.name, issues: issueIds.length, capped: found.ids.length > SLA_FILTER_CAP };
    } else filter = { id: f.id, name: f.name, issues: 0, capped: false };
  }
  const groups = await slaGroups({
    measure: s.measure,
    split: s.split,
    projects: call.projects,
    from: call.months[0]!,
    to: call.months[call.months.length - 1]!,
    goal,
    ...(issueIds ? { issueIds } : {}),
  });
  const rows = slaRows(groups, call.months);
  const names: Record<string, LocalText> = { ...configNames(cfg), ...SPLIT_NAMES };
  if (s.split === 'customer') {
    const ids = [...new Set(rows.map((r) => String(r['split'])))].filter((v) => !v.startsWith('~'));
    for (const [id, name] of await customerNames(ids)) names[id] = { en: name, zh: name };
  }
  return { columns: SLA_COLUMNS, rows, names, measure: s.measure, goal, filter };
}

/** Saved filters the viewer may see whose names hold `name` (the edit view's picker). */
export async function slaFilters(name: string): Promise<SlaFilterChoice[]> {
  return filtersNamed(new JiraClient({ as: 'user' }), name, 20);
}
