// The satisfaction and supplier gadgets' queries for `npm run bench` (bench/gadget-queries.ts appends
// VOICE_GADGET_QUERIES): the app's own SQL with a dashboard's parameters, and rows for the voice fact
// tables, which the harness does not seed (itr_fact_ola and itr_fact_issue it seeds itself). The spread
// is the harness's: 20 projects P01…P20, 24 months 2024-12…2026-11, 50 customers C01…C50, people u-01…u-40.

import { FEEDBACK_GROUPS_SQL, ISSUE_GROUPS_SQL, SURVEY_GROUPS_SQL } from '../src/platform/sql/gadgets/satisfaction';
import { OLA_BY_TIER_SQL } from '../src/platform/sql/gadgets/suppliers';

type Param = string | number;
type Row = Readonly<Record<string, Param | null>>;

const pad = (n: number) => String(n).padStart(2, '0');
const PROJECTS = Array.from({ length: 20 }, (_, i) => `P${pad(i + 1)}`);
const MONTHS = Array.from({ length: 24 }, (_, i) => {
  const index = 2024 * 12 + 11 + i;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
});
const CUSTOMERS = Array.from({ length: 50 }, (_, i) => `C${pad(i + 1)}`);
const PEOPLE = Array.from({ length: 40 }, (_, i) => `u-${pad(i + 1)}`);
const TYPES = ['incident', 'service-request', 'change', 'problem', 'consulting', 'maintenance'];
const TIERS = ['L1', 'L2', 'L3', 'SUPPLIER'];
const FIRST_MONTH_MS = Date.parse('2024-12-01T00:00:00+08:00');
const MONTH_MS = 2_629_800_000;

/** A dashboard's usual choice: five projects, the last twelve months. */
const FIVE = PROJECTS.slice(0, 5);
const FROM = MONTHS.at(-12)!;
const TO = MONTHS.at(-1)!;

const uuid = (prefix: string, i: number) => `${prefix}${String(i).padStart(36 - prefix.length, '0')}`;

function common(i: number) {
  const mi = Math.floor(i / PROJECTS.length) % MONTHS.length;
  return {
    project: PROJECTS[i % PROJECTS.length]!,
    project_id: String(10_000 + (i % PROJECTS.length)),
    month: MONTHS[mi]!,
    at: FIRST_MONTH_MS + mi * MONTH_MS + ((i * 7919) % 2_592_000) * 1000,
    issue_id: 1 + i,
    issue_key: `${PROJECTS[i % PROJECTS.length]!}-${1 + i}`,
    customer: i % 10 === 9 ? null : CUSTOMERS[(i * 31) % CUSTOMERS.length]!,
    engineer: i % 7 === 6 ? null : PEOPLE[(i * 11) % PEOPLE.length]!,
    service_type: TYPES[(i * 17) % TYPES.length]!,
  };
}

export const VOICE_SEEDS = {
  survey: {
    table: 'itr_fact_survey',
    rows: 150_000,
    row: (i: number): Row => {
      const c = common(i);
      return {
        survey_id: uuid('s', i),
        project: c.project,
        project_id: c.project_id,
        month: c.month,
        answered_at: c.at,
        issue_id: c.issue_id,
        issue_key: c.issue_key,
        customer: c.customer,
        engineer: c.engineer,
        service_type: c.service_type,
        score: 1 + ((i * 7) % 5 === 0 ? (i * 3) % 3 : 3 + (i % 2)),
        source: ['case', 'jsm', 'campaign'][i % 3]!,
      };
    },
  },
  feedback: {
    table: 'itr_fact_feedback',
    rows: 50_000,
    row: (i: number): Row => {
      const c = common(i);
      return {
        feedback_id: uuid('f', i),
        kind: i % 3 === 2 ? 'praise' : 'complaint',
        channel: i % 2 === 0 ? 'customer' : 'user',
        project: c.project,
        project_id: c.project_id,
        month: c.month,
        received_at: c.at,
        issue_id: c.issue_id,
        issue_key: c.issue_key,
        customer: c.customer,
        engineer: c.engineer,
        service_type: c.service_type,
        tier: TIERS[(i * 13) % TIERS.length]!,
        supplier: null,
      };
    },
  },
} as const;

export interface VoiceQuery {
  readonly name: string;
  readonly sql: string;
  readonly params: readonly Param[];
  readonly seed?: (typeof VOICE_SEEDS)[keyof typeof VOICE_SEEDS];
}

export const VOICE_GADGET_QUERIES: VoiceQuery[] = [
  {
    name: 'satisfaction: survey scores per month and customer, 5 projects × 12 months',
    sql: SURVEY_GROUPS_SQL('customer', FIVE.length),
    params: [...FIVE, FROM, TO],
    seed: VOICE_SEEDS.survey,
  },
  {
    name: 'satisfaction: survey scores per month and engineer, 5 projects × 12 months',
    sql: SURVEY_GROUPS_SQL('engineer', FIVE.length),
    params: [...FIVE, FROM, TO],
  },
  {
    name: 'satisfaction: complaints and praise per month and customer, 5 projects × 12 months',
    sql: FEEDBACK_GROUPS_SQL('customer', FIVE.length),
    params: [...FIVE, FROM, TO],
    seed: VOICE_SEEDS.feedback,
  },
  {
    name: 'satisfaction: issues created per month and customer, 5 projects × 12 months',
    sql: ISSUE_GROUPS_SQL(true, FIVE.length),
    params: [...FIVE, FROM, TO],
  },
  {
    // P02's facts are of tiers L2 and SUPPLIER in the harness's spread (P01's are all L1).
    name: 'suppliers: OLA met/all per month of 2 tiers of one project, 12 months',
    sql: OLA_BY_TIER_SQL(2),
    params: [PROJECTS[1]!, FROM, TO, 'L2', 'SUPPLIER'],
  },
];
