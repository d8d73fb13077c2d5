// Issues the relationship work creates (a monthly service report, a renewal or review reminder) are made
// once per marker: a run that died after Jira created one finds it by its marker property instead of
// creating it again (issue.property[itrCreated].marker, indexed by manifest.yml).

import * as jiraApi from '../../platform/jira/api';
import type { JiraClient } from '../../platform/jira/client';
import { CREATED_PROPERTY } from '../jira-actions';

/** The label every such issue carries: the app keeps its SLA clocks off them (they are the service
 * manager's tasks, not service requests), whatever the scope says. */
export const RELATION_LABEL = 'itr-relationship';

/** A marker for a thing done once ("report SUP acme 2026-11"): the property value the issue carries. */
export const relationMarker = (what: string): string => `itr-rel-${what}`;

/** The issue carrying `marker`, created with `fields` when there is none yet; its key. */
export async function createIssueOnce(
  jira: JiraClient,
  marker: string,
  fields: Record<string, unknown>,
): Promise<{ key: string; created: boolean }> {
  const jql = `issue.property[${CREATED_PROPERTY}].marker = "${marker}"`;
  const { ids } = await jiraApi.searchPage(jira, jql, null, 1);
  if (ids[0] !== undefined) {
    const key = (await jiraApi.bulkFetch(jira, [ids[0]], ['key']))[0]?.key;
    if (key) return { key, created: false };
  }
  const labels = Array.isArray(fields['labels']) ? (fields['labels'] as unknown[]) : [];
  const made = await jiraApi.createIssue(jira, { ...fields, labels: [...new Set([...labels, RELATION_LABEL])] }, [
    { key: CREATED_PROPERTY, value: { marker } },
  ]);
  return { key: made.key, created: true };
}
