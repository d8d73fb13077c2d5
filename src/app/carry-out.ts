// Carries out the actions an evaluation asks for, each at most once. An action is claimed in SQL before
// the call to Jira and marked done after it. A claim younger than any invocation can live belongs to a
// run that may still be working: the action stays pending and the issue due again when the claim would
// have expired. An older claim was abandoned: one run takes it over and asks Jira whether it was done
// (jira-actions.ts knows how). A call Jira refused (rate limit) gives its claim back; a 5xx on a call that
// changes something may have acted, so its claim stays and the lease brings the check. Creating an issue
// and linking it are two claimed steps: the created key is recorded before the link is tried.

import type { Action } from '../domain/actions';
import { RateLimitedError, JiraError } from '../platform/jira/client';
import * as store from '../platform/sql/store';
import {
  alreadyDone,
  effectOf,
  linkCreated,
  perform,
  type ActionContext,
  type MutableFields,
  type Outcome,
} from './jira-actions';
import type { FieldChange, IssueFields } from '../domain/issue';
import type { ItrState } from '../domain/state';

export interface CarryContext extends ActionContext {
  /** This issue's recorded actions, by key (problems shared by incidents are looked up as needed). */
  readonly records: ReadonlyMap<string, store.ActionRecord>;
}

export interface CarryResult {
  /** Issues created for this one (problem, LTC, IPD), to record in the state. */
  readonly links: ItrState['links'];
  /** The app's own changes to the issue's fields (they raise no event for it), and the fields after them. */
  readonly effects: readonly FieldChange[];
  readonly fields: IssueFields;
  readonly carried: number;
  /** Groups with an action another run may still be carrying out, and when its claim expires. */
  readonly pending: ReadonlyArray<{ readonly group: string; readonly retryAt: number }>;
}

/** Longer than any invocation lives (900 s): a claim this old has no live holder. */
export const CLAIM_LEASE_MS = 16 * 60_000;

/** Problems are shared by many incidents: their claims are held by no issue (id 0, which Jira never uses). */
const PROBLEM_CLAIMS = '0';
export const holderOf = (issueId: string, a: Action): string =>
  a.type === 'createIssue' && a.purpose === 'problem' ? PROBLEM_CLAIMS : issueId;
const linkStep = (key: string) => `${key}:link`;

type Step = { readonly outcome: 'done'; readonly result: Outcome } | { readonly outcome: 'pending' | 'finished' };

export async function carryOut(actions: readonly Action[], x: CarryContext): Promise<CarryResult> {
  const links: { problem?: string; ltc?: string; ipd?: string } = { ...x.state.links };
  const effects: FieldChange[] = [];
  const pending: Array<{ group: string; retryAt: number }> = [];
  const fields: MutableFields = { ...x.issue.fields, custom: { ...x.issue.fields.custom } };
  let carried = 0;
  const record = (holder: string, key: string) =>
    holder === x.issue.id ? x.records.get(key) : store.actionRecord(holder, key);

  for (const a of actions) {
    const holder = holderOf(x.issue.id, a);
    const wait = (retryAt: number) => pending.push({ group: a.group, retryAt });
    if (!x.cfg.doc.effects[effectOf(a)]) {
      if (await store.claimAction(holder, a.key, x.now))
        await store.finishAction(holder, a.key, 'skipped', `switched off: ${effectOf(a)}`, x.now);
      continue;
    }
    const step = await once(
      holder,
      a.key,
      await record(holder, a.key),
      x,
      wait,
      async (found) => {
        if (found !== undefined)
          return { note: typeof found === 'string' ? found : 'verified after an interrupted run' };
        return perform(a, x, fields, holder);
      },
      () => alreadyDone(a, x, holder),
    );
    if (step.outcome === 'done') {
      carried++;
      effects.push(...(step.result.effects ?? []));
    }
    if (a.type !== 'createIssue') continue;
    // The created issue's key, recorded by its own step (now or by an earlier run), then the link step.
    const made = await store.actionRecord(holder, a.key);
    const created = made?.status === 'done' ? made.detail : null;
    if (created === null) continue;
    links[a.purpose] = created;
    await once(
      holder,
      linkStep(a.key),
      await record(holder, linkStep(a.key)),
      x,
      wait,
      async () => {
        await linkCreated(a, x, created);
        if (a.purpose === 'problem' && x.state.problem)
          await store.addProblem(created, x.state.problem.rule, x.state.problem.scope, x.now);
        return { note: created };
      },
      () => Promise.resolve(false),
    ); // linking again changes nothing
  }
  return { links, effects, fields, carried, pending };
}

/**
 * One claimed call: skipped when done, pending while a live run holds it, taken over (and checked with
 * `check`) when its holder died, else claimed and carried out. `run` gets what `check` found, if anything.
 */
async function once(
  holder: string,
  key: string,
  rec: store.ActionRecord | undefined,
  x: CarryContext,
  wait: (retryAt: number) => void,
  run: (found?: true | string) => Promise<Outcome>,
  check: () => Promise<boolean | string>,
): Promise<Step> {
  if (rec?.status === 'done' || rec?.status === 'skipped') return { outcome: 'finished' };
  let found: true | string | undefined;
  if (rec) {
    const expires = rec.updatedAt + CLAIM_LEASE_MS;
    if (x.now < expires || !(await store.takeOverClaim(holder, key, rec.updatedAt, x.now))) {
      wait(Math.max(expires, x.now + 60_000));
      return { outcome: 'pending' };
    }
    const seen = await check();
    if (seen !== false) found = seen;
  } else if (!(await store.claimAction(holder, key, x.now))) {
    wait(x.now + CLAIM_LEASE_MS); // another run claimed it just now
    return { outcome: 'pending' };
  }
  try {
    const result = await run(found);
    const detail = result.created ?? result.note;
    await store.finishAction(holder, key, result.skipped ? 'skipped' : 'done', detail, x.now);
    return found === undefined ? { outcome: 'done', result } : { outcome: 'finished' };
  } catch (e) {
    if (e instanceof RateLimitedError) {
      await store.releaseClaim(holder, key); // Jira did not act: the next run carries it out
      throw e;
    }
    if (!(e instanceof JiraError)) throw e;
    if (e.status >= 500) {
      // Jira may or may not have acted: the claim stays, and its lease brings the issue back to check.
      wait(x.now + CLAIM_LEASE_MS);
      return { outcome: 'pending' };
    }
    await store.finishAction(holder, key, 'skipped', e.message.slice(0, 1000), x.now); // refused as invalid
    return { outcome: 'finished' };
  }
}
