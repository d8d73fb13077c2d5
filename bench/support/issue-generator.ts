// Deterministic generator of realistic issues for the rules-engine benchmark: ~20 events each (status
// changes, comments, tier moves, complaints, escalation requests, root causes).

import type { FieldChange, FieldValue, IssueInput, TimelineEvent } from '../../src/domain/issue';
import { prng } from './measure';

const MIN = 60_000;

const random = prng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const statuses = [
  'In Progress',
  'Waiting for customer',
  'In Progress',
  'Pending',
  'Escalated',
  'In Progress',
  'Resolved',
];
const summaries = [
  'ERP 报表无法导出',
  'Printer on floor 3 is broken',
  '如何修改密码',
  'Order screen crashes after update',
  '定期维保 2026 Q1',
  '新需求:订单导出',
  'Invoice copy',
];
const impacts = ['Extensive / Widespread', 'Significant / Large', 'Moderate / Limited', 'Minor / Localized'];
const urgencies = ['Critical', 'High', 'Medium', 'Low'];

export function generate(i: number): { issue: IssueInput; timeline: TimelineEvent[]; now: number } {
  const created = Date.UTC(2026, 0, 5) + Math.floor(random() * 300 * 86_400_000);
  const initial: Record<string, FieldValue> = {
    status: 'Open',
    assignee: null,
    'Support tier': 'L1',
    'Root cause': null,
    resolution: null,
  };
  const cur = { ...initial };
  const timeline: TimelineEvent[] = [];
  let t = created;
  const n = 14 + Math.floor(random() * 13); // 14–26, ~20 on average
  const set = (values: Record<string, FieldValue>) => {
    const changes: FieldChange[] = Object.entries(values).map(([field, to]) => {
      const c = { field, from: cur[field] ?? null, to };
      cur[field] = to;
      return c;
    });
    timeline.push({ at: t, type: 'changed', changes });
  };
  for (let k = 0; k < n; k++) {
    t += (5 + Math.floor(random() * 600)) * MIN;
    const r = random();
    if (r < 0.4) set({ status: pick(statuses) });
    else if (r < 0.6)
      timeline.push({
        at: t,
        type: 'commented',
        author: random() < 0.6 ? 'agent-1' : 'user-1',
        public: random() < 0.8,
      });
    else if (r < 0.75)
      set({ 'Support tier': pick(['L1', 'L2', 'L3']), assignee: pick(['agent-1', 'agent-2', 'agent-3']) });
    else if (r < 0.85) set({ assignee: pick(['agent-1', 'agent-2', 'agent-3']) });
    else if (r < 0.9) set({ 'Root cause': pick(['Product defect', 'Spare part failure', 'User misuse']) });
    else if (r < 0.95)
      timeline.push({ at: t, type: 'complaint', by: 'user-1', via: random() < 0.3 ? 'customer' : 'user' });
    else timeline.push({ at: t, type: 'escalationRequested', by: 'agent-1', reason: 'expert needed' });
  }
  const issue: IssueInput = {
    id: String(i),
    key: `SUP-${i}`,
    project: 'SUP',
    issueType: random() < 0.8 ? 'Incident' : 'Service request',
    created,
    fields: {
      status: cur.status as string,
      priority: 'Medium',
      assignee: cur.assignee as string | null,
      reporter: 'user-1',
      resolution: null,
      summary: pick(summaries),
      description: 'Reported by phone. 用户反馈:操作时系统提示错误,需要尽快处理。',
      labels: [],
      components: [pick(['ERP', 'Email', 'Printer', 'Business app'])],
      custom: {
        Impact: pick(impacts),
        Urgency: pick(urgencies),
        'Support tier': cur['Support tier']!,
        'Root cause': cur['Root cause']!,
        Supplier: 'Acme',
      },
    },
  };
  return { issue, timeline, now: t + Math.floor(random() * 3 * 86_400_000) };
}
