// Pricing worklogs (Tempo's convention): the role a person works in and that role's hourly rate are those
// in effect on the day the worklog starts, each the latest whose effective date is on or before that day.
// Rates change rarely, so the worklogs are summed in SQL per person, month and "segment" — the stretch
// between two consecutive change days of any rate or role — and each sum is priced once here.

export interface RateLine {
  readonly role: string;
  /** Per hour, in cents. */
  readonly rateCents: number;
  readonly effectiveFrom: string;
}

export interface RoleLine {
  readonly accountId: string;
  readonly role: string;
  readonly effectiveFrom: string;
}

/** The line in effect on `day`: the latest whose effective date is on or before it. */
export function inEffect<T extends { readonly effectiveFrom: string }>(
  lines: readonly T[],
  day: string,
): T | undefined {
  let best: T | undefined;
  for (const l of lines) if (l.effectiveFrom <= day && (!best || l.effectiveFrom > best.effectiveFrom)) best = l;
  return best;
}

/** Every day on which some rate or role changes, sorted, once each: the segments' boundaries. */
export function changeDays(rates: readonly RateLine[], roles: readonly RoleLine[]): string[] {
  return [...new Set([...rates.map((r) => r.effectiveFrom), ...roles.map((r) => r.effectiveFrom)])].sort();
}

/** Seconds a person logged in a month within one segment (0: before the first change day; i: from the
 * i-th change day on, before the next). */
export interface LabourSum {
  readonly author: string;
  readonly month: string;
  readonly segment: number;
  readonly seconds: number;
}

export interface Pricer {
  /** Cents × 3600 (exact; divide by 3600 once per total), or null when no role or no rate is in effect. */
  readonly price: (s: LabourSum) => number | null;
}

export function pricer(rates: readonly RateLine[], roles: readonly RoleLine[], days: readonly string[]): Pricer {
  const byRole = group(rates, (r) => r.role);
  const byPerson = group(roles, (r) => r.accountId);
  return {
    price: (s) => {
      const day = s.segment === 0 ? undefined : days[s.segment - 1];
      if (day === undefined) return null;
      const role = inEffect(byPerson.get(s.author) ?? [], day);
      const rate = role && inEffect(byRole.get(role.role) ?? [], day);
      return rate ? s.seconds * rate.rateCents : null;
    },
  };
}

function group<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
