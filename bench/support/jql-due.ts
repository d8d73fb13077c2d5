// How the sweep found due issues before it asked SQL: JQL on the indexed `itr` property (nextCheckAt, epoch
// seconds), which anyone who may edit an issue may change and which Jira indexes late. Kept to compare.

import { searchIds } from '../../src/platform/jira/api';
import type { JiraClient } from '../../src/platform/jira/client';

export const dueJql = (nowMs: number) =>
  `issue.property[itr].nextCheckAt <= ${Math.floor(nowMs / 1000)} ORDER BY issue.property[itr].nextCheckAt ASC`;

export async function jqlDue(jira: JiraClient, now: number): Promise<string[]> {
  const due: string[] = [];
  for await (const page of searchIds(jira, dueJql(now))) due.push(...page);
  return due;
}
