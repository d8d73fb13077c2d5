// The report issue's description: Atlassian Document Format with bilingual headings and one table per
// section of seed 003's monthly report (SLA, OLA, incidents and problems, satisfaction, complaints and
// praise), then the improvement plan's starting points for the manager to edit.

import type { ReportFigures } from '../../domain/reports/figures';
import type { LocalText } from '../../domain/text';

type Inline = { type: 'text'; text: string; marks?: Array<{ type: 'strong' }> };
type Block = Record<string, unknown>;

const both = (t: LocalText) => `${t.en} · ${t.zh}`;
const text = (s: string, strong = false): Inline => ({
  type: 'text',
  text: s,
  ...(strong ? { marks: [{ type: 'strong' }] } : {}),
});
const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const heading = (level: 2 | 3, t: LocalText): Block => ({
  type: 'heading',
  attrs: { level },
  content: [text(both(t))],
});
const cell = (type: 'tableHeader' | 'tableCell', s: string): Block => ({
  type,
  attrs: {},
  content: [paragraph(text(s))],
});

function table(head: readonly LocalText[], body: ReadonlyArray<ReadonlyArray<string | number>>): Block {
  return {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: [
      { type: 'tableRow', content: head.map((h) => cell('tableHeader', both(h))) },
      ...body.map((r) => ({ type: 'tableRow', content: r.map((v) => cell('tableCell', String(v))) })),
    ],
  };
}

const T = (en: string, zh: string): LocalText => ({ en, zh });
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export interface ReportDocInput {
  readonly customer: string;
  readonly month: string;
  readonly dueOn: string;
  readonly reviewDueOn: string;
  readonly figures: ReportFigures;
  /** Names of goals and tiers from the configuration in force (an id stands for itself when it has none). */
  readonly goalName: (id: string) => LocalText;
  readonly tierName: (id: string) => LocalText;
}

export function reportDoc(x: ReportDocInput): { type: 'doc'; version: 1; content: Block[] } {
  const f = x.figures;
  const none = (t: LocalText) => paragraph(text(both(t)));
  const plan = [
    ...f.improvement.breachedGoals.map((g) => {
      const n = x.goalName(g.goal);
      return `${n.en}: ${g.breached} breached cycle(s) · ${n.zh}：${g.breached} 个周期超时`;
    }),
    ...f.improvement.repeatedProblems.map((k) => {
      const n = f.problems.find((p) => p.key === k)?.incidents ?? 0;
      return `Problem ${k} behind ${n} issues · 问题 ${k} 关联 ${n} 个工单`;
    }),
  ];
  return {
    type: 'doc',
    version: 1,
    content: [
      heading(2, T(`Monthly service report: ${x.customer}, ${x.month}`, `月度服务报告：${x.customer}，${x.month}`)),
      paragraph(text('Submit by · 提交截止: ', true), text(`${x.dueOn} (5th working day · 第 5 个工作日)`)),
      paragraph(
        text('Review meeting by · 评审会议截止: ', true),
        text(`${x.reviewDueOn} (10th working day · 第 10 个工作日)`),
      ),
      heading(3, T('1. SLA results', '1. SLA 达成情况')),
      f.sla.length === 0
        ? none(T('No SLA cycle completed this month.', '本月没有完成的 SLA 周期。'))
        : table(
            [T('Goal', '目标'), T('Met', '达标'), T('Breached', '超时'), T('Rate met', '达成率')],
            f.sla.map((g) => [both(x.goalName(g.goal)), g.met, g.breached, percent(g.rate)]),
          ),
      heading(3, T('2. OLA by support tier', '2. 各支持层级 OLA')),
      f.ola.length === 0
        ? none(T('No support tier held an issue received this month.', '本月受理的工单没有经过支持层级。'))
        : table(
            [
              T('Tier', '层级'),
              T('On time', '按时'),
              T('Late', '超时'),
              T('Still open', '处理中'),
              T('On-time rate', '按时率'),
            ],
            f.ola.map((o) => [both(x.tierName(o.tier)), o.onTime, o.late, o.open, percent(o.rate)]),
          ),
      heading(3, T('3. Incidents and problems', '3. 事件与问题')),
      table(
        [T('Issues received', '受理工单'), T('Incidents', '事件'), T('Closed', '已关闭'), T('Closure rate', '结单率')],
        [[f.issues.received, f.issues.incidents, f.issues.closed, percent(f.issues.closureRate)]],
      ),
      f.problems.length === 0
        ? none(T('No issue of this month is linked to a problem.', '本月工单没有关联问题。'))
        : table(
            [T('Problem', '问题'), T('Linked issues', '关联工单'), T('Status', '状态')],
            f.problems.map((p) => [
              p.key,
              p.incidents,
              p.closed ? both(T('Closed', '已关闭')) : both(T('Open', '处理中')),
            ]),
          ),
      heading(3, T('4. Satisfaction', '4. 满意度')),
      table(
        [
          T('Surveys answered', '回复问卷'),
          T('Average (1–5)', '平均分（1–5）'),
          ...[1, 2, 3, 4, 5].map((s) => T(`Score ${s}`, `${s} 分`)),
        ],
        [
          [
            f.satisfaction.answered,
            f.satisfaction.average === null ? '—' : f.satisfaction.average.toFixed(2),
            ...f.satisfaction.distribution,
          ],
        ],
      ),
      heading(3, T('5. Complaints and praise', '5. 投诉与表扬')),
      table(
        [T('Complaints through the customer', '客户投诉'), T('Complaints from users', '用户投诉'), T('Praise', '表扬')],
        [[f.complaints.customer, f.complaints.user, f.praise]],
      ),
      heading(3, T('6. Improvement plan', '6. 改进计划')),
      plan.length === 0
        ? none(
            T(
              'No breached goal or repeated problem: note what to improve here.',
              '没有超时目标或重复问题：请在此记录改进事项。',
            ),
          )
        : paragraph(text(both(T('Starting points (edit them into the plan):', '改进起点（请据此编写计划）：')))),
      ...(plan.length === 0
        ? []
        : [
            {
              type: 'bulletList',
              content: plan.map((p) => ({ type: 'listItem', content: [paragraph(text(p))] })),
            },
          ]),
    ],
  };
}
