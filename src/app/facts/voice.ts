// The customer's voice as KPI facts: one fact per answered survey (the month it was answered) and one per
// complaint or praise (the month it was received), written once when the score or the record arrives and
// backfilled from the records by the recalculation, both through the same writer.
//
// A fact is never updated: it says what was known when the score or the record arrived. A later edit of a
// complaint or praise (its customer, engineer, issue or kind) does not change its fact, and removing the
// record leaves its fact, as the rules engine keeps the complaint event (./feedback/record-feedback.ts):
// the dashboards count what was received, and a month already reported does not change afterwards.
// Facts are kept by the project's key (as the other KPI facts and the gadgets' project choice are), with
// the project's id beside it.

import { monthOf } from '../../domain/months';
import { projectsWith } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import type { SurveyRow } from '../../platform/sql/surveys';
import {
  answeredSurveys,
  feedbackRecords,
  hasFeedbackFact,
  insertFeedbackFacts,
  insertSurveyFacts,
  issueStates,
  supplierTiers,
  type FeedbackFactRow,
  type FeedbackFactSource,
  type IssueStateRow,
  type SurveyFactRow,
} from '../../platform/sql/voice-facts';
import { serviceZone } from '../service-zone';
import { parseState } from '../state-json';

/** Where a score came from: the app's link after a resolution, a campaign's link, or JSM's own CSAT. */
export const surveyFactSource = (s: Pick<SurveyRow, 'kind' | 'source'>): SurveyFactRow['source'] =>
  s.kind === 'periodic' ? 'campaign' : s.source === 'jsm' ? 'jsm' : 'case';

/** An answered survey's fact (null: not answered). */
export function surveyFact(s: SurveyRow, projectKey: string, zone: string): SurveyFactRow | null {
  if (s.answered_at === null || s.score === null) return null;
  return {
    survey_id: s.id,
    project: projectKey,
    project_id: s.project_id,
    month: monthOf(s.answered_at, zone),
    answered_at: s.answered_at,
    issue_id: s.issue_id,
    issue_key: s.issue_key,
    customer: s.customer_id,
    engineer: s.engineer,
    service_type: s.service_type,
    score: s.score,
    source: surveyFactSource(s),
  };
}

/** The supplier holding a tier in the project: the one supplier record with that tier, else none. */
export function supplierOf(tiers: ReadonlyArray<{ id: string; tier: string }>, tier: string | null): string | null {
  if (tier === null) return null;
  const holding = tiers.filter((t) => t.tier === tier);
  return holding.length === 1 ? holding[0]!.id : null;
}

/** A complaint's or praise's fact, with the service type and tier of its issue's state when it has one. The
 * engineer is the one the record names (praise is credited to one; a complaint may name one). */
export function feedbackFact(
  projectId: string,
  f: FeedbackFactSource,
  projectKey: string,
  zone: string,
  issue: IssueStateRow | undefined,
  tiers: ReadonlyArray<{ id: string; tier: string }>,
): FeedbackFactRow {
  const state = issue?.state ? parseState(issue.state) : null;
  const tier = state?.tier ?? null;
  return {
    feedback_id: f.id,
    kind: f.kind,
    channel: f.via,
    project: projectKey,
    project_id: projectId,
    month: monthOf(f.received_at, zone),
    received_at: f.received_at,
    issue_id: f.issue_id,
    issue_key: f.issue_key,
    customer: f.customer_id,
    engineer: f.engineer,
    service_type: state?.serviceType ?? null,
    tier,
    supplier: supplierOf(tiers, tier),
  };
}

/** Project keys by id, asked of Jira as the app (records keep the project's id; facts its key). */
export async function projectKeys(projectIds: readonly string[]): Promise<Map<string, string>> {
  if (projectIds.length === 0) return new Map();
  const found = await projectsWith(new JiraClient({ as: 'app' }), 'id', projectIds);
  return new Map(found.map((p) => [p.id, p.key]));
}

async function keyOf(projectId: string): Promise<string | null> {
  return (await projectKeys([projectId])).get(projectId) ?? null;
}

/** Writes the fact of a survey just answered (the row as read before the answer, and the answer). */
export async function recordSurveyFact(s: SurveyRow, answer: { score: number; at: number }): Promise<void> {
  const key = await keyOf(s.project_id);
  if (key === null) return; // the project is gone: there is no dashboard to count it on
  const fact = surveyFact({ ...s, score: answer.score, answered_at: answer.at }, key, await serviceZone());
  if (fact) await insertSurveyFacts([fact]);
}

/** Writes the fact of a complaint or praise just recorded (nothing when its fact exists: see above). */
export async function recordFeedbackFact(projectId: string, f: FeedbackFactSource): Promise<void> {
  if (await hasFeedbackFact(f.id)) return; // an edit: the fact stays as first recorded
  const key = await keyOf(projectId);
  if (key === null) return;
  const issues = f.issue_id === null ? new Map<number, IssueStateRow>() : await issueStates([f.issue_id]);
  const tiers = await supplierTiers(projectId);
  const issue = f.issue_id === null ? undefined : issues.get(f.issue_id);
  await insertFeedbackFacts([feedbackFact(projectId, f, key, await serviceZone(), issue, tiers)]);
}

const PAGE = 500;

/** Backfills the facts of every answered survey and every complaint and praise of the projects (ids);
 * facts already written stay as they are. How many facts were added. */
export async function backfillVoiceFacts(
  projectIds: readonly string[],
): Promise<{ surveys: number; feedback: number }> {
  const keys = await projectKeys(projectIds);
  const zone = await serviceZone();
  let surveys = 0;
  let feedback = 0;
  for (const [projectId, key] of keys) {
    for (let after = ''; ;) {
      const page = await answeredSurveys(projectId, after, PAGE);
      surveys += await insertSurveyFacts(page.flatMap((s) => surveyFact(s, key, zone) ?? []));
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
    const tiers = await supplierTiers(projectId);
    for (let after = ''; ;) {
      const page = await feedbackRecords(projectId, after, PAGE);
      const issues = await issueStates(page.flatMap((f) => (f.issue_id === null ? [] : [f.issue_id])));
      const facts = page.map((f) =>
        feedbackFact(projectId, f, key, zone, f.issue_id === null ? undefined : issues.get(f.issue_id), tiers),
      );
      feedback += await insertFeedbackFacts(facts);
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
  }
  return { surveys, feedback };
}
