// Periodic open surveys (公开调查): a campaign asks every user of one customer (or of every customer) of the
// project, until its closing day. The app cannot email outside Jira, so it mints one signed single-use link
// per user for the manager to copy and send. Opening is idempotent: the campaign and each link's survey
// have ids derived from the campaign's (chosen by the browser), so a retried or interrupted opening
// completes the same set and never adds a second link for a user.

import type { Campaign, CampaignInput, CampaignLink } from '../../contract/records/survey';
import {
  campaigns,
  campaignSurveys,
  customerUsers,
  insertCampaignOnce,
  insertSurveyOnce,
  type CampaignRow,
} from '../../platform/sql/surveys';
import { SurveyRefusal } from './refusal';
import { customerRefusals } from '../records/customer-exists';
import type { ProjectCall } from '../records/kind';
import { linkMaker, uuidFrom } from './link';

const DAY_MS = 86_400_000;
/** The end of a day at the desk (China Standard Time). */
const endOf = (day: string) => Date.parse(`${day}T00:00:00+08:00`) + DAY_MS;

const campaignOf = (r: CampaignRow): Campaign => ({
  id: r.id,
  title: r.title,
  customerId: r.customer_id,
  closesOn: r.closes_on,
  createdAt: r.created_at,
  sent: r.sent ?? 0,
  answered: r.answered ?? 0,
});

export async function openCampaign(
  call: ProjectCall,
  input: CampaignInput,
): Promise<{ campaign: Campaign; links: CampaignLink[] }> {
  const expiresAt = endOf(input.closesOn);
  if (expiresAt <= call.now) throw new SurveyRefusal('invalid', 'The closing day has passed.', 'campaign.closesOn');
  if (input.customerId !== null) {
    const [refusal] = await customerRefusals(input.customerId, 'campaign.customerId', call);
    if (refusal) throw new SurveyRefusal('invalid', refusal.message, refusal.path);
  }
  const users = await customerUsers(call.project.id, input.customerId);
  if (users.length === 0)
    throw new SurveyRefusal(
      'invalid',
      'There are no users to ask: record the customer’s users first.',
      'campaign.customerId',
    );
  await insertCampaignOnce(call.project.id, {
    id: input.id,
    title: input.title,
    customer_id: input.customerId,
    closes_on: input.closesOn,
    expires_at: expiresAt,
    created_at: call.now,
    created_by: call.accountId,
  });
  const [stored] = await campaigns(call.project.id, input.id);
  if (!stored) throw new SurveyRefusal('notFound', 'The campaign could not be read back.', 'campaign.id');
  for (const u of users) {
    await insertSurveyOnce({
      project_id: call.project.id,
      id: uuidFrom(`periodic|${stored.id}|${u.id}`),
      kind: 'periodic',
      issue_id: null,
      issue_key: null,
      customer_id: u.customer_id,
      engineer: null,
      service_type: null,
      source: 'link',
      sent_at: call.now,
      expires_at: stored.expires_at,
      campaign_id: stored.id,
      respondent: u.email ? `${u.name} <${u.email}>` : u.name,
    });
  }
  return campaignLinks(call, stored.id);
}

export async function listCampaigns(call: ProjectCall): Promise<Campaign[]> {
  return (await campaigns(call.project.id)).map(campaignOf);
}

/** A campaign with its links (signed again on each call: the same link each time). */
export async function campaignLinks(
  call: ProjectCall,
  id: string,
): Promise<{ campaign: Campaign; links: CampaignLink[] }> {
  const [c] = await campaigns(call.project.id, id);
  if (!c) throw new SurveyRefusal('notFound', 'There is no such campaign.', 'id');
  const surveys = await campaignSurveys(call.project.id, id);
  const link = await linkMaker();
  const links = surveys.map((s) => ({
    surveyId: s.id,
    respondent: s.respondent ?? '',
    customerId: s.customer_id ?? '',
    url: link({ projectId: s.project_id, surveyId: s.id, expiresAt: s.expires_at ?? c.expires_at }),
    answered: s.answered_at !== null,
  }));
  return { campaign: campaignOf(c), links };
}
