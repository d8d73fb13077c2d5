// The demo's value-added services: what the desk did beyond the agreements last year, each with the four
// principles' reasons, for the strategic customers mostly (seed 003: e.g. health checks for VIP users).

import { DEMO_CUSTOMERS } from './demo-customers';
import type { SeedContext } from './seed';

const [acme, huaxin, globex] = DEMO_CUSTOMERS;
const DAY = 86_400_000;

const SERVICES = [
  {
    customer: acme,
    title: 'Quarterly PC health check for VIP users / VIP 用户电脑季度体检',
    daysAgo: 300,
    cost: 240_000,
  },
  { customer: huaxin, title: 'ERP month-end standby / ERP 月结值守', daysAgo: 240, cost: 180_000 },
  { customer: acme, title: 'Printer fleet cleaning day / 打印机集中保养日', daysAgo: 180, cost: 90_000 },
  { customer: huaxin, title: 'Phishing awareness session / 钓鱼邮件防范培训', daysAgo: 120, cost: 60_000 },
  { customer: globex, title: 'Network cabinet tidy-up / 网络机柜整理', daysAgo: 75, cost: 45_000 },
  {
    customer: acme,
    title: 'Quarterly PC health check for VIP users / VIP 用户电脑季度体检',
    daysAgo: 30,
    cost: 240_000,
  },
] as const;

const NOTES = {
  agreedServiceUnaffected: 'Done on a Saturday; no agent left the desk / 周六进行,不占用值班人员',
  fitsNeed: 'Asked for at the monthly review / 月度回顾会上客户提出',
  costAcceptable: 'Within the account’s goodwill budget / 在客户关系维护预算内',
  canExtend: 'Our own fleet runs the same procedure / 与我方内部流程相同,可推广',
} as const;

export async function seedValueAdded(c: SeedContext): Promise<void> {
  for (const [n, s] of SERVICES.entries())
    await c.call('valueAdded.save', {
      record: {
        id: `0a1d5e00-7c3b-4e0f-8d2a-00000000000${n + 1}`,
        customerId: s.customer.id,
        title: s.title,
        deliveredOn: new Date(c.now - s.daysAgo * DAY).toISOString().slice(0, 10),
        costCents: s.cost,
        checks: Object.fromEntries(Object.entries(NOTES).map(([k, note]) => [k, { holds: true, note }])),
      },
    });
}
