// The surveys' own SQL: a survey written once (its id, or its issue for a case survey), answered once (a
// conditional UPDATE: the second answer changes nothing), the JSM surveys still waiting for CSAT, the
// scores aggregated in SQL, campaigns, and the customer users a campaign asks.

import { sql, type UpdateQueryResponse } from '@forge/sql';
import { z } from 'zod';
import type { Param } from './records';

const num = z.coerce.number();
const numOrNull = z.union([z.null(), z.coerce.number()]);

export const surveyRow = z.object({
  project_id: z.string(),
  id: z.string(),
  kind: z.enum(['case', 'periodic']),
  issue_id: numOrNull,
  issue_key: z.string().nullable(),
  customer_id: z.string().nullable(),
  engineer: z.string().nullable(),
  service_type: z.string().nullable(),
  source: z.enum(['link', 'jsm']),
  sent_at: num,
  expires_at: numOrNull,
  answered_at: numOrNull,
  score: numOrNull,
  comment: z.string().nullable(),
  campaign_id: z.string().nullable(),
  respondent: z.string().nullable(),
});
export type SurveyRow = z.infer<typeof surveyRow>;
export type NewSurvey = Omit<SurveyRow, 'answered_at' | 'score' | 'comment'>;

/** Writes the survey unless it exists (same id, or a survey of the same issue, kind and source): whether
 * this call created it. */
export async function insertSurveyOnce(s: NewSurvey): Promise<boolean> {
  const cols = Object.keys(s) as Array<keyof NewSurvey>;
  const r = await sql
    .prepare<UpdateQueryResponse>(
      `INSERT IGNORE INTO itr_survey (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    )
    .bindParams(...cols.map((c) => s[c]))
    .execute();
  return r.rows.affectedRows > 0;
}

export async function surveyById(projectId: string, id: string): Promise<SurveyRow | null> {
  const r = await sql
    .prepare<unknown>('SELECT * FROM itr_survey WHERE project_id = ? AND id = ?')
    .bindParams(projectId, id)
    .execute();
  return z.array(surveyRow).parse(r.rows)[0] ?? null;
}

export async function surveyOfIssue(issueId: string, kind: string, source: string): Promise<SurveyRow | null> {
  const r = await sql
    .prepare<unknown>('SELECT * FROM itr_survey WHERE issue_id = ? AND kind = ? AND source = ?')
    .bindParams(Number(issueId), kind, source)
    .execute();
  return z.array(surveyRow).parse(r.rows)[0] ?? null;
}

/** Records the answer unless one was recorded: whether this call recorded it. */
export async function answerOnce(
  projectId: string,
  id: string,
  answer: { readonly score: number; readonly comment: string | null; readonly at: number },
): Promise<boolean> {
  const r = await sql
    .prepare<UpdateQueryResponse>(
      'UPDATE itr_survey SET answered_at = ?, score = ?, comment = ? WHERE project_id = ? AND id = ? AND answered_at IS NULL',
    )
    .bindParams(answer.at, answer.score, answer.comment, projectId, id)
    .execute();
  return r.rows.affectedRows > 0;
}

/** JSM surveys open at `now` (opened by then, not answered, not expired), oldest first. */
export async function waitingForCsat(now: number, limit: number): Promise<SurveyRow[]> {
  const r = await sql
    .prepare<unknown>(
      "SELECT * FROM itr_survey WHERE source = 'jsm' AND answered_at IS NULL AND sent_at <= ? AND expires_at > ? ORDER BY sent_at LIMIT ?",
    )
    .bindParams(now, now, limit)
    .execute();
  return z.array(surveyRow).parse(r.rows);
}

const group = z.object({
  k: z.string().nullable(),
  n: num,
  a: z.coerce.number(),
  s1: num,
  s2: num,
  s3: num,
  s4: num,
  s5: num,
});
export type ScoreRow = z.infer<typeof group>;

/** Answered surveys of a project in [from, to) grouped by `column` (null: all in one group). */
export async function scoreGroups(
  projectId: string,
  column: 'engineer' | 'service_type' | 'customer_id' | null,
  from: number,
  to: number,
): Promise<ScoreRow[]> {
  const k = column ?? "''";
  const r = await sql
    .prepare<unknown>(
      `SELECT ${k} AS k, COUNT(*) AS n, AVG(score) AS a,
        SUM(score = 1) AS s1, SUM(score = 2) AS s2, SUM(score = 3) AS s3, SUM(score = 4) AS s4, SUM(score = 5) AS s5
       FROM itr_survey
       WHERE project_id = ? AND answered_at IS NOT NULL AND score IS NOT NULL AND answered_at >= ? AND answered_at < ?
       GROUP BY ${k} ORDER BY n DESC, k LIMIT 500`,
    )
    .bindParams(projectId, from, to)
    .execute();
  return z.array(group).parse(r.rows);
}

export const campaignRow = z.object({
  id: z.string(),
  title: z.string(),
  customer_id: z.string().nullable(),
  closes_on: z.string(),
  expires_at: num,
  created_at: num,
  created_by: z.string(),
  sent: num.optional(),
  answered: num.optional(),
});
export type CampaignRow = z.infer<typeof campaignRow>;

/** Writes the campaign unless it exists: whether this call created it. */
export async function insertCampaignOnce(
  projectId: string,
  c: Omit<CampaignRow, 'sent' | 'answered'>,
): Promise<boolean> {
  const r = await sql
    .prepare<UpdateQueryResponse>(
      `INSERT IGNORE INTO itr_survey_campaign (project_id, id, title, customer_id, closes_on, expires_at, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bindParams(projectId, c.id, c.title, c.customer_id, c.closes_on, c.expires_at, c.created_at, c.created_by)
    .execute();
  return r.rows.affectedRows > 0;
}

/** A project's campaigns, newest first, with how many links each has and how many were answered. */
export async function campaigns(projectId: string, id: string | null = null): Promise<CampaignRow[]> {
  const params: Param[] = [projectId];
  if (id !== null) params.push(id);
  const r = await sql
    .prepare<unknown>(
      `SELECT c.id, c.title, c.customer_id, c.closes_on, c.expires_at, c.created_at, c.created_by,
        (SELECT COUNT(*) FROM itr_survey s WHERE s.project_id = c.project_id AND s.campaign_id = c.id) AS sent,
        (SELECT COUNT(*) FROM itr_survey s WHERE s.project_id = c.project_id AND s.campaign_id = c.id AND s.answered_at IS NOT NULL) AS answered
       FROM itr_survey_campaign c WHERE c.project_id = ?${id === null ? '' : ' AND c.id = ?'}
       ORDER BY c.created_at DESC, c.id LIMIT 200`,
    )
    .bindParams(...params)
    .execute();
  return z.array(campaignRow).parse(r.rows);
}

export async function campaignSurveys(projectId: string, campaignId: string): Promise<SurveyRow[]> {
  const r = await sql
    .prepare<unknown>('SELECT * FROM itr_survey WHERE project_id = ? AND campaign_id = ? ORDER BY respondent, id')
    .bindParams(projectId, campaignId)
    .execute();
  return z.array(surveyRow).parse(r.rows);
}

const customerUser = z.object({
  id: z.string(),
  customer_id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
});
export type CustomerUserRow = z.infer<typeof customerUser>;

/** The users of one customer (or of every customer) of a project: whom a campaign asks. */
export async function customerUsers(projectId: string, customerId: string | null): Promise<CustomerUserRow[]> {
  const r = await sql
    .prepare<unknown>(
      `SELECT id, customer_id, name, email FROM itr_customer_user WHERE project_id = ?${customerId === null ? '' : ' AND customer_id = ?'} ORDER BY name, id LIMIT 5000`,
    )
    .bindParams(...(customerId === null ? [projectId] : [projectId, customerId]))
    .execute();
  return z.array(customerUser).parse(r.rows);
}

/** The id of the project's customer an issue's `customer` fact names (its id or its name), or null. */
export async function customerIdOf(projectId: string, ref: string): Promise<string | null> {
  const r = await sql
    .prepare<unknown>('SELECT id FROM itr_customer WHERE project_id = ? AND (id = ? OR name = ?) ORDER BY id LIMIT 1')
    .bindParams(projectId, ref, ref)
    .execute();
  return z.array(z.object({ id: z.string() })).parse(r.rows)[0]?.id ?? null;
}

/** Whether the account acts for the customer (is among its contacts, who speak for the contract holder). */
export async function isCustomerContact(projectId: string, customerId: string, accountId: string): Promise<boolean> {
  const r = await sql
    .prepare<unknown>('SELECT contacts FROM itr_customer WHERE project_id = ? AND id = ?')
    .bindParams(projectId, customerId)
    .execute();
  const contacts = z.array(z.object({ contacts: z.string() })).parse(r.rows)[0]?.contacts;
  if (contacts === undefined) return false;
  const list = z.array(z.string()).safeParse(JSON.parse(contacts));
  return list.success && list.data.includes(accountId);
}
