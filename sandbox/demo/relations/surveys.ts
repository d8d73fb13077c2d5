// The demo's satisfaction surveys: a year of case-by-case follow-ups on the service desk's resolved
// requests, and one open periodic campaign. SUP is a JSM service desk, so the app does not ask itself: each
// resolved request gets its survey as the app opens it on resolution (run at the instant it resolved — the
// demo's history predates the app's installation), about two in three customers rate it on JSM's portal,
// and the app's daily CSAT reading takes the ratings in a few days later. The campaign asks every
// customer user (if the customers' seed recorded any) through the project page, and some answer through
// the link's web trigger, as a browser would.

import { loadIssues } from '../../../src/platform/sql/store';
import { parseSnapshot } from '../../../src/app/snapshot';
import { evaluateIssues } from '../../../src/app/evaluate-issues';
import { openSession } from '../../../src/app/session';
import type { ItrState } from '../../../src/domain/state';
import { openCaseSurvey } from '../../../src/app/surveys/case-survey';
import { readCsatJob } from '../../../src/app/surveys/read-csat';
import type { CampaignLink } from '../../../src/contract/records/survey';
import { rateRequest } from '../../jira/csat';
import type { Issue, Site } from '../../jira/site';
import { prng } from '../random';
import type { SeedContext } from './seed';

const DAY = 86_400_000;
/** Realistic scores: mostly satisfied, a tail of unhappy customers. */
const SCORES = [5, 5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1] as const;
const COMMENTS: Readonly<Record<number, readonly string[]>> = {
  1: ['Three days without a working laptop.', '问题反复出现,没人跟进。'],
  2: ['Solved, but only after I chased twice.', '响应太慢。'],
  3: ['OK.', '一般。'],
  4: ['Quick and friendly.', '处理及时。'],
  5: ['Excellent, thank you!', '非常满意,工程师很专业。'],
};

/** When the request last moved into a done status. */
function resolvedAt(site: Site, issue: Issue): number | null {
  const done = (name: string | null) => name !== null && site.statuses.get(name)?.category === 'done';
  if (!done(issue.status)) return null;
  const last = issue.changelog.filter((h) => h.items.some((i) => i.field === 'status' && done(i.toString))).at(-1);
  return last?.created ?? issue.updated;
}

async function caseSurveys(c: SeedContext, random: () => number): Promise<void> {
  const since = c.now - 365 * DAY;
  const resolved = [...c.site.issues.values()]
    .filter((i) => i.project === 'SUP')
    .map((i) => ({ issue: i, at: resolvedAt(c.site, i) }))
    .filter((x): x is { issue: Issue; at: number } => x.at !== null && x.at >= since && x.at < c.now)
    .sort((a, b) => a.at - b.at);
  // The app evaluates each request as its resolution event would have it (service type, customer).
  const s = await openSession(c.now);
  if (!s) throw new Error('demo surveys: the app is not active');
  const states = new Map<string, ItrState>();
  for (let i = 0; i < resolved.length; i += 100)
    for (const w of await evaluateIssues(
      s,
      resolved.slice(i, i + 100).map((x) => String(x.issue.id)),
    ))
      states.set(w.id, w.value);
  const rows = await loadIssues(resolved.map((x) => String(x.issue.id)));
  for (const { issue, at } of resolved) {
    const row = rows.get(String(issue.id));
    if (!row?.in_scope) continue;
    await openCaseSurvey(s.jira, parseSnapshot(row.snapshot), states.get(String(issue.id)) ?? null, at);
    if (random() < 0.35) continue; // never rated
    const score = SCORES[Math.floor(random() * SCORES.length)]!;
    const said = random() < 0.6 ? COMMENTS[score]![Math.floor(random() * 2)]! : null;
    rateRequest(c.site, issue.key, score, said);
  }
  // The daily reading, week by week through the year (each survey is read within 30 days of resolving).
  for (let t = since + 7 * DAY; t < c.now + 7 * DAY; t += 7 * DAY) await readCsatJob.run(Math.min(t, c.now));
}

async function openCampaign(c: SeedContext, random: () => number): Promise<void> {
  const closesOn = new Date(c.now + 8 * 3_600_000 + 21 * DAY).toISOString().slice(0, 10);
  const campaign = {
    id: '7d3e9b1a-5c2f-4e8d-9a6b-0f1e2d3c4b5a',
    title: '2026 satisfaction survey / 年度满意度调查',
    customerId: null,
    closesOn,
  };
  let links: CampaignLink[];
  try {
    ({ links } = await c.call<{ links: CampaignLink[] }>('survey.campaign.open', { campaign }));
  } catch (e) {
    console.log(`demo surveys: no campaign (${e instanceof Error ? e.message : String(e)})`);
    return;
  }
  for (const link of links.filter(() => random() < 0.5)) {
    const score = SCORES[Math.floor(random() * SCORES.length)]!;
    await c.host.webTrigger({
      method: 'POST',
      url: link.url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        score: String(score),
        comment: COMMENTS[score]![Math.floor(random() * 2)]!,
      }).toString(),
    });
  }
}

export async function seedSurveys(c: SeedContext): Promise<void> {
  const random = prng(3);
  await caseSurveys(c, random);
  await openCampaign(c, random);
}
