// A customer's monthly service report figures (seed 003: SLA/OLA results, incidents and problems,
// satisfaction, complaints and praise, and the improvement plan's starting points), computed from plain
// rows so the same numbers come out wherever the rows come from.

/** A completed SLA cycle: from an issue's state, or a KPI fact a pruned issue left. */
export interface CycleRow {
  readonly issueKey: string;
  readonly goal: string;
  readonly start: number;
  readonly stop: number;
  readonly met: boolean;
}

/** A support tier's clock on an issue received in the month. */
export interface TierRow {
  readonly tier: string;
  /** 'onTime' or 'late' once the tier let go (or overran); 'open' while it holds the issue within target. */
  readonly outcome: 'onTime' | 'late' | 'open';
}

/** An issue of the customer received in the month. */
export interface ReceivedIssue {
  readonly key: string;
  readonly incident: boolean;
  readonly closed: boolean;
  /** The problem it is linked to, if any. */
  readonly problem: string | null;
  readonly tiers: readonly TierRow[];
}

export interface ProblemRow {
  readonly key: string;
  readonly closed: boolean;
}

export interface FeedbackRow {
  readonly kind: 'complaint' | 'praise';
  readonly via: 'customer' | 'user';
}

export interface FigureInput {
  /** Completed cycles that stopped in the month (duplicates by issue, goal and start are counted once). */
  readonly cycles: readonly CycleRow[];
  readonly received: readonly ReceivedIssue[];
  /** The problems the received issues link to (what itr_problem knows of them). */
  readonly problems: readonly ProblemRow[];
  /** Scores (1–5) of the surveys answered in the month. */
  readonly scores: readonly number[];
  readonly feedback: readonly FeedbackRow[];
}

/** Met share as a rate in [0, 1], rounded to 4 places; null when nothing was measured. */
export type Rate = number | null;

export interface ReportFigures {
  readonly sla: ReadonlyArray<{
    readonly goal: string;
    readonly met: number;
    readonly breached: number;
    readonly rate: Rate;
  }>;
  readonly ola: ReadonlyArray<{
    readonly tier: string;
    readonly onTime: number;
    readonly late: number;
    readonly open: number;
    readonly rate: Rate;
  }>;
  readonly issues: {
    readonly received: number;
    readonly incidents: number;
    readonly closed: number;
    readonly closureRate: Rate;
  };
  readonly problems: ReadonlyArray<{ readonly key: string; readonly incidents: number; readonly closed: boolean }>;
  readonly satisfaction: {
    readonly answered: number;
    /** Mean score to 2 places; null without answers. */
    readonly average: number | null;
    /** How many answered 1, 2, 3, 4, 5. */
    readonly distribution: readonly [number, number, number, number, number];
  };
  readonly complaints: { readonly customer: number; readonly user: number };
  readonly praise: number;
  /** Starting points of the improvement plan: breached goals and problems behind two or more issues. */
  readonly improvement: {
    readonly breachedGoals: ReadonlyArray<{ readonly goal: string; readonly breached: number }>;
    readonly repeatedProblems: readonly string[];
  };
}

const rate = (good: number, all: number): Rate => (all === 0 ? null : Math.round((good / all) * 10_000) / 10_000);

function sortedCounts<K extends string>(keys: Iterable<K>): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function reportFigures(input: FigureInput): ReportFigures {
  const seen = new Set<string>();
  const byGoal = new Map<string, { met: number; breached: number }>();
  for (const c of input.cycles) {
    const id = `${c.issueKey}\u0000${c.goal}\u0000${c.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const g = byGoal.get(c.goal) ?? { met: 0, breached: 0 };
    if (c.met) g.met++;
    else g.breached++;
    byGoal.set(c.goal, g);
  }
  const sla = [...byGoal]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([goal, g]) => ({ goal, met: g.met, breached: g.breached, rate: rate(g.met, g.met + g.breached) }));

  const byTier = new Map<string, { onTime: number; late: number; open: number }>();
  for (const t of input.received.flatMap((i) => i.tiers)) {
    const c = byTier.get(t.tier) ?? { onTime: 0, late: 0, open: 0 };
    c[t.outcome]++;
    byTier.set(t.tier, c);
  }
  const ola = [...byTier]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([tier, c]) => ({ tier, ...c, rate: rate(c.onTime, c.onTime + c.late) }));

  const closed = input.received.filter((i) => i.closed).length;
  const linked = sortedCounts(input.received.flatMap((i) => (i.problem === null ? [] : [i.problem])));
  const problemClosed = new Map(input.problems.map((p) => [p.key, p.closed]));
  const problems = [...linked].map(([key, incidents]) => ({ key, incidents, closed: problemClosed.get(key) ?? false }));

  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const s of input.scores) distribution[s - 1]!++;
  const sum = input.scores.reduce((a, b) => a + b, 0);

  const count = (kind: FeedbackRow['kind'], via?: FeedbackRow['via']) =>
    input.feedback.filter((f) => f.kind === kind && (via === undefined || f.via === via)).length;

  return {
    sla,
    ola,
    issues: {
      received: input.received.length,
      incidents: input.received.filter((i) => i.incident).length,
      closed,
      closureRate: rate(closed, input.received.length),
    },
    problems,
    satisfaction: {
      answered: input.scores.length,
      average: input.scores.length === 0 ? null : Math.round((sum / input.scores.length) * 100) / 100,
      distribution,
    },
    complaints: { customer: count('complaint', 'customer'), user: count('complaint', 'user') },
    praise: count('praise'),
    improvement: {
      breachedGoals: sla.filter((g) => g.breached > 0).map((g) => ({ goal: g.goal, breached: g.breached })),
      repeatedProblems: problems.filter((p) => p.incidents >= 2).map((p) => p.key),
    },
  };
}
