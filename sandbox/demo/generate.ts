// A deterministic service organisation's history: issues across the services of the default catalogue,
// with realistic summaries (Chinese and English), impact/urgency, tiers, customers, status changes,
// agent comments and resolutions. The same seed always gives the same site.

import type { Issue, Site } from '../jira/site';
import { prng } from './random';
import { PEOPLE } from './site-seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const KINDS: ReadonlyArray<{ type: string; summary: string; components: readonly string[] }> = [
  { type: 'Incident', summary: 'ERP 系统无法登录 / ERP login fails', components: ['ERP'] },
  { type: 'Incident', summary: '财务系统报表导出错误 / finance report export error', components: ['Finance system'] },
  { type: 'Incident', summary: '服务器硬盘故障 / server disk failure', components: ['ERP'] },
  { type: 'Incident', summary: '邮件发送延迟 / email delivery delayed', components: ['Email'] },
  { type: 'Incident', summary: '打印机卡纸 / printer jams', components: ['Printer'] },
  { type: 'Incident', summary: '办公网络中断 / office network down', components: ['Network'] },
  { type: 'Service request', summary: '如何重置密码 / how to reset my password', components: [] },
  { type: 'Service request', summary: '申请业务系统权限 / access to the business app', components: ['Business app'] },
  { type: 'Service request', summary: '发票开具咨询 / invoice question', components: [] },
  { type: 'Service request', summary: '季度定期维保 / quarterly periodic maintenance', components: ['Network'] },
  {
    type: 'New Feature',
    summary: '新需求:订单批量导入 / feature request: bulk order import',
    components: ['Business app'],
  },
];
const IMPACT = ['Extensive / Widespread', 'Significant / Large', 'Moderate / Limited', 'Minor / Localized'];
const URGENCY = ['Critical', 'High', 'Medium', 'Low'];
const CUSTOMERS = ['Acme', '华信集团', 'Globex', '东方物流'];

export interface GenerateOptions {
  readonly total: number;
  /** How many of them are still open (created in the last `openDays`). */
  readonly open: number;
  readonly now: number;
  readonly seed: number;
  readonly openDays?: number;
  readonly closedDays?: number;
}

/** Adds `total` issues to the site, oldest first; returns the open ones. */
export function generateIssues(site: Site, o: GenerateOptions): Issue[] {
  const r = prng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const field = (name: string) => site.field(name)!.id;
  const [fCustomer, fImpact, fUrgency, fTier, fRoot] = [
    'Customer',
    'Impact',
    'Urgency',
    'Support tier',
    'Root cause',
  ].map(field) as [string, string, string, string, string];
  const closed = o.total - o.open;
  const openDays = o.openDays ?? 10;
  const closedDays = o.closedDays ?? 365;
  const open: Issue[] = [];
  for (let n = 0; n < o.total; n++) {
    const isOpen = n >= closed;
    const created = isOpen
      ? o.now - openDays * DAY + ((n - closed) / o.open) * (openDays * DAY - HOUR)
      : o.now - closedDays * DAY + (n / closed) * (closedDays - openDays) * DAY;
    const kind = pick(KINDS);
    const issue = site.createIssue(
      {
        project: 'SUP',
        issuetype: kind.type,
        summary: kind.summary,
        reporter: PEOPLE.reporter,
        components: [...kind.components],
        custom: { [fCustomer]: pick(CUSTOMERS), [fImpact]: pick(IMPACT), [fUrgency]: pick(URGENCY), [fTier]: 'L1' },
      },
      PEOPLE.reporter,
      created,
    );
    // Every later change happens before `now`: the site is a history, not a forecast.
    const latest = o.now - 60_000;
    let t = Math.min(created + (5 + r() * 55) * 60_000, latest);
    const step = (ms: number) => (t = Math.min(t + ms, latest));
    site.comment(
      issue,
      PEOPLE.agent,
      {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: '已受理 / on it' }] }],
      },
      null,
      {},
      PEOPLE.agent,
      t,
    );
    site.update(issue, { status: 'In Progress', assignee: PEOPLE.agent }, PEOPLE.agent, step((10 + r() * 50) * 60_000));
    if (r() < 0.3) {
      site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent, step(r() * 4 * HOUR));
      site.update(issue, { status: 'In Progress' }, PEOPLE.reporter, step(r() * 8 * HOUR));
    }
    if (r() < 0.25) site.update(issue, { [fTier]: 'L2', assignee: PEOPLE.expert }, PEOPLE.agent, step(r() * 6 * HOUR));
    if (isOpen) {
      open.push(issue);
      continue;
    }
    site.update(
      issue,
      { [fRoot]: pick(['Software bug', 'User misuse', 'Operations', 'Spare part failure', 'Third party']) },
      PEOPLE.expert,
      step(r() * DAY),
    );
    site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.expert, step(60_000));
  }
  return open;
}
