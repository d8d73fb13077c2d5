// Issues of three past months on the service desk for the KPI fact and SLA gadget tests: incidents and
// requests, some handed from L1 to L2, most resolved (some within target, some not), some still open.
// They predate the app's sight of them; a label added now makes the app evaluate each one live.

import type { Issue, Site } from '../../sandbox/jira/site';
import type { ForgeHost } from '../../sandbox/forge/host';
import { fieldId, itr, PEOPLE, type Sandbox } from './sandbox';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function seedPastIssues(site: Site, now: number, count = 36): Issue[] {
  const tier = fieldId(site, 'Support tier');
  const out: Issue[] = [];
  for (let n = 0; n < count; n++) {
    const created = now - 95 * DAY + n * 2.5 * DAY;
    const issue = site.createIssue(
      {
        project: 'SUP',
        issuetype: n % 3 === 0 ? 'Incident' : 'Service request',
        summary: `月度 KPI #${n} / monthly KPI`,
        reporter: PEOPLE.reporter,
        custom: { [tier]: 'L1' },
      },
      PEOPLE.reporter,
      created,
    );
    site.update(issue, { status: 'In Progress', assignee: PEOPLE.agent }, PEOPLE.agent, created + HOUR);
    if (n % 2 === 0) site.update(issue, { [tier]: 'L2', assignee: PEOPLE.expert }, PEOPLE.agent, created + 3 * HOUR);
    if (n % 5 !== 4) {
      const after = n % 4 === 0 ? 5 * DAY : n % 4 === 1 ? 20 * HOUR : 2 * HOUR;
      site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent, created + after);
    }
    out.push(issue);
  }
  return out;
}

/** A label added now to each issue: the issue trigger evaluates it (as it would any edit). */
export async function touchAll(host: ForgeHost, site: Site, issues: readonly Issue[], label: string): Promise<void> {
  for (const i of issues) site.update(i, { labels: [...i.labels, label] }, PEOPLE.agent);
  await host.advance(60_000);
}

interface Cycle {
  start: number;
  stop: number | null;
  targetMs: number;
  elapsedMs?: number;
}
type Goals = Record<string, { cycles: Cycle[] }>;
type Ola = Record<string, { state: string; targetMs: number; elapsedMs?: number }>;

/** 'YYYY-MM' in Shanghai, the template's service zone (computed here, not with the app's monthOf). */
export function shanghaiMonth(ms: number): string {
  const d = new Date(ms + 8 * HOUR); // China keeps no daylight saving time
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export interface Outcome {
  readonly key: string;
  readonly month: string;
  readonly split: string;
  readonly met: boolean;
}

/** Each completed cycle of `goal` in the issues' `itr` properties, as Jira holds them. */
export function slaOutcomes(
  issues: readonly Issue[],
  goal: string,
  splitOf: (p: Record<string, unknown>) => string,
): Outcome[] {
  return issues.flatMap((i) => {
    const p = itr(i);
    const cycles = (p['goals'] as Goals | undefined)?.[goal]?.cycles ?? [];
    return cycles
      .filter((c) => c.stop !== null && c.elapsedMs !== undefined)
      .map((c) => ({ key: i.key, month: shanghaiMonth(c.stop!), split: splitOf(p), met: c.elapsedMs! <= c.targetMs }));
  });
}

/** Each tier's OLA result of the issues whose `goal` cycle has stopped. */
export function olaOutcomes(issues: readonly Issue[], goal: string): Outcome[] {
  return issues.flatMap((i) => {
    const p = itr(i);
    const last = (p['goals'] as Goals | undefined)?.[goal]?.cycles.at(-1);
    if (!last || last.stop === null) return [];
    return Object.entries((p['ola'] as Ola | undefined) ?? {})
      .filter(([, c]) => c.state === 'met' || c.state === 'breached')
      .map(([tier, c]) => ({ key: i.key, month: shanghaiMonth(last.stop!), split: tier, met: c.state === 'met' }));
  });
}

/** Rows as the gadget answers them, from outcomes: month, split, met, breached, rate. */
export function expectedRows(outcomes: readonly Outcome[]): Array<Record<string, unknown>> {
  const cells = new Map<string, Outcome[]>();
  for (const o of outcomes) cells.set(`${o.month} ${o.split}`, [...(cells.get(`${o.month} ${o.split}`) ?? []), o]);
  return [...cells.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, os]) => {
      const met = os.filter((o) => o.met).length;
      const breached = os.length - met;
      return { month: os[0]!.month, split: os[0]!.split, met, breached, rate: met / os.length };
    });
}

/** A cell's drill-down as sla.breached answers it: the JQL of its breached issues' keys (distinct, in key
 * order, at most 100) and how many it lists. */
export function expectedBreached(
  outcomes: readonly Outcome[],
  month: string,
  split: string,
): { jql: string | null; listed: number } {
  const keys = [...new Set(outcomes.filter((o) => o.month === month && o.split === split && !o.met).map((o) => o.key))]
    .sort()
    .slice(0, 100);
  return { jql: keys.length === 0 ? null : `issuekey in (${keys.join(', ')}) ORDER BY key`, listed: keys.length };
}

const OLD_STOP = Date.parse('2026-03-31T23:30:00Z'); // 1 April, 07:30 in Shanghai

/** A fact as pruning wrote it before facts had months (issue 1, SUP-0, met): a recalculation gives it its
 * month, 2026-04. */
export const MONTHLESS_FACT: { readonly sql: string; readonly params: number[] } = {
  sql: `INSERT INTO itr_kpi_fact (issue_id, goal, cycle_start, issue_key, project, service, service_type, grade, customer,
       cycle_stop, target_ms, elapsed_ms, met, config_version)
     VALUES (1, 'resolution', ?, 'SUP-0', 'SUP', NULL, 'softwareFault', 'P3', NULL, ?, 3600000, 60000, 1, 1)`,
  params: [OLD_STOP - 3_600_000, OLD_STOP],
};

/** The past issues of seedPastIssues, evaluated by the app as they are touched once (the events of their
 * creation predate the app): what the gadget's tests read. */
export async function evaluatedPastIssues(sb: Sandbox, now: number): Promise<Issue[]> {
  const issues = seedPastIssues(sb.site, now);
  sb.host.forgetPendingEvents();
  await touchAll(sb.host, sb.site, issues, 'kpi');
  return issues;
}
