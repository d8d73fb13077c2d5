// Validates a configuration document: its shape (zod) and everything zod cannot see — references between
// sections, rules that can never match, escalation paths that loop. Every problem carries a JSON path.

import { formatPath } from '../json-path';
import { CalendarSpecError, compileCalendar, type CalendarSpec } from '../time/calendar';
import { configSchema, type ConfigDoc, type Match } from './schema';

export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

export type ConfigResult =
  { readonly ok: true; readonly config: ConfigDoc } | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

export function validateConfig(input: unknown): ConfigResult {
  const parsed = configSchema.safeParse(withoutCustomerList(input));
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const issues = crossCheck(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, config: parsed.data };
}

/** Documents saved before customers became project records listed them in `customers.list`: the records
 * replace it, so it is dropped rather than refused (a stored version must still load). */
function withoutCustomerList(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('customers' in input)) return input;
  const customers = input.customers;
  if (typeof customers !== 'object' || customers === null || !('list' in customers)) return input;
  return { ...input, customers: Object.fromEntries(Object.entries(customers).filter(([k]) => k !== 'list')) };
}

/** Throws with every problem listed; for callers that treat a bad config as a programming error. */
export function parseConfig(input: unknown): ConfigDoc {
  const result = validateConfig(input);
  if (!result.ok)
    throw new Error(`Invalid ITR configuration: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.config;
}

function crossCheck(c: ConfigDoc): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const ids = (list: ReadonlyArray<{ id: string }>, path: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) add(`${path}[${i}].id`, `duplicate id "${x.id}"`);
      seen.add(x.id);
    });
    return seen;
  };
  const ref = (set: ReadonlySet<string>, what: string) => (value: string | undefined, path: string) => {
    if (value !== undefined && !set.has(value))
      add(path, `unknown ${what} "${value}" (known: ${[...set].join(', ') || 'none'})`);
  };

  const calendars = ids(c.calendars, 'calendars');
  const services = ids(c.services, 'services');
  const types = ids(c.serviceTypes, 'serviceTypes');
  const grades = ids(c.grading.grades, 'grading.grades');
  const goals = ids(c.sla.goals, 'sla.goals');
  const tiers = ids(c.ola.tiers, 'ola.tiers');
  const customerTiers = ids(c.customers.tiers, 'customers.tiers');
  ids(c.classification.rules, 'classification.rules');
  ids(c.sla.policies, 'sla.policies');
  ids(c.problems, 'problems');
  const statusNames = new Set<string>();
  c.statuses.forEach((s, i) => {
    if (statusNames.has(s.name)) add(`statuses[${i}].name`, `duplicate status "${s.name}"`);
    statusNames.add(s.name);
  });

  const calendar = ref(calendars, 'calendar');
  const service = ref(services, 'service');
  const type = ref(types, 'service type');
  const grade = ref(grades, 'grade');
  const goal = ref(goals, 'SLA goal');
  const tier = ref(tiers, 'support tier');
  const custTier = ref(customerTiers, 'customer tier');

  c.calendars.forEach((cal, i) => {
    try {
      compileCalendar(cal.spec as CalendarSpec);
    } catch (e) {
      if (!(e instanceof CalendarSpecError)) throw e;
      for (const x of e.issues)
        add(`calendars[${i}].spec${x.path ? (x.path.startsWith('[') ? x.path : `.${x.path}`) : ''}`, x.message);
    }
  });
  calendar(c.defaultCalendar, 'defaultCalendar');
  c.services.forEach((s, i) => {
    calendar(s.calendar, `services[${i}].calendar`);
    s.criticalWindows.forEach((w, j) => calendar(w.calendar, `services[${i}].criticalWindows[${j}].calendar`));
  });

  c.classification.rules.forEach((r, i) => {
    type(r.serviceType, `classification.rules[${i}].serviceType`);
    service(r.service, `classification.rules[${i}].service`);
    r.when.patterns?.forEach((p, j) => {
      if (!('regex' in p)) return;
      const problem = regexProblem(p.regex, p.flags);
      if (problem) add(`classification.rules[${i}].when.patterns[${j}].regex`, problem);
    });
    const earlier = c.classification.rules.findIndex((e, j) => j < i && covers(e.when, r.when));
    if (earlier >= 0) {
      add(
        `classification.rules[${i}]`,
        `can never match: rule "${c.classification.rules[earlier]!.id}" (classification.rules[${earlier}]) comes first and matches every issue this one does`,
      );
    }
  });
  type(c.classification.fallback, 'classification.fallback');

  const g = c.grading;
  if (typeof g.criticalWindowUplift !== 'number')
    for (const t of Object.keys(g.criticalWindowUplift)) type(t, `grading.criticalWindowUplift.${t}`);
  const impactIds = new Set(g.impact.levels.map((l) => l.id));
  const urgencyIds = new Set(g.urgency.levels.map((l) => l.id));
  ref(impactIds, 'impact level')(g.impact.default, 'grading.impact.default');
  ref(urgencyIds, 'urgency level')(g.urgency.default, 'grading.urgency.default');
  for (const im of impactIds) {
    for (const ur of urgencyIds) {
      const cell = g.matrix[im]?.[ur];
      if (cell === undefined) add(`grading.matrix.${im}.${ur}`, `missing: every impact × urgency pair needs a grade`);
      else grade(cell, `grading.matrix.${im}.${ur}`);
    }
  }
  for (const im of Object.keys(g.matrix))
    if (!impactIds.has(im)) add(`grading.matrix.${im}`, `unknown impact level "${im}"`);

  c.sla.policies.forEach((p, i) => {
    const base = `sla.policies[${i}]`;
    p.when.serviceTypes?.forEach((x, j) => type(x, `${base}.when.serviceTypes[${j}]`));
    p.when.grades?.forEach((x, j) => grade(x, `${base}.when.grades[${j}]`));
    p.when.customerTiers?.forEach((x, j) => custTier(x, `${base}.when.customerTiers[${j}]`));
    calendar(p.calendar, `${base}.calendar`);
    for (const k of Object.keys(p.targets)) goal(k, `${base}.targets.${k}`);
  });

  goal(c.ola.goal, 'ola.goal');
  c.ola.tiers.forEach((t, i) => {
    calendar(t.calendar, `ola.tiers[${i}].calendar`);
    tier(t.next, `ola.tiers[${i}].next`);
  });
  const loop = tierCycle(c.ola.tiers);
  if (loop) add(`ola.tiers[${loop.index}].next`, `escalation path loops: ${loop.path.join(' → ')}`);

  c.escalation.thresholds.forEach((th, i) => {
    th.goals.forEach((x, j) => goal(x, `escalation.thresholds[${i}].goals[${j}]`));
    th.when.serviceTypes?.forEach((x, j) => type(x, `escalation.thresholds[${i}].when.serviceTypes[${j}]`));
    th.when.grades?.forEach((x, j) => grade(x, `escalation.thresholds[${i}].when.grades[${j}]`));
    const seen = new Set<number>();
    th.at.forEach((a, j) => {
      if (seen.has(a.percent))
        add(`escalation.thresholds[${i}].at[${j}].percent`, `duplicate threshold ${a.percent} %`);
      seen.add(a.percent);
    });
  });
  const templates = [
    ...c.escalation.thresholds.flatMap((th, i) =>
      th.at.flatMap((a, j) =>
        a.actions.map((x, k) => [x, `escalation.thresholds[${i}].at[${j}].actions[${k}]`] as const),
      ),
    ),
    ...c.escalation.tierTimeout.map((x, k) => [x, `escalation.tierTimeout[${k}]`] as const),
    ...c.escalation.complaints.customer.map((x, k) => [x, `escalation.complaints.customer[${k}]`] as const),
    ...c.escalation.complaints.user.map((x, k) => [x, `escalation.complaints.user[${k}]`] as const),
  ];
  for (const [x, path] of templates) {
    if (x.type === 'setGrade' && typeof x.grade === 'string') grade(x.grade, `${path}.grade`);
  }

  c.problems.forEach((p, i) => p.serviceTypes.forEach((x, j) => type(x, `problems[${i}].serviceTypes[${j}]`)));
  c.routing.ltc?.serviceTypes.forEach((x, j) => type(x, `routing.ltc.serviceTypes[${j}]`));
  return issues;
}

/** Does `a` match every issue `b` matches? (Each criterion of `a` is absent or a superset of `b`'s.) */
function covers(a: Match, b: Match): boolean {
  const listKeys = ['issueTypes', 'projects', 'components', 'labels', 'priorities', 'reporterGroups'] as const;
  for (const k of listKeys) {
    const av = a[k];
    if (av === undefined) continue;
    const bv = b[k];
    if (bv === undefined || !bv.every((v) => av.includes(v))) return false;
  }
  for (const af of a.fields ?? []) {
    const bf = b.fields?.find((f) => f.field === af.field);
    if (!bf || !bf.equals.every((v) => af.equals.includes(v))) return false;
  }
  const at = textAlternatives(a);
  if (!at) return true;
  const bt = textAlternatives(b);
  return bt !== undefined && bt.every((y) => at.some((x) => implies(y, x)));
}

type TextAlternative = { readonly allOf: readonly string[] } | { readonly regex: string; readonly flags: string };

/** A rule's text criterion as alternatives, a keyword being a word group of one; undefined when it has none. */
function textAlternatives(m: Match): TextAlternative[] | undefined {
  const alts: TextAlternative[] = [
    ...(m.keywords ?? []).map((k) => ({ allOf: [k.toLowerCase()] })),
    ...(m.patterns ?? []).map((p) =>
      'allOf' in p ? { allOf: p.allOf.map((w) => w.toLowerCase()) } : { regex: p.regex, flags: p.flags ?? '' },
    ),
  ];
  return alts.length ? alts : undefined;
}

/** Does text matching `y` surely match `x`? A group implies another whose every word lies inside one of
 * its own (substrings); a regular expression only implies itself, since comparing languages is out of reach. */
function implies(y: TextAlternative, x: TextAlternative): boolean {
  if ('allOf' in x) return 'allOf' in y && x.allOf.every((w) => y.allOf.some((v) => v.includes(w)));
  return 'regex' in y && y.regex === x.regex && y.flags === x.flags;
}

/** Why a classification regex cannot be used, if it cannot: it does not compile, or a repeated group holds
 * a repetition of its own ((a+)+, (\w+\s?)*), the shape that backtracks exponentially on a near miss.
 * Overlapping alternatives under a repetition ((a|ab)*) are not detected: that needs an automaton. */
function regexProblem(source: string, flags: string | undefined): string | undefined {
  try {
    new RegExp(source, flags);
  } catch (e) {
    if (e instanceof SyntaxError) return e.message;
    throw e;
  }
  const repetition = /[*+]|\{\d+(?:,\d*)?\}/y;
  const outer: boolean[] = []; // per enclosing group: whether what was read of it so far repeats
  let repeats = false; // the same for the group being read
  let closed = false; // the atom just read is a group that repeats inside
  for (let i = 0; i < source.length; i++) {
    repetition.lastIndex = i;
    const quantifier = repetition.exec(source)?.[0];
    if (quantifier) {
      if (closed)
        return 'nested quantifiers (a repeated group that repeats inside, like (a+)+) can backtrack catastrophically';
      repeats = true;
      i += quantifier.length - 1;
      continue;
    }
    closed = false;
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      while (++i < source.length && source[i] !== ']') if (source[i] === '\\') i++;
    } else if (c === '(') {
      outer.push(repeats);
      repeats = false;
    } else if (c === ')') {
      closed = repeats;
      repeats = (outer.pop() ?? false) || repeats;
    }
  }
  return undefined;
}

function tierCycle(tiers: ConfigDoc['ola']['tiers']): { index: number; path: string[] } | undefined {
  const next = new Map(tiers.map((t) => [t.id, t.next]));
  for (let i = 0; i < tiers.length; i++) {
    const path = [tiers[i]!.id];
    let cur = tiers[i]!.next;
    while (cur !== undefined) {
      path.push(cur);
      if (cur === tiers[i]!.id) return { index: i, path };
      if (path.length > tiers.length + 1) break;
      cur = next.get(cur);
    }
  }
  return undefined;
}
