// The underpinning contract check (seed 003: a support contract's terms must exceed the customer
// agreement). For every SLA policy a UC supports and every grade the policy covers, the UC's targets must
// be stricter than the policy's by a margin: uc ≤ sla × (1 − margin). Both sides are business minutes on
// the policy's calendar (a UC promises its times on the clock of the SLA it backs), so like is compared
// with like. The UC's resolution target backs the goal the OLA measures (ola.goal); its response target
// backs every other goal the policy sets.

export interface UcGradeTargets {
  readonly responseMinutes: number;
  readonly resolutionMinutes: number;
}

export interface UcToCheck {
  readonly targets: Readonly<Record<string, UcGradeTargets>>;
  readonly supports: readonly string[];
}

/** An SLA policy as the check needs it: the grades it covers (null: every grade) and its goal targets. */
export interface SlaPolicyTargets {
  readonly id: string;
  readonly grades: readonly string[] | null;
  readonly targets: Readonly<Record<string, number>>;
}

export interface UcCheckRules {
  readonly policies: readonly SlaPolicyTargets[];
  /** Every grade of the configuration, in its order. */
  readonly grades: readonly string[];
  /** The goal a UC's resolution target backs (the OLA's goal); every other goal is backed by its response. */
  readonly resolutionGoal: string;
  /** Whole percent, 0–90: how much stricter than the SLA a UC must be. */
  readonly marginPct: number;
}

export type UcFlag =
  | {
      readonly kind: 'looser';
      readonly policy: string;
      readonly grade: string;
      readonly goal: string;
      readonly ucMinutes: number;
      readonly slaMinutes: number;
      readonly allowedMinutes: number;
    }
  | {
      /** The policy covers the grade but the UC promises nothing for it. */
      readonly kind: 'missing';
      readonly policy: string;
      readonly grade: string;
      readonly goal: string;
      readonly slaMinutes: number;
      readonly allowedMinutes: number;
    }
  /** The UC names a policy the configuration in force no longer has. */
  | { readonly kind: 'unknownPolicy'; readonly policy: string };

/** The most a UC may promise against an SLA target (minutes). */
export const allowedMinutes = (slaMinutes: number, marginPct: number): number => (slaMinutes * (100 - marginPct)) / 100;

/** Whether a UC target is strict enough: compared in whole-percent arithmetic so the boundary is exact. */
export const strictEnough = (ucMinutes: number, slaMinutes: number, marginPct: number): boolean =>
  ucMinutes * 100 <= slaMinutes * (100 - marginPct);

export function checkUnderpinning(uc: UcToCheck, rules: UcCheckRules): UcFlag[] {
  const flags: UcFlag[] = [];
  for (const id of uc.supports) {
    const policy = rules.policies.find((p) => p.id === id);
    if (!policy) {
      flags.push({ kind: 'unknownPolicy', policy: id });
      continue;
    }
    for (const grade of policy.grades ?? rules.grades) {
      for (const [goal, slaMinutes] of Object.entries(policy.targets)) {
        const allowed = allowedMinutes(slaMinutes, rules.marginPct);
        const t = uc.targets[grade];
        if (!t) {
          flags.push({ kind: 'missing', policy: id, grade, goal, slaMinutes, allowedMinutes: allowed });
          continue;
        }
        const ucMinutes = goal === rules.resolutionGoal ? t.resolutionMinutes : t.responseMinutes;
        if (!strictEnough(ucMinutes, slaMinutes, rules.marginPct))
          flags.push({ kind: 'looser', policy: id, grade, goal, ucMinutes, slaMinutes, allowedMinutes: allowed });
      }
    }
  }
  return flags;
}
