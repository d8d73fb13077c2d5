// The demo's communication log and complaints and praise: a year of monthly reviews and daily contacts
// with each demo customer (recent follow-ups still open, some overdue), complaints through the customer
// and from users (several on generated SUP issues of that customer, so the rules engine acts on them),
// and praise for the L1 and L2 agents. Ids are derived from names, so seeding again rewrites the same rows.

import { createHash } from 'node:crypto';
import type { Contact } from '../../../src/contract/records/contact';
import type { Feedback } from '../../../src/contract/records/feedback';
import type { ListPage } from '../../../src/contract/project';
import type { Issue } from '../../jira/site';
import { PEOPLE } from '../site-seed';
import { DEMO_CUSTOMERS } from './demo-customers';
import type { SeedContext } from './seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A stable UUID for a demo record's name. */
function demoId(name: string): string {
  const h = createHash('sha1').update(`itr-demo ${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

const REVIEW_TOPICS = [
  ['月度服务回顾:SLA 达成率 97%,打印机故障偏多', 'Monthly review: SLA met 97 %, printer faults above normal'],
  ['月度服务回顾:ERP 月结期间响应变慢', 'Monthly review: ERP slower during month-end close'],
  ['月度服务回顾:邮件延迟问题已根治', 'Monthly review: email delays fixed at the root'],
  ['月度服务回顾:新增 VIP 用户名单', 'Monthly review: new VIP user list agreed'],
] as const;
const DAILY = [
  '电话沟通:确认网络割接时间 / call: network cutover window confirmed',
  '邮件沟通:补充财务系统账号 / email: finance system accounts added',
  '现场拜访:检查会议室投影设备 / visit: meeting-room projectors checked',
] as const;
const FOLLOW_UPS = [
  '提交打印机更换方案 / send the printer replacement plan',
  '整理 ERP 月结性能报告 / write up the ERP month-end performance report',
  '更新 VIP 用户名单 / update the VIP user list',
] as const;
const OWNERS = [PEOPLE.manager, PEOPLE.expert, PEOPLE.agent] as const;

async function ensureCustomers(c: SeedContext): Promise<void> {
  // The customers' own seed runs first and writes them in full; alone, this writes what the log needs.
  const have = await c.call<ListPage<{ id: string }>>('customer.list', { pageSize: 1000 });
  for (const d of DEMO_CUSTOMERS.filter((x) => !have.items.some((h) => h.id === x.id)))
    await c.call('customer.save', {
      record: {
        id: d.id,
        name: d.name,
        tier: d.tier,
        policy: null,
        calendar: null,
        termStart: null,
        termEnd: null,
        valueCents: null,
        currency: null,
        accountManager: PEOPLE.manager,
        matching: { organizations: [], emailDomains: [], fieldValues: [d.name], reporterGroups: [] },
        contacts: [],
      },
    });
}

function contacts(now: number): Contact[] {
  const out: Contact[] = [];
  const midnight = now - (now % DAY); // UTC: reviews at 14:00 Beijing
  DEMO_CUSTOMERS.forEach((cu, ci) => {
    for (let m = 12; m >= 1; m--) {
      const at = midnight - m * 30 * DAY + ci * DAY + 6 * HOUR;
      const [zh, en] = REVIEW_TOPICS[(m + ci) % REVIEW_TOPICS.length]!;
      const due = at + (m === 1 ? 45 : 14) * DAY; // last month's are due ahead; older ones have passed
      out.push({
        id: demoId(`review ${cu.id} ${m}`),
        partyKind: 'customer',
        partyId: cu.id,
        kind: 'review',
        at,
        people: [`${cu.name} IT 经理`, PEOPLE.manager],
        summary: `${zh} / ${en}`,
        followUps: [
          {
            what: FOLLOW_UPS[(m + ci) % FOLLOW_UPS.length]!,
            owner: OWNERS[(m + ci) % OWNERS.length]!,
            due: day(due),
            // The last two months' follow-ups are still open: two months ago's overdue, last month's ahead.
            done: m > 2 || (m === 2 && ci % 2 === 1),
          },
        ],
      });
      if (ci < 2 && m % 2 === 0)
        out.push({
          id: demoId(`daily ${cu.id} ${m}`),
          partyKind: 'customer',
          partyId: cu.id,
          kind: 'daily',
          at: at + 10 * DAY,
          people: [`${cu.name} 前台`, PEOPLE.agent],
          summary: DAILY[(m + ci) % DAILY.length]!,
          followUps: [],
        });
    }
  });
  return out;
}

/** The open SUP issues a customer's people raised (the generated Customer field), oldest first: the ones
 * the app is handling, so their complaints set its actions off. */
function openIssuesOf(c: SeedContext, customer: string): Issue[] {
  const field = c.site.field('Customer')?.id;
  return [...c.site.issues.values()]
    .filter(
      (i) =>
        i.project === 'SUP' &&
        field !== undefined &&
        i.custom[field] === customer &&
        c.site.statuses.get(i.status)?.category !== 'done',
    )
    .sort((a, b) => a.created - b.created);
}

function feedback(c: SeedContext): Feedback[] {
  const out: Feedback[] = [];
  DEMO_CUSTOMERS.forEach((cu, ci) => {
    const recent = openIssuesOf(c, cu.name)
      .filter((i) => i.created < c.now - DAY)
      .slice(-3);
    recent.forEach((issue, k) => {
      const receivedAt = issue.created + 5 * HOUR;
      const handled = k < 2 ? receivedAt + (ci + 1) * 2 * HOUR : null;
      out.push({
        id: demoId(`complaint ${issue.key}`),
        kind: 'complaint',
        via: k === 0 ? 'customer' : 'user',
        customerId: k === 0 ? cu.id : null,
        issueKey: issue.key,
        engineer: null,
        receivedAt,
        text:
          k === 0
            ? `${cu.name} 正式投诉:${issue.summary} 处理太慢 / formal complaint: too slow`
            : `用户来电抱怨:${issue.summary} / a user called to complain`,
        status: handled === null ? 'open' : k === 0 ? 'resolved' : 'handling',
        handledAt: handled,
      });
    });
    for (let m = 1; m <= 3; m++) {
      const receivedAt = c.now - m * 40 * DAY + ci * 3 * HOUR;
      out.push({
        id: demoId(`praise ${cu.id} ${m}`),
        kind: 'praise',
        via: m === 1 ? 'customer' : 'user',
        customerId: m === 1 ? cu.id : null,
        issueKey: null,
        engineer: m % 2 ? PEOPLE.agent : PEOPLE.expert,
        receivedAt,
        text: `${cu.name}:感谢工程师耐心细致的服务 / thanks for the patient, thorough help`,
        status: 'resolved',
        handledAt: receivedAt + HOUR,
      });
    }
  });
  return out;
}

export async function seedFeedback(c: SeedContext): Promise<void> {
  await ensureCustomers(c);
  for (const record of contacts(c.now)) await c.call('contact.save', { record });
  for (const record of feedback(c)) await c.call('feedback.save', { record });
}
