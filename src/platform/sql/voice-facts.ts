// The survey and feedback facts' SQL: written with INSERT IGNORE keyed by the record's id (writing a fact
// again changes nothing, and a fact is never updated), the records the recalculation backfills from (a
// page at a time, in key order), and what a feedback fact reads of its issue and the project's suppliers.

import { z } from 'zod';
import { rows, write } from './store';
import { surveyRow, type SurveyRow } from './surveys';

export type SurveyFactRow = {
  readonly survey_id: string;
  readonly project: string;
  readonly project_id: string;
  readonly month: string;
  readonly answered_at: number;
  readonly issue_id: number | null;
  readonly issue_key: string | null;
  readonly customer: string | null;
  readonly engineer: string | null;
  readonly service_type: string | null;
  readonly score: number;
  readonly source: 'case' | 'campaign' | 'jsm';
};

export type FeedbackFactRow = {
  readonly feedback_id: string;
  readonly kind: 'complaint' | 'praise';
  readonly channel: 'customer' | 'user';
  readonly project: string;
  readonly project_id: string;
  readonly month: string;
  readonly received_at: number;
  readonly issue_id: number | null;
  readonly issue_key: string | null;
  readonly customer: string | null;
  readonly engineer: string | null;
  readonly service_type: string | null;
  readonly tier: string | null;
  readonly supplier: string | null;
};

type Cell = string | number | null;

/** Inserts rows unless their key exists, in statements of at most 200 rows; how many were new. */
async function insertIgnore(table: string, facts: ReadonlyArray<Readonly<Record<string, Cell>>>): Promise<number> {
  if (facts.length === 0) return 0;
  const cols = Object.keys(facts[0]!);
  let added = 0;
  for (let i = 0; i < facts.length; i += 200) {
    const part = facts.slice(i, i + 200);
    const tuple = `(${cols.map(() => '?').join(', ')})`;
    added += await write(
      `INSERT IGNORE INTO ${table} (${cols.join(', ')}) VALUES ${part.map(() => tuple).join(', ')}`,
      ...part.flatMap((f) => cols.map((c) => f[c] ?? null)),
    );
  }
  return added;
}

export const insertSurveyFacts = (facts: readonly SurveyFactRow[]) => insertIgnore('itr_fact_survey', facts);
export const insertFeedbackFacts = (facts: readonly FeedbackFactRow[]) => insertIgnore('itr_fact_feedback', facts);

/** Whether a complaint's or praise's fact is written (an edit of the record need not look further). */
export async function hasFeedbackFact(id: string): Promise<boolean> {
  return (
    (
      await rows(
        z.object({ one: z.coerce.number() }),
        'SELECT 1 AS one FROM itr_fact_feedback WHERE feedback_id = ?',
        id,
      )
    ).length > 0
  );
}

/** A page of a project's answered surveys after `afterId`, in id order. */
export async function answeredSurveys(projectId: string, afterId: string, limit: number): Promise<SurveyRow[]> {
  return rows(
    surveyRow,
    `SELECT * FROM itr_survey WHERE project_id = ? AND id > ? AND answered_at IS NOT NULL AND score IS NOT NULL
     ORDER BY id LIMIT ?`,
    projectId,
    afterId,
    limit,
  );
}

const feedbackRow = z.object({
  id: z.string(),
  kind: z.enum(['complaint', 'praise']),
  via: z.enum(['customer', 'user']),
  customer_id: z.string().nullable(),
  issue_id: z.union([z.null(), z.coerce.number()]),
  issue_key: z.string().nullable(),
  engineer: z.string().nullable(),
  received_at: z.coerce.number(),
});
export type FeedbackFactSource = z.infer<typeof feedbackRow>;

/** A page of a project's complaints and praise after `afterId`, in id order. */
export async function feedbackRecords(
  projectId: string,
  afterId: string,
  limit: number,
): Promise<FeedbackFactSource[]> {
  return rows(
    feedbackRow,
    `SELECT id, kind, via, customer_id, issue_id, issue_key, engineer, received_at FROM itr_feedback
     WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?`,
    projectId,
    afterId,
    limit,
  );
}

const issueState = z.object({ issue_id: z.coerce.number(), project: z.string(), state: z.string().nullable() });
export type IssueStateRow = z.infer<typeof issueState>;

/** The stored state (and project key) of some issues the app manages. */
export async function issueStates(ids: readonly number[]): Promise<Map<number, IssueStateRow>> {
  const out = new Map<number, IssueStateRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const found = await rows(
      issueState,
      `SELECT issue_id, project, state FROM itr_issue WHERE issue_id IN (${part.map(() => '?').join(',')})`,
      ...part,
    );
    for (const r of found) out.set(r.issue_id, r);
  }
  return out;
}

const supplierTier = z.object({ id: z.string(), tier: z.string() });

/** The project's suppliers that hold a support tier: (id, tier). */
export async function supplierTiers(projectId: string): Promise<Array<z.infer<typeof supplierTier>>> {
  return rows(
    supplierTier,
    'SELECT id, tier FROM itr_supplier WHERE project_id = ? AND tier IS NOT NULL ORDER BY id LIMIT 1000',
    projectId,
  );
}
