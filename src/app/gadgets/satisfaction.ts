// "Satisfaction and complaints": one row per month over all the chosen projects, then one per month for
// each of the customers (or engineers) with the most surveys and feedback in the window, the rest summed as
// "other". CSAT is the share of the answered scores that are 4 or 5; the average is beside it. The
// complaint rate is complaints per 100 issues created that month (per customer on a customer's row; an
// engineer's row has none: issues name no engineer until they are assigned).

import type { Cell, GadgetTable } from '../../contract/gadgets';
import {
  ALL_GROUP,
  NAMED_GROUPS,
  NONE_GROUP,
  OTHER_GROUP,
  SATISFIED_FROM,
  type SatisfactionSettings,
} from '../../contract/gadgets/satisfaction';
import type { LocalText } from '../../domain/text';
import {
  feedbackGroups,
  issueGroups,
  surveyGroups,
  type FeedbackGroup,
  type IssueGroup,
  type SurveyGroup,
} from '../../platform/sql/gadgets/satisfaction';
import { customerNames } from '../../platform/sql/customers';
import type { GadgetCall } from '../gadget-call';
import { displayNames } from '../people-names';

export const SATISFACTION_COLUMNS = [
  { key: 'month', kind: 'month' },
  { key: 'group', kind: 'text' },
  { key: 'answered', kind: 'count' },
  { key: 'csat', kind: 'percent' },
  { key: 'average', kind: 'score' },
  { key: 'score1', kind: 'count' },
  { key: 'score2', kind: 'count' },
  { key: 'score3', kind: 'count' },
  { key: 'score4', kind: 'count' },
  { key: 'score5', kind: 'count' },
  { key: 'complaintsCustomer', kind: 'count' },
  { key: 'complaintsUser', kind: 'count' },
  { key: 'praise', kind: 'count' },
  { key: 'issues', kind: 'count' },
  { key: 'complaintRate', kind: 'ratio' },
] as const;

interface Tally {
  scores: [number, number, number, number, number];
  complaintsCustomer: number;
  complaintsUser: number;
  praise: number;
  issues: number | null;
}

const empty = (issues: number | null): Tally => ({
  scores: [0, 0, 0, 0, 0],
  complaintsCustomer: 0,
  complaintsUser: 0,
  praise: 0,
  issues,
});

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** A month's row of a tally: the figures, with CSAT (a share, 0–1) and the complaints per 100 issues. */
export function tallyRow(month: string, group: string, t: Tally): Record<string, Cell> {
  const answered = t.scores.reduce((a, b) => a + b, 0);
  const satisfied = t.scores.slice(SATISFIED_FROM - 1).reduce((a, b) => a + b, 0);
  const sum = t.scores.reduce((a, n, i) => a + n * (i + 1), 0);
  const complaints = t.complaintsCustomer + t.complaintsUser;
  return {
    month,
    group,
    answered,
    csat: answered === 0 ? null : round(satisfied / answered, 4),
    average: answered === 0 ? null : round(sum / answered, 2),
    score1: t.scores[0],
    score2: t.scores[1],
    score3: t.scores[2],
    score4: t.scores[3],
    score5: t.scores[4],
    complaintsCustomer: t.complaintsCustomer,
    complaintsUser: t.complaintsUser,
    praise: t.praise,
    issues: t.issues,
    complaintRate: t.issues === null || t.issues === 0 ? null : round((100 * complaints) / t.issues, 2),
  };
}

/** Adds grouped SQL figures into per-(month, group) tallies; `keep` maps a group to the one it shows as. */
function tallies(
  months: readonly string[],
  named: readonly string[],
  keep: (g: string) => string,
  surveys: readonly SurveyGroup[],
  feedback: readonly FeedbackGroup[],
  issues: readonly IssueGroup[],
  byCustomerIssues: boolean,
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const groups = [ALL_GROUP, ...named, OTHER_GROUP];
  for (const m of months)
    for (const g of groups) out.set(`${m}|${g}`, empty(g === ALL_GROUP || byCustomerIssues ? 0 : null));
  const add = (month: string, g: string | null, f: (t: Tally) => void) => {
    for (const k of [ALL_GROUP, keep(g ?? NONE_GROUP)]) {
      const t = out.get(`${month}|${k}`);
      if (t) f(t);
    }
  };
  for (const s of surveys)
    add(s.month, s.g, (t) => {
      const [a, b, c, d, e] = t.scores;
      t.scores = [a + s.s1, b + s.s2, c + s.s3, d + s.s4, e + s.s5];
    });
  for (const f of feedback)
    add(f.month, f.g, (t) => {
      t.complaintsCustomer += f.cc;
      t.complaintsUser += f.cu;
      t.praise += f.praise;
    });
  for (const i of issues)
    add(i.month, byCustomerIssues ? i.g : null, (t) => {
      if (t.issues !== null) t.issues += i.n;
    });
  return out;
}

/** The groups with the most surveys and feedback in the window, most first (ties by id). */
export function topGroups(surveys: readonly SurveyGroup[], feedback: readonly FeedbackGroup[], n: number): string[] {
  const weight = new Map<string, number>();
  const bump = (g: string | null, by: number) => weight.set(g ?? NONE_GROUP, (weight.get(g ?? NONE_GROUP) ?? 0) + by);
  for (const s of surveys) bump(s.g, s.n);
  for (const f of feedback) bump(f.g, f.cc + f.cu + f.praise);
  return [...weight]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([g]) => g);
}

const GROUP_NAMES: Readonly<Record<string, LocalText>> = {
  [ALL_GROUP]: { en: 'All', zh: '全部' },
  [OTHER_GROUP]: { en: 'Other', zh: '其他' },
  [NONE_GROUP]: { en: 'Not named', zh: '未指明' },
};

export async function satisfaction(s: SatisfactionSettings, call: GadgetCall): Promise<GadgetTable> {
  const from = call.months[0]!;
  const to = call.months[call.months.length - 1]!;
  const byCustomer = s.split === 'customer';
  const [surveys, feedback, issues] = [
    await surveyGroups(s.split, call.projects, from, to),
    await feedbackGroups(s.split, call.projects, from, to),
    await issueGroups(byCustomer, call.projects, from, to),
  ];
  const named = topGroups(surveys, feedback, NAMED_GROUPS);
  const shown = new Set(named);
  const keep = (g: string) => (shown.has(g) ? g : OTHER_GROUP);
  const t = tallies(call.months, named, keep, surveys, feedback, issues, byCustomer);
  const hasOther = [...surveys.map((x) => x.g), ...feedback.map((x) => x.g)].some((g) => !shown.has(g ?? NONE_GROUP));
  const groups = [ALL_GROUP, ...named, ...(hasOther ? [OTHER_GROUP] : [])];
  const rows = call.months.flatMap((m) => groups.map((g) => tallyRow(m, g, t.get(`${m}|${g}`)!)));
  const ids = named.filter((g) => g !== NONE_GROUP);
  const names: Record<string, LocalText> = { ...GROUP_NAMES };
  if (byCustomer) for (const [id, name] of await customerNames(ids)) names[id] = { en: name, zh: name };
  else for (const [id, name] of await displayNames(ids)) if (name !== null) names[id] = { en: name, zh: name };
  return { columns: SATISFACTION_COLUMNS, rows, names };
}
