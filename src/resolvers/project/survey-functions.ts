// The Surveys tab's functions: the surveys list and their scores (browse), the periodic campaigns with
// links (only administrators of the project open campaigns and see links: a link lets anyone answer).

import { campaignLinks, listCampaigns, openCampaign } from '../../app/surveys/campaign';
import { listSurveys } from '../../app/surveys/list';
import { SurveyRefusal } from '../../app/surveys/refusal';
import { surveyScores } from '../../app/surveys/scores';
import { listPayload } from '../../contract/project-payloads';
import { SURVEY, SURVEY_FILTERS, SURVEY_SORTS } from '../../contract/records/survey';
import { campaignLinksPayload, openCampaignPayload, scoresQuery } from '../../contract/records/survey-payloads';
import type { ResolverFunction } from '../../platform/resolver';
import { z } from 'zod';
import { projectFunction, Refused } from './project-function';

async function refusing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SurveyRefusal) throw new Refused(e.code, e.message, e.path);
    throw e;
  }
}

export const SURVEY_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  [SURVEY.list]: projectFunction('read', listPayload(SURVEY_SORTS, SURVEY_FILTERS), (q, call) => listSurveys(call, q)),
  [SURVEY.scores]: projectFunction('read', scoresQuery, (q, call) => surveyScores(call, q)),
  [SURVEY.campaigns]: projectFunction('read', z.strictObject({}), (_p, call) => listCampaigns(call)),
  [SURVEY.openCampaign]: projectFunction('change', openCampaignPayload, (p, call) =>
    refusing(() => openCampaign(call, p.campaign)),
  ),
  [SURVEY.links]: projectFunction('change', campaignLinksPayload, (p, call) =>
    refusing(() => campaignLinks(call, p.id)),
  ),
};
