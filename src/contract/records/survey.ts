// Satisfaction surveys (满意度调查): case by case when an issue resolves (逐单回访) and periodic open
// surveys (公开调查) per customer. Zod-free (the browser imports it); the schemas are in survey-payloads.ts.

export type { CampaignInput, ScoresQuery } from './survey-payloads';

/** 'case': one per resolved issue; 'periodic': one per customer user in a campaign. */
export type SurveyKind = 'case' | 'periodic';
/** 'link': the app's signed form; 'jsm': Jira Service Management's own CSAT, read back. */
export type SurveySource = 'link' | 'jsm';

export interface Survey {
  readonly id: string;
  readonly kind: SurveyKind;
  readonly source: SurveySource;
  readonly issueKey: string | null;
  readonly customerId: string | null;
  readonly engineer: string | null;
  readonly serviceType: string | null;
  readonly respondent: string | null;
  readonly campaignId: string | null;
  readonly sentAt: number;
  readonly expiresAt: number | null;
  readonly answeredAt: number | null;
  readonly score: number | null;
  readonly comment: string | null;
}

/** A survey as its list shows it: the credited engineer's display name beside the account id. */
export interface SurveyItem extends Survey {
  readonly engineerName: string | null;
}

export const SURVEY_SORTS = ['sentAt', 'answeredAt', 'score', 'issueKey'] as const;
export const SURVEY_FILTERS = ['kind', 'source', 'customerId', 'campaignId'] as const;

/** Answers in one group (an engineer, a service type, a customer): how many, their mean, and how many of
 * each score 1–5 (distribution[0] counts the 1s). */
export interface ScoreGroup {
  readonly key: string;
  readonly count: number;
  readonly average: number;
  readonly distribution: readonly [number, number, number, number, number];
}

export interface Scores {
  readonly from: string;
  readonly to: string;
  readonly overall: ScoreGroup;
  readonly byEngineer: readonly ScoreGroup[];
  readonly byServiceType: readonly ScoreGroup[];
  readonly byCustomer: readonly ScoreGroup[];
}

export interface Campaign {
  readonly id: string;
  readonly title: string;
  readonly customerId: string | null;
  readonly closesOn: string;
  readonly createdAt: number;
  readonly sent: number;
  readonly answered: number;
}

/** One single-use link of a campaign, for one customer user. */
export interface CampaignLink {
  readonly surveyId: string;
  readonly respondent: string;
  readonly customerId: string;
  readonly url: string;
  readonly answered: boolean;
}

export const SURVEY = {
  list: 'survey.list',
  scores: 'survey.scores',
  openCampaign: 'survey.campaign.open',
  campaigns: 'survey.campaign.list',
  links: 'survey.campaign.links',
} as const;

/** Scores a respondent may give. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const COMMENT_MAX = 2000;
