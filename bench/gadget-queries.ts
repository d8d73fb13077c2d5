// The gadget queries `npm run bench` times over a seeded MariaDB (bench/gadget-queries.bench.ts): each
// entry is the app's own SQL (import the constant the app runs) with parameters a dashboard would send.
// APPEND-ONLY: add your entries at the end.
//
// The harness seeds itr_issue (100,000 issues, a tenth open), itr_kpi_fact, itr_fact_ola and itr_fact_issue
// (1,000,000 fact rows between them) and itr_worklog (100,000) over the spread in BENCH_DATA; columns it does
// not know (added by later migrations) get values by their type. An entry reading a table the harness does
// not seed brings its rows in `seed`.

import { AT_RISK_SQL } from '../src/platform/sql/gadgets/at-risk';
import { financeQueries } from './finance-queries';
import { FEEDBACK_GROUPS_SQL, ISSUE_GROUPS_SQL, SURVEY_GROUPS_SQL } from '../src/platform/sql/gadgets/satisfaction';
import { OLA_BY_TIER_SQL } from '../src/platform/sql/gadgets/suppliers';
import { VOICE_SEEDS } from './voice-seeds';
import { slaDrillQuery, slaGadgetQuery } from './sla-gadget-queries';

export type Param = string | number;

/** The seeded data's spread: project keys, months (oldest first), customers, service types, tiers. */
export const BENCH_DATA = {
  /** The bench's instant: the last seeded month is the one holding it. */
  now: Date.parse('2026-11-20T10:00:00+08:00'),
  projects: Array.from({ length: 20 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`),
  months: Array.from({ length: 24 }, (_, i) => {
    const index = 2024 * 12 + 11 + i; // 2024-12 … 2026-11
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  }),
  customers: Array.from({ length: 50 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`),
  serviceTypes: ['incident', 'service-request', 'change', 'problem', 'consulting', 'maintenance'],
  tiers: ['L1', 'L2', 'L3', 'SUPPLIER'],
  /** Account ids of the 40 people who log work. */
  people: Array.from({ length: 40 }, (_, i) => `u-${String(i + 1).padStart(2, '0')}`),
} as const;

/** Rows for a table the harness does not seed: `rows` of them, the i-th (0-based) from `row(i)`. */
export interface SeedTable {
  readonly table: string;
  readonly rows: number;
  readonly row: (i: number) => Readonly<Record<string, Param | null>>;
}

export interface GadgetQuery {
  /** 'gadget: what it asks', as printed. */
  readonly name: string;
  readonly sql: string;
  readonly params: readonly Param[];
  readonly seed?: SeedTable;
  /** What the figure is compared with; default: the same query kept off the index EXPLAIN shows
   * (IGNORE INDEX), i.e. what it would cost without it. */
  readonly peer?: { readonly name: string; readonly sql: string; readonly params: readonly Param[] };
}

/** A dashboard's usual choice: five projects, the last twelve months. */
const FIVE = BENCH_DATA.projects.slice(0, 5);
const LAST_12 = BENCH_DATA.months.slice(-12);

export const GADGET_QUERIES: GadgetQuery[] = [
  {
    name: 'at-risk: open issues of 5 projects breaching next (limit 20)',
    sql: AT_RISK_SQL(FIVE.length),
    params: [BENCH_DATA.now, ...FIVE, 21],
  },
  ...financeQueries(BENCH_DATA),
  {
    name: 'satisfaction: survey scores per month and customer, 5 projects × 12 months',
    sql: SURVEY_GROUPS_SQL('customer', FIVE.length),
    params: [...FIVE, LAST_12[0]!, LAST_12.at(-1)!],
    seed: VOICE_SEEDS.survey,
  },
  {
    name: 'satisfaction: survey scores per month and engineer, 5 projects × 12 months',
    sql: SURVEY_GROUPS_SQL('engineer', FIVE.length),
    params: [...FIVE, LAST_12[0]!, LAST_12.at(-1)!],
  },
  {
    name: 'satisfaction: complaints and praise per month and customer, 5 projects × 12 months',
    sql: FEEDBACK_GROUPS_SQL('customer', FIVE.length),
    params: [...FIVE, LAST_12[0]!, LAST_12.at(-1)!],
    seed: VOICE_SEEDS.feedback,
  },
  {
    name: 'satisfaction: issues created per month and customer, 5 projects × 12 months',
    sql: ISSUE_GROUPS_SQL(true, FIVE.length),
    params: [...FIVE, LAST_12[0]!, LAST_12.at(-1)!],
  },
  {
    // P02's OLA facts are of tiers L2 and SUPPLIER in the harness's spread (P01's are all L1).
    name: 'suppliers: OLA met/all per month of 2 tiers of one project, 12 months',
    sql: OLA_BY_TIER_SQL(2),
    params: [BENCH_DATA.projects[1]!, LAST_12[0]!, LAST_12.at(-1)!, 'L2', 'SUPPLIER'],
  },
  // SLA closure and OLA on-time rates: one GROUP BY per measure and split (bench/sla-gadget-queries.ts).
  slaGadgetQuery('sla', 'serviceType', FIVE, LAST_12),
  slaGadgetQuery('sla', 'customer', FIVE, LAST_12),
  slaGadgetQuery('sla', 'project', FIVE, LAST_12),
  slaGadgetQuery('ola', 'tier', FIVE, LAST_12),
  // Every project a viewer may browse (20 of 20 × 12 months): the figures come from the monthly rollup, so
  // rows read are groups, not facts (bench/gadget-queries.bench.ts builds it from the seeded facts).
  slaGadgetQuery('sla', 'serviceType', BENCH_DATA.projects, LAST_12),
  slaGadgetQuery('sla', 'customer', BENCH_DATA.projects, LAST_12),
  slaGadgetQuery('sla', 'tier', BENCH_DATA.projects, LAST_12),
  slaGadgetQuery('sla', 'project', BENCH_DATA.projects, LAST_12),
  slaGadgetQuery('ola', 'tier', BENCH_DATA.projects, LAST_12),
  slaGadgetQuery('ola', 'customer', BENCH_DATA.projects, LAST_12),
  slaDrillQuery('sla', 'customer', 'C01', BENCH_DATA.projects, LAST_12.at(-1)!),
];
