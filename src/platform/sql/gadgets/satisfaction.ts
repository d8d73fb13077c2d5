// The satisfaction gadget's three reads, each one GROUP BY over a (project, month, …) index: answered
// surveys (count and distribution), complaints and praise, and the issues created (what the complaint
// rate divides by), per month and per customer or engineer.

import { z } from 'zod';
import type { SatisfactionSplit } from '../../../contract/gadgets/satisfaction';
import { rows } from '../store';

const num = z.coerce.number();
const group = z.string().nullable();

const in_ = (n: number) => Array(n).fill('?').join(',');

const surveyGroup = z.object({ month: z.string(), g: group, n: num, s1: num, s2: num, s3: num, s4: num, s5: num });
export type SurveyGroup = z.infer<typeof surveyGroup>;

export const SURVEY_GROUPS_SQL = (split: SatisfactionSplit, projects: number) =>
  `SELECT month, ${split} AS g, COUNT(*) AS n, SUM(score = 1) AS s1, SUM(score = 2) AS s2, SUM(score = 3) AS s3,
     SUM(score = 4) AS s4, SUM(score = 5) AS s5
   FROM itr_fact_survey
   WHERE project IN (${in_(projects)}) AND month >= ? AND month <= ?
   GROUP BY month, ${split}`;

export async function surveyGroups(
  split: SatisfactionSplit,
  projects: readonly string[],
  from: string,
  to: string,
): Promise<SurveyGroup[]> {
  if (projects.length === 0) return [];
  return rows(surveyGroup, SURVEY_GROUPS_SQL(split, projects.length), ...projects, from, to);
}

const feedbackGroup = z.object({ month: z.string(), g: group, cc: num, cu: num, praise: num });
export type FeedbackGroup = z.infer<typeof feedbackGroup>;

export const FEEDBACK_GROUPS_SQL = (split: SatisfactionSplit, projects: number) =>
  `SELECT month, ${split} AS g,
     SUM(kind = 'complaint' AND channel = 'customer') AS cc, SUM(kind = 'complaint' AND channel = 'user') AS cu,
     SUM(kind = 'praise') AS praise
   FROM itr_fact_feedback
   WHERE project IN (${in_(projects)}) AND month >= ? AND month <= ?
   GROUP BY month, ${split}`;

export async function feedbackGroups(
  split: SatisfactionSplit,
  projects: readonly string[],
  from: string,
  to: string,
): Promise<FeedbackGroup[]> {
  if (projects.length === 0) return [];
  return rows(feedbackGroup, FEEDBACK_GROUPS_SQL(split, projects.length), ...projects, from, to);
}

const issueGroup = z.object({ month: z.string(), g: group, n: num });
export type IssueGroup = z.infer<typeof issueGroup>;

/** Issues created per month, and per customer when `byCustomer` (issues name no engineer). */
export const ISSUE_GROUPS_SQL = (byCustomer: boolean, projects: number) =>
  `SELECT month, ${byCustomer ? 'customer' : 'NULL'} AS g, COUNT(*) AS n FROM itr_fact_issue
   WHERE project IN (${in_(projects)}) AND month >= ? AND month <= ?
   GROUP BY month${byCustomer ? ', customer' : ''}`;

export async function issueGroups(
  byCustomer: boolean,
  projects: readonly string[],
  from: string,
  to: string,
): Promise<IssueGroup[]> {
  if (projects.length === 0) return [];
  return rows(issueGroup, ISSUE_GROUPS_SQL(byCustomer, projects.length), ...projects, from, to);
}
