// Rows for the voice fact tables the gadget-query harness does not seed (bench/gadget-queries.ts brings
// them in the satisfaction entries' `seed`): 150,000 answered surveys and 50,000 complaints and praise over
// the harness's spread — 20 projects P01…P20, 24 months 2024-12…2026-11, 50 customers C01…C50, people
// u-01…u-40 (written out here: gadget-queries.ts imports this file).

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
