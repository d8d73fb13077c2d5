// Every string the surfaces show, in English and Simplified Chinese; the viewer's Jira locale picks one.
import { createContext, useContext } from 'react';
import type { LocalText } from '@contract/panel';

const en = {
  loading: 'Loading ITR…',
  inactive: 'ITR is not active here',
  inactiveBody: 'A Jira admin chooses the projects ITR manages; this issue is not among them.',
  error: 'ITR could not load',
  serviceType: 'Service type',
  rule: 'Matched rule: {id}',
  grade: 'Grade',
  requester: 'Raised by',
  customer: 'a customer (signs the contract)',
  user: 'a user (receives the service)',
  service: 'Service',
  tier: 'Support tier',
  none: 'none',
  goals: 'SLA',
  left: '{d} left',
  overdue: '{d} overdue',
  deadline: 'Due {t}',
  pausedStatus: 'Paused: waiting (the issue is in a pausing status)',
  earlier: 'Earlier cycles ({n})',
  cycle: '{from} – {to}: {used} of {target}',
  running: 'running',
  paused: 'paused',
  atRisk: 'at risk',
  breached: 'breached',
  met: 'met',
  ola: 'OLA by tier',
  holding: 'holds the issue',
  escalations: 'Escalations done',
  noEscalations: 'None yet',
  threshold: '{goal}: {percent}% of the target used',
  tierTimeout: '{tier}: OLA timeout',
  tierRequest: 'Escalated to the next tier on request',
  complaint: 'Complaint',
  responsibility: 'Quality responsibility',
  undecided: 'Decided when the issue is resolved',
  links: 'Linked issues',
  problem: 'Problem',
  ltc: 'Sales (LTC)',
  ipd: 'R&D (IPD)',
  emergencyPlan: 'Emergency plan',
  actions: 'Actions',
  reason: 'Why does it need the next tier?',
  escalate: 'Escalate a tier',
  survey: 'Request a survey',
  done: 'Done.',
  needEdit: 'You need the Edit issues permission on this issue to act on it.',
  worst: 'Worst SLA clock',
  pausedHours: 'Not counting now: outside working hours (evening, weekend or break)',
  pausedHoliday: 'Not counting now: a public holiday',
  timeline: 'Why this deadline: the clock’s timeline',
  timelineLoading: 'Loading the timeline…',
  timelineCycle: 'Cycle {from} – {to}',
  timelineRunning: 'running',
  counting: 'counting',
  pausedSegment: 'paused by a waiting status',
  closed: 'outside working hours',
  holiday: 'public holiday',
  ahead: 'expected',
  segment: '{from} – {to}: {kind}, {d}',
  omitted: '{n} earlier parts not shown',
  escalatedAt: '{what} · {t}',
  override: 'Override the responsibility verdict',
  party: 'Party held responsible',
  choose: 'Choose a party',
  supplierName: 'Supplier',
  overrideReason: 'Why override the verdict?',
  overrideSubmit: 'Override',
  tierUsed: '{used} used of {target}',
  tierTimeoutAt: 'Times out {t}',
  noGoals: 'No SLA goal applies to this issue.',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  loading: '正在加载 ITR…',
  inactive: 'ITR 未在此处启用',
  inactiveBody: 'Jira 管理员选择 ITR 管理的项目;此事项不在其中。',
  error: 'ITR 加载失败',
  serviceType: '服务类型',
  rule: '匹配规则:{id}',
  grade: '级别',
  requester: '提出人',
  customer: '客户(签约方)',
  user: '用户(服务对象)',
  service: '服务',
  tier: '支持层级',
  none: '无',
  goals: 'SLA',
  left: '剩余 {d}',
  overdue: '已超时 {d}',
  deadline: '截止 {t}',
  pausedStatus: '已暂停:等待中(事项处于暂停状态)',
  earlier: '以往周期({n})',
  cycle: '{from} – {to}:用时 {used} / 目标 {target}',
  running: '计时中',
  paused: '已暂停',
  atRisk: '有风险',
  breached: '已违约',
  met: '已达成',
  ola: '各层级 OLA',
  holding: '当前处理',
  escalations: '已执行的升级',
  noEscalations: '暂无',
  threshold: '{goal}:已用目标时间的 {percent}%',
  tierTimeout: '{tier}:OLA 超时',
  tierRequest: '应请求升级到下一层级',
  complaint: '投诉',
  responsibility: '质量责任',
  undecided: '事项解决时判定',
  links: '关联事项',
  problem: '问题',
  ltc: '销售(LTC)',
  ipd: '研发(IPD)',
  emergencyPlan: '应急预案',
  actions: '操作',
  reason: '为何需要升级到下一层级?',
  escalate: '升级一个层级',
  survey: '发起满意度回访',
  done: '已完成。',
  needEdit: '您需要此事项的“编辑事项”权限才能操作。',
  worst: '最紧急的 SLA 时钟',
  pausedHours: '当前不计时:非工作时间(夜间、周末或休息时段)',
  pausedHoliday: '当前不计时:法定节假日',
  timeline: '为何是这个截止时间:时钟时间线',
  timelineLoading: '正在加载时间线…',
  timelineCycle: '周期 {from} – {to}',
  timelineRunning: '进行中',
  counting: '计时',
  pausedSegment: '因等待状态暂停',
  closed: '非工作时间',
  holiday: '法定节假日',
  ahead: '预计',
  segment: '{from} – {to}:{kind},{d}',
  omitted: '更早的 {n} 段未显示',
  escalatedAt: '{what} · {t}',
  override: '更正质量责任判定',
  party: '责任方',
  choose: '选择责任方',
  supplierName: '供应商',
  overrideReason: '为何更正该判定?',
  overrideSubmit: '更正',
  tierUsed: '已用 {used} / 目标 {target}',
  tierTimeoutAt: '超时时间 {t}',
  noGoals: '此事项不适用任何 SLA 目标。',
};

export type Lang = 'en' | 'zh';
export const langOf = (locale: string): Lang => (locale.toLowerCase().startsWith('zh') ? 'zh' : 'en');

export interface Text {
  readonly lang: Lang;
  readonly locale: string;
  readonly zone: string;
  (key: Key, values?: Readonly<Record<string, string | number>>): string;
  local(text: LocalText | null): string;
}

export function texts(locale: string, zone: string): Text {
  const lang = langOf(locale);
  const table = lang === 'zh' ? zh : en;
  const t = (key: Key, values: Readonly<Record<string, string | number>> = {}) =>
    table[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  return Object.assign(t, { lang, locale, zone, local: (x: LocalText | null) => (x ? x[lang] : table.none) });
}

export const TextContext = createContext<Text>(texts('en', 'UTC'));
export const useText = (): Text => useContext(TextContext);

/** A surface's own strings (both languages, same keys), read in the viewer's language: `const t = useAdminText()`. */
export function dictionary<K extends string>(
  english: Readonly<Record<K, string>>,
  chinese: Readonly<Record<K, string>>,
): () => (key: K, values?: Readonly<Record<string, string | number>>) => string {
  return () => {
    const table = useText().lang === 'zh' ? chinese : english;
    return (key, values = {}) => table[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  };
}
