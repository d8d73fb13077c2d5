// The SLA panel's complaint and praise function, sent 1,000 malformed payloads (another type at a path, an
// over-long string, an unknown or prototype key, no object at all) by an agent who may edit the issue:
// each is refused as invalid with a specific message, and no table changes.

import { randomUUID } from 'node:crypto';
import type { Issue } from '../../sandbox/jira/site';
import type { PanelResult } from '../../src/contract/panel';
import { refusedMessages } from '../support/malformed';
import { tableChecksums } from '../support/project';
import { PEOPLE, printerIncident, startSandbox, type Sandbox } from '../support/sandbox';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
let sb: Sandbox;
let issue: Issue;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-04T09:30:00+08:00'));
  issue = printerIncident(sb.site);
  sb.site.update(issue, { assignee: PEOPLE.agent }, PEOPLE.agent);
  await sb.host.settle();
}, 180_000);
afterAll(async () => sb.stop());

const sample = () => ({ requestId: randomUUID(), kind: 'praise', via: 'customer', text: '谢谢', credit: 'assignee' });

test(`panel.logFeedback refuses ${RUNS} malformed payloads, each specifically, and writes nothing`, async () => {
  const before = await tableChecksums(sb);
  const seen = await refusedMessages(
    sample,
    async (payload) =>
      (
        await sb.host.resolve('panelResolver', 'itr-sla-panel', 'panel.logFeedback', payload, {
          accountId: PEOPLE.agent,
          issue: { id: String(issue.id), key: issue.key },
        })
      ).result as PanelResult<unknown>,
    RUNS,
  );
  expect(await tableChecksums(sb)).toEqual(before);
  expect(seen.size).toBeGreaterThan(2);
}, 120_000);
