// The ITR default template: what a new install runs before anyone edits anything. Its vocabulary follows
// the ITR process (service types, grading, SLA/OLA, tiers, incident-to-problem, quality responsibility,
// LTC/IPD routing). Custom fields are named by their Jira field names; the app resolves them to ids.

import { chinaHolidayOverrides } from '../time/cn-holidays';
import type { TimeRange } from '../time/calendar';
import type { ConfigInput } from './schema';

const day: TimeRange[] = [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
];
const weekdays = (d: TimeRange[]) => ({ '1': d, '2': d, '3': d, '4': d, '5': d });
const allWeek = (d: TimeRange[]) => ({ ...weekdays(d), '6': d, '7': d });
const t = (en: string, zh: string) => ({ en, zh });

export const ITR_TEMPLATE: ConfigInput = {
  schema: 1,
  version: 1,
  name: t('ITR default template', 'ITR 默认模板'),
  // Status categories come from Jira, in any workflow and language; names listed here would override them.
  statuses: [],
  calendars: [
    {
      id: 'cn-5x8',
      name: t('5×8 Beijing office hours (official holidays)', '5×8 北京工作时间(含法定节假日与调休)'),
      spec: { timeZone: 'Asia/Shanghai', weekly: weekdays(day), overrides: chinaHolidayOverrides(day) },
    },
    {
      id: 'cn-7x24',
      name: t('7×24', '7×24 小时'),
      spec: { timeZone: 'Asia/Shanghai', weekly: allWeek([['00:00', '24:00']]) },
    },
    {
      id: 'erp-peak',
      name: t('ERP critical business hours', 'ERP 关键业务时间'),
      spec: {
        timeZone: 'Asia/Shanghai',
        weekly: weekdays([
          ['09:00', '11:30'],
          ['14:00', '17:00'],
        ]),
        overrides: chinaHolidayOverrides([
          ['09:00', '11:30'],
          ['14:00', '17:00'],
        ]),
      },
    },
  ],
  defaultCalendar: 'cn-5x8',
  services: [
    {
      id: 'erp',
      name: t('ERP', 'ERP 系统'),
      owner: 'erp-service-owners',
      calendar: 'cn-5x8',
      components: ['ERP', 'SAP', 'Finance system', '财务系统'],
      criticalWindows: [{ name: t('ERP business peak', 'ERP 业务高峰'), calendar: 'erp-peak' }],
    },
    {
      id: 'email',
      name: t('Email', '邮件服务'),
      owner: 'messaging-owners',
      calendar: 'cn-7x24',
      components: ['Email', 'Exchange', '邮件'],
    },
    {
      id: 'workplace',
      name: t('Office network and desktops', '办公网络与终端'),
      owner: 'workplace-owners',
      calendar: 'cn-5x8',
      components: ['Network', 'Desktop', 'Printer', '网络', '终端', '打印机'],
    },
    {
      id: 'business-app',
      name: t('Core business application', '核心业务系统'),
      owner: 'app-owners',
      calendar: 'cn-5x8',
      components: ['Business app', '业务系统'],
    },
  ],
  serviceTypes: [
    { id: 'hardwareFault', name: t('Hardware fault repair', '硬件产品故障修复'), kind: 'incident' },
    { id: 'periodicMaintenance', name: t('Periodic maintenance', '定期维保'), kind: 'request' },
    { id: 'softwareFault', name: t('Software fault repair', '软件产品故障修复'), kind: 'incident' },
    { id: 'softwareOperation', name: t('Software operation request', '软件产品操作服务请求'), kind: 'request' },
    { id: 'nonTechnical', name: t('Non-technical request', '非技术的服务请求'), kind: 'request' },
    { id: 'newRequirement', name: t('New requirement', '新的需求'), kind: 'requirement' },
  ],
  classification: {
    rules: [
      {
        id: 'requirement-by-type',
        when: { issueTypes: ['New Feature', 'Improvement', 'Story'] },
        serviceType: 'newRequirement',
      },
      {
        id: 'requirement-by-words',
        when: { keywords: ['新需求', '新增功能', '需求', 'new requirement', 'feature request'] },
        serviceType: 'newRequirement',
      },
      {
        id: 'maintenance',
        when: {
          keywords: ['定期维保', '巡检', '维保', 'periodic maintenance', 'preventive maintenance', 'inspection'],
        },
        serviceType: 'periodicMaintenance',
      },
      {
        id: 'hardware',
        when: {
          keywords: [
            '硬件',
            '服务器',
            '硬盘',
            '打印机',
            '交换机',
            '电源',
            '备件',
            'hardware',
            'server',
            'disk',
            'printer',
            'switch',
            'power supply',
            'spare part',
          ],
        },
        serviceType: 'hardwareFault',
      },
      {
        id: 'non-technical',
        when: { keywords: ['发票', '合同', '培训', '报价', 'invoice', 'contract', 'training', 'quotation'] },
        serviceType: 'nonTechnical',
      },
      {
        id: 'operation',
        when: {
          keywords: [
            '如何',
            '怎么',
            '怎样',
            '操作',
            '权限',
            '密码',
            'how to',
            'how do i',
            'password',
            'access',
            'permission',
          ],
        },
        serviceType: 'softwareOperation',
      },
      { id: 'software-fault', when: { issueTypes: ['Incident', 'Bug'] }, serviceType: 'softwareFault' },
    ],
    fallback: 'softwareOperation',
  },
  customers: {
    field: 'Customer',
    list: [],
    tiers: [
      { id: 'strategic', name: t('Strategic customer', '战略客户'), gradeUplift: 1 },
      { id: 'standard', name: t('Standard customer', '普通客户'), gradeUplift: 0 },
    ],
  },
  grading: {
    grades: [
      { id: 'P1', name: t('P1 Critical', 'P1 紧急'), jiraPriority: 'Highest' },
      { id: 'P2', name: t('P2 High', 'P2 高'), jiraPriority: 'High' },
      { id: 'P3', name: t('P3 Medium', 'P3 中'), jiraPriority: 'Medium' },
      { id: 'P4', name: t('P4 Low', 'P4 低'), jiraPriority: 'Low' },
    ],
    impact: {
      field: 'Impact',
      levels: [
        {
          id: 'extensive',
          name: t('Extensive / widespread', '全面/大范围'),
          values: ['Extensive / Widespread', '全面', '大范围'],
        },
        {
          id: 'significant',
          name: t('Significant / large', '重大'),
          values: ['Significant / Large', '重大', '多个部门'],
        },
        { id: 'moderate', name: t('Moderate / limited', '中等/有限'), values: ['Moderate / Limited', '中等', '有限'] },
        { id: 'minor', name: t('Minor / localized', '轻微/个人'), values: ['Minor / Localized', '轻微', '个人'] },
      ],
      default: 'moderate',
    },
    urgency: {
      field: 'Urgency',
      levels: [
        { id: 'critical', name: t('Critical', '紧急'), values: ['Critical', '紧急'] },
        { id: 'high', name: t('High', '高'), values: ['High', '高'] },
        { id: 'medium', name: t('Medium', '中'), values: ['Medium', '中'] },
        { id: 'low', name: t('Low', '低'), values: ['Low', '低'] },
      ],
      default: 'medium',
    },
    matrix: {
      extensive: { critical: 'P1', high: 'P1', medium: 'P2', low: 'P3' },
      significant: { critical: 'P1', high: 'P2', medium: 'P3', low: 'P3' },
      moderate: { critical: 'P2', high: 'P3', medium: 'P3', low: 'P4' },
      minor: { critical: 'P3', high: 'P3', medium: 'P4', low: 'P4' },
    },
    criticalWindowUplift: 1,
  },
  sla: {
    riskShare: 0.75,
    goals: [
      {
        id: 'firstResponse',
        name: t('Time to first response', '首次响应时间'),
        start: [{ on: 'created' }],
        stop: [
          { on: 'commented', by: 'agent', public: true },
          { on: 'statusEntered', categories: ['done'] },
        ],
      },
      {
        id: 'resolution',
        name: t('Time to resolution', '解决时间'),
        start: [{ on: 'created' }, { on: 'statusEntered', categories: ['new', 'indeterminate'] }],
        stop: [{ on: 'statusEntered', categories: ['done'] }],
        pause: [{ statuses: ['Waiting for customer', 'Pending'] }],
      },
    ],
    policies: [
      { id: 'p1', when: { grades: ['P1'] }, calendar: 'cn-7x24', targets: { firstResponse: 15, resolution: 240 } },
      { id: 'p2', when: { grades: ['P2'] }, targets: { firstResponse: 30, resolution: 480 } },
      {
        id: 'requirement',
        when: { serviceTypes: ['newRequirement'] },
        targets: { firstResponse: 480, resolution: 4500 },
      },
      {
        id: 'maintenance',
        when: { serviceTypes: ['periodicMaintenance'] },
        targets: { firstResponse: 240, resolution: 2250 },
      },
      { id: 'p3', when: { grades: ['P3'] }, targets: { firstResponse: 120, resolution: 1350 } },
      { id: 'p4', when: {}, targets: { firstResponse: 240, resolution: 2250 } },
    ],
  },
  ola: {
    goal: 'resolution',
    source: { field: 'Support tier' },
    tiers: [
      {
        id: 'L1',
        name: t('L1 service desk', '一线服务台'),
        values: ['L1', '一线'],
        calendar: 'cn-5x8',
        targetMinutes: 120,
        next: 'L2',
        reassignTo: { fieldValue: 'L1' },
      },
      {
        id: 'L2',
        name: t('L2 technical support', '二线技术支持'),
        values: ['L2', '二线'],
        calendar: 'cn-5x8',
        targetMinutes: 480,
        next: 'L3',
        reassignTo: { fieldValue: 'L2' },
      },
      {
        id: 'L3',
        name: t('L3 experts / R&D', '三线专家/研发'),
        values: ['L3', '三线'],
        calendar: 'cn-5x8',
        targetMinutes: 960,
        next: 'supplier',
        reassignTo: { fieldValue: 'L3' },
      },
      {
        id: 'supplier',
        name: t('Supplier (underpinning contract)', '供应商(支持合同)'),
        values: ['Supplier', '供应商'],
        calendar: 'cn-7x24',
        targetMinutes: 1440,
        reassignTo: { fieldValue: 'Supplier' },
      },
    ],
  },
  escalation: {
    thresholds: [
      {
        id: 'sla-thresholds',
        goals: ['firstResponse', 'resolution'],
        when: {},
        at: [
          {
            percent: 50,
            actions: [
              {
                type: 'notify',
                to: ['assignee'],
                text: t('{goal} of {issue} is half used; due {due}.', '{issue} 的{goal}已用去一半,截止 {due}。'),
              },
            ],
          },
          {
            percent: 75,
            actions: [
              {
                type: 'notify',
                to: ['assignee', { group: 'service-managers' }],
                text: t(
                  '{goal} of {issue} is at risk (75 %); due {due}.',
                  '{issue} 的{goal}即将超时(75%),截止 {due}。',
                ),
              },
              { type: 'addLabel', label: 'sla-at-risk' },
            ],
          },
          {
            percent: 100,
            actions: [
              {
                type: 'notify',
                to: ['assignee', 'serviceOwner', { group: 'service-managers' }],
                text: t('{goal} of {issue} is breached.', '{issue} 的{goal}已超时。'),
              },
              {
                type: 'comment',
                internal: true,
                text: t('SLA breached: {goal} (due {due}).', 'SLA 超时:{goal}(截止 {due})。'),
              },
              { type: 'addLabel', label: 'sla-breached' },
            ],
          },
        ],
      },
    ],
    tierTimeout: [
      { type: 'reassignNextTier' },
      {
        type: 'comment',
        internal: true,
        text: t(
          'OLA of {tier} exceeded ({target}); escalated to {next}.',
          '{tier}的 OLA 已超时({target}),已升级至{next}。',
        ),
      },
    ],
    complaints: {
      customer: [
        { type: 'setGrade', grade: { raise: 1 } },
        {
          type: 'notify',
          to: ['serviceOwner', { group: 'service-managers' }],
          text: t('Customer complaint on {issue}: handle with priority.', '{issue} 收到客户投诉,请优先处理。'),
        },
        { type: 'addLabel', label: 'complaint-customer' },
      ],
      user: [
        {
          type: 'notify',
          to: ['assignee', { group: 'team-leads' }],
          text: t('User complaint on {issue}.', '{issue} 收到用户投诉。'),
        },
        { type: 'addLabel', label: 'complaint-user' },
      ],
    },
  },
  problems: [
    {
      id: 'repeat-on-service',
      serviceTypes: ['hardwareFault', 'softwareFault'],
      scope: 'service',
      count: 3,
      windowMinutes: 1440,
      project: 'PRB',
      issueType: 'Problem',
      linkType: 'Problem/Incident',
    },
    {
      id: 'repeat-on-component',
      serviceTypes: ['hardwareFault', 'softwareFault'],
      scope: 'component',
      count: 5,
      windowMinutes: 10080,
      project: 'PRB',
      issueType: 'Problem',
      linkType: 'Problem/Incident',
    },
  ],
  responsibility: {
    rootCauseField: 'Root cause',
    supplierField: 'Supplier',
    parties: [
      { id: 'productDefect', name: t('Product defect', '产品缺陷') },
      { id: 'supplier', name: t('Supplier', '供应商') },
      { id: 'customerMisuse', name: t('Customer misuse', '客户误操作') },
      { id: 'userMisuse', name: t('User misuse', '用户误操作') },
      { id: 'operations', name: t('Operations / process', '运维/流程') },
      { id: 'thirdParty', name: t('Third party', '第三方') },
      { id: 'undetermined', name: t('Undetermined', '待定') },
    ],
    rules: [
      {
        id: 'defect',
        when: { rootCauses: ['Product defect', 'Software bug', '产品缺陷', '软件缺陷'] },
        party: 'productDefect',
      },
      {
        id: 'supplier-part',
        when: { rootCauses: ['Supplier', 'Spare part failure', '供应商', '备件故障'], hasSupplier: true },
        party: 'supplier',
      },
      { id: 'customer-misuse', when: { rootCauses: ['Customer misuse', '客户误操作'] }, party: 'customerMisuse' },
      {
        id: 'user-misuse',
        when: { rootCauses: ['User misuse', 'Training needed', '用户误操作', '需要培训'] },
        party: 'userMisuse',
      },
      {
        id: 'operations',
        when: { rootCauses: ['Operations', 'Process', 'Change', '运维操作', '流程', '变更'] },
        party: 'operations',
      },
      {
        id: 'third-party',
        when: { rootCauses: ['Third party', 'Carrier', 'Power outage', '第三方', '运营商', '停电'] },
        party: 'thirdParty',
      },
      {
        id: 'supplier-linked',
        when: { hasSupplier: true, resolutions: ['Fixed', 'Done', '已修复'] },
        party: 'supplier',
      },
    ],
  },
  routing: {
    ltc: {
      project: 'SALES',
      issueType: 'Opportunity',
      linkType: 'Relates',
      serviceTypes: ['newRequirement'],
      labels: ['spare-part', '备件'],
    },
    ipd: { project: 'RD', issueType: 'Bug', linkType: 'Relates', parties: ['productDefect'] },
  },
};
