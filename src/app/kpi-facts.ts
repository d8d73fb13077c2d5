// KPI facts from the issues the app has stored: what a recalculation backfills for the closed issues it
// does not evaluate again, and what pruning writes before a closed issue's rows go. The stored state is
// the one the last evaluation wrote; the stored snapshot says which tier held the issue when a cycle
// stopped. Facts already written stay as they are.

import { monthStart, nextMonth } from '../domain/month-bounds';
import { monthOf } from '../domain/months';
import { closedIssuesAfter, setMissingMonth, slaFactSpan } from '../platform/sql/facts';
import { appEvents, type IssueRow } from '../platform/sql/store';
import { latest } from './config';
import { recordFacts, type FactSource } from './facts/record';
import { zoneOf } from './service-zone';
import { groupsFor, groupsOfIssue } from './groups';
import type { Session } from './session';
import { parseAppEvent, parseSnapshot } from './snapshot';
import { parseState } from './state-json';

type StoredIssue = Pick<IssueRow, 'issue_id' | 'issue_key' | 'project' | 'snapshot'> & { readonly state: string };

/** Writes the facts of stored, evaluated issues. */
export async function factsFromStored(s: Session, stored: readonly StoredIssue[]): Promise<void> {
  const snaps = stored.map((r) => parseSnapshot(r.snapshot));
  const groups = await groupsFor(s.jira, s.configs, snaps, s.now);
  const events = await appEvents(stored.map((r) => String(r.issue_id)));
  const sources = stored.map((r, i): FactSource => {
    const snap = snaps[i]!;
    const issueGroups = groupsOfIssue(snap, groups);
    return {
      issueId: String(r.issue_id),
      issueKey: r.issue_key,
      project: r.project,
      projectId: snap.issue.projectId,
      issue: { ...snap.issue, ...(issueGroups ? { groups: issueGroups } : {}) },
      timeline: [...snap.timeline, ...(events.get(String(r.issue_id)) ?? []).map(parseAppEvent)],
      state: parseState(r.state),
    };
  });
  await recordFacts(s.configs, sources, s.now);
}

const PAGE = 200;

/** Gives the facts pruning wrote before facts had months their months, then backfills the facts of every
 * closed in-scope issue the app holds, a page at a time; stops early (false) when `more()` says time is
 * short. The writes are idempotent: a backfill cut short is simply run again. */
export async function backfillClosedFacts(s: Session, more: () => boolean = () => true): Promise<boolean> {
  await monthsForOldFacts(s);
  let after = 0;
  for (;;) {
    const page = await closedIssuesAfter(after, PAGE);
    if (page.length > 0) await factsFromStored(s, page);
    if (page.length < PAGE) return true;
    after = page[page.length - 1]!.issue_id;
    if (!more()) return false;
  }
}

/** SLA facts pruning wrote before facts had months (their tier at the stop is not known any more): each
 * gets the month, in the service's zone, its cycle stopped in; one range update per month of the span. */
export async function monthsForOldFacts(s: Session): Promise<number> {
  const { first, last } = await slaFactSpan();
  if (first === null || last === null) return 0;
  const zone = zoneOf(latest(s.configs).doc);
  let updated = 0;
  const end = monthOf(last, zone);
  for (let m = monthOf(first, zone); m <= end; m = nextMonth(m))
    updated += await setMissingMonth(m, monthStart(m, zone), monthStart(nextMonth(m), zone));
  return updated;
}
