// Supplier audits on seed 003's six dimensions: a weighted total, and scores proposed from what the
// supplier's support tier did (its OLA results and how often its issues came back).

export const AUDIT_DIMENSIONS = [
  'responseAbility',
  'problemSolvingAbility',
  'problemSolvingEfficiency',
  'staffStability',
  'customerFeedback',
  'cooperation',
] as const;
export type AuditDimension = (typeof AUDIT_DIMENSIONS)[number];

export type AuditWeights = Readonly<Record<AuditDimension, number>>;

/** Equal weights summing to 100 (the default until an administrator sets others). */
export const DEFAULT_AUDIT_WEIGHTS: AuditWeights = {
  responseAbility: 20,
  problemSolvingAbility: 20,
  problemSolvingEfficiency: 20,
  staffStability: 15,
  customerFeedback: 15,
  cooperation: 10,
};

/** The weighted score (1–5) of scores 1–5 under weights summing to 100, to two decimals. */
export function weightedTotal(scores: Readonly<Record<AuditDimension, number>>, weights: AuditWeights): number {
  const sum = AUDIT_DIMENSIONS.reduce((s, d) => s + scores[d] * weights[d], 0);
  return Math.round(sum) / 100;
}

/** What one issue tells about the tier that handled it. */
export interface TierOutcome {
  /** The tier's OLA clock finished: whether within its target. Null while it runs. */
  readonly onTime: boolean | null;
  /** The measured goal ran more than one cycle (it was reopened). */
  readonly reopened: boolean;
}

export interface ProposedScore {
  readonly score: number | null;
  /** The figures behind it; null where there is no data. */
  readonly evidence: { readonly rate: number; readonly of: number } | null;
}

/** On-time share → score: ≥95 % 5, ≥85 % 4, ≥70 % 3, ≥50 % 2, else 1. */
export const scoreOnTime = (rate: number): number =>
  rate >= 0.95 ? 5 : rate >= 0.85 ? 4 : rate >= 0.7 ? 3 : rate >= 0.5 ? 2 : 1;

/** Reopened share → score: ≤2 % 5, ≤5 % 4, ≤10 % 3, ≤20 % 2, else 1. */
export const scoreReopen = (rate: number): number =>
  rate <= 0.02 ? 5 : rate <= 0.05 ? 4 : rate <= 0.1 ? 3 : rate <= 0.2 ? 2 : 1;

function proposal(count: number, of: number, score: (rate: number) => number): ProposedScore {
  if (of === 0) return { score: null, evidence: null };
  const rate = count / of;
  return { score: score(rate), evidence: { rate, of } };
}

/** Scores for the dimensions the issues speak to; the rest have no data. */
export function proposeScores(outcomes: readonly TierOutcome[]): Record<AuditDimension, ProposedScore> {
  const finished = outcomes.filter((o) => o.onTime !== null);
  const onTime = proposal(finished.filter((o) => o.onTime).length, finished.length, scoreOnTime);
  const reopened = proposal(outcomes.filter((o) => o.reopened).length, outcomes.length, scoreReopen);
  const none: ProposedScore = { score: null, evidence: null };
  return {
    responseAbility: onTime,
    problemSolvingAbility: reopened,
    problemSolvingEfficiency: onTime,
    staffStability: none,
    customerFeedback: none,
    cooperation: none,
  };
}

/** An audit period: a quarter ('2026-Q3') or a month ('2026-09'), as the UTC instants it spans. */
export function periodSpan(period: string): { readonly from: number; readonly to: number } | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const y = Number(q[1]);
    const m = (Number(q[2]) - 1) * 3;
    return { from: Date.UTC(y, m, 1), to: Date.UTC(y, m + 3, 1) };
  }
  const mo = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (mo) {
    const y = Number(mo[1]);
    const m = Number(mo[2]) - 1;
    return { from: Date.UTC(y, m, 1), to: Date.UTC(y, m + 1, 1) };
  }
  return null;
}
