// The obvious sweep, for comparison: every five minutes, fetch every open issue with its fields and its
// changelog, evaluate them all and write all their properties back. Same client, same rules engine, same
// emulator; it carries out no actions (both sweeps would carry out the same ones).

import { route } from '@forge/api';
import { z } from 'zod';
import { evaluate } from '../../src/domain/evaluate';
import { CHANGELOG_BULK, PROPERTY_MULTI, changelogs, setPropertiesMulti } from '../../src/platform/jira/api';
import { issueBean } from '../../src/platform/jira/schemas';
import { openJql } from '../../src/app/recalculate';
import { toSnapshot } from '../../src/app/jira-snapshot';
import { jiraFields } from '../../src/app/load-issues';
import { latest } from '../../src/app/config';
import type { Session } from '../../src/app/session';
import type { ItrState } from '../../src/domain/state';

const page = z.looseObject({ issues: z.array(issueBean), nextPageToken: z.string().optional() });

export async function naiveSweep(s: Session, now: number): Promise<number> {
  const { jira, configs, names } = s;
  let token: string | undefined;
  let evaluated = 0;
  const writes: Array<{ id: string; value: ItrState }> = [];
  const flush = async (all: boolean) => {
    while (writes.length >= PROPERTY_MULTI || (all && writes.length > 0))
      await setPropertiesMulti(jira, writes.splice(0, PROPERTY_MULTI));
  };
  let batch: Array<z.infer<typeof issueBean>> = [];
  const run = async () => {
    const histories = await changelogs(
      jira,
      batch.map((b) => b.id),
    );
    for (const bean of batch) {
      const snap = toSnapshot(bean, histories.get(bean.id) ?? [], bean.fields.comment?.comments ?? [], {
        names,
        appAccount: s.appAccount,
        statusCategory: s.statusCategory,
        agents: new Set(), // no actions are carried out here: who is an agent changes nothing measured
        serviceDesk: false,
      });
      const stored = bean.properties?.['itr'] as ItrState | undefined;
      const e = evaluate({ ...snap.issue, ...(stored ? { property: stored } : {}) }, snap.timeline, configs, now);
      writes.push({ id: bean.id, value: e.state });
      evaluated++;
    }
    batch = [];
    await flush(false);
  };
  do {
    const body = {
      jql: openJql(latest(configs).doc) ?? '',
      maxResults: 100,
      fields: jiraFields(names),
      properties: ['itr'],
      ...(token ? { nextPageToken: token } : {}),
    };
    const p = await jira.call(route`/rest/api/3/search/jql`, { method: 'POST', body }, page);
    batch.push(...p.issues);
    if (batch.length >= CHANGELOG_BULK) await run();
    token = p.nextPageToken;
  } while (token);
  if (batch.length > 0) await run();
  await flush(true);
  return evaluated;
}
