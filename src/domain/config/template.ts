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
  // A notification none of whose recipients Jira would accept (nobody assigned, no service) reaches them.
  notifyFallback: 'service-managers',
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
    // First match wins, so the order carries the judgement: a wish for something new outranks the fault or
    // paperwork it mentions; scheduled work outranks the devices it inspects; paperwork outranks the
    // maintenance it is about; a how-to outranks the device it names; a device outranks the error it shows;
    // an error outranks the account it concerns. Patterns see lower-cased text, either kind of punctuation.
    rules: [
      {
        id: 'requirement-by-type',
        when: { issueTypes: ['New Feature', 'Improvement', 'Story'] },
        serviceType: 'newRequirement',
      },
      {
        id: 'requirement-by-words',
        when: {
          keywords: [
            '需求',
            '建议',
            '定制',
            'new requirement',
            'feature request',
            'feature req',
            'new feature',
            'enhancement',
            'change request',
            'suggestion',
            'would be great',
            'would be nice',
          ],
          patterns: [
            // 希望 asks for something, unless it urges a fix (希望尽快解决)
            { regex: '希望(?!.{0,3}(尽快|马上|今天|早|及时|处理|解决|修复|恢复))' },
            { regex: String.raw`(能否|能不能|可否|可不可以|是否可以)\s*(支持|support|加|增加|新增|add)` },
            {
              regex:
                '(增加|新增|添加|加个|加一个)[^,，。;；\\n]{0,12}(功能|字段|按钮|报表|提醒|筛选|界面|节点|评分|接口|门户|模块|页面|api|选项)',
            },
            // 对接人 is a contact person, 开发票 is invoicing
            { regex: '对接(?!人)|开发(?!票)|不用(每次)?手工|(需要|要求)(支持|改成|改为)' },
            { regex: '(一个|一套)新的?[^,，。\\n]{0,8}(系统|模块|门户|报表|接口|功能|页面)' },
            {
              regex: String.raw`\badd\b[^.,;\n]{0,30}\b(button|field|column|support|notification|option|feature|report|filter|export|scanning|sso|integration|tab|dashboard|api)`,
            },
            {
              regex: String.raw`(^|\ban? )new (module|report|field|interface|feature|button|dashboard|page|workflow|api)\b`,
            },
            {
              regex: String.raw`\b(can|could|does|will) (the system|it|we|you) support\b|^support\b|\bintegrat(e|ion) with\b|\bautomate\b|\bbuild an?\b|\b(we'd|we would) like (an?|to have)\b`,
            },
          ],
        },
        serviceType: 'newRequirement',
      },
      {
        id: 'maintenance',
        when: {
          keywords: [
            '定期维保',
            '定期',
            '巡检',
            '寻检',
            '例行',
            '演练',
            '健康检查',
            'periodic maintenance',
            'preventive',
            'preventative',
            'periodic',
            'routine',
            'health check',
            'inspection',
            'maintenance window',
            'scheduled maintenance',
            'drill',
          ],
          patterns: [{ regex: String.raw`\bpm (visit|check|service)\b` }],
        },
        serviceType: 'periodicMaintenance',
      },
      {
        // a failing module is software even when named for paperwork (发票模块, invoice module)
        id: 'software-bug',
        when: {
          keywords: ['bug'],
          patterns: [{ regex: '(?<!电源|光)(模块|module)[^。\\n]{0,12}(报错|失败|错误|异常|error|fail|wrong)' }],
        },
        serviceType: 'softwareFault',
      },
      {
        id: 'non-technical',
        when: {
          keywords: [
            '发票',
            '开票',
            '合同',
            '报价',
            '培训',
            '盖章',
            '对账',
            '付款',
            '费用',
            '续费',
            '续签',
            '验收',
            '签字',
            '资质',
            '材料',
            '联系人',
            '对接人',
            '拜访',
            '回访',
            '满意度',
            '投诉',
            '表扬',
            '感谢',
            '值班',
            '增值服务',
            '服务报告',
            '送货单',
            'invoice',
            'contract',
            'quotation',
            'quote',
            'training',
            'payment',
            'billing',
            'complaint',
            'agreement',
            'licence',
            'business license',
            'meeting with',
            'on-call',
            'service report',
            'thank',
            'access badge',
          ],
          patterns: [
            { regex: '会议(?!室|系统|平台|软件)|^(purchase|采购)' },
            { regex: '(订|预约|预定|book)[^,，。\\n]{0,8}(会议室|meeting room|room)' },
          ],
        },
        serviceType: 'nonTechnical',
      },
      {
        id: 'maintenance-by-period',
        when: {
          keywords: ['维保', '保养', '年检', '定检', 'maintenance'],
          patterns: [
            {
              regex:
                '(每周|每月|每季|每年|季度|月度|年度|半年|周期)[^\\n]{0,24}(检查|检测|巡检|复核|扫描|清理|备份|更新|重启|升级|维护)',
            },
            {
              regex: String.raw`\b(weekly|monthly|quarterly|annual|yearly|semi-annual)\b[^\n]{0,24}\b(check|scan|patch|review|reboot|update|service)`,
            },
          ],
        },
        serviceType: 'periodicMaintenance',
      },
      {
        // how-to questions and installations name devices without reporting them broken; 怎么又… is a complaint
        id: 'operation',
        when: {
          keywords: [
            '开通',
            '入职',
            'onboarding',
            'new hire',
            'set up',
            'setup',
            'admin rights',
            'how to',
            'how do i',
            'how can i',
            'where can i',
          ],
          patterns: [
            { regex: '(怎么|如何|怎样)(?!又|回事|了|还|老是|总是|一直|突然|这么|那么)' },
            { regex: '(安装|装一下|install)(?![^,，。\\n]{0,6}(失败|报错|出错|不了|fail|error))' },
          ],
        },
        serviceType: 'softwareOperation',
      },
      {
        id: 'hardware',
        when: {
          keywords: [
            '硬件',
            '打印机',
            '服务器',
            '硬盘',
            '磁盘',
            '交换机',
            '路由器',
            '电源',
            '备件',
            '笔记本',
            '电脑',
            '台式机',
            '主机',
            '显示器',
            '屏幕',
            '键盘',
            '鼠标',
            '内存条',
            '主板',
            '风扇',
            '电池',
            '投影',
            '扫描仪',
            '考勤机',
            '读卡器',
            '摄像头',
            '网口',
            '光模块',
            '适配器',
            '机柜',
            '阵列',
            '硒鼓',
            '墨盒',
            '卡纸',
            '蓝屏',
            '冒烟',
            '跳闸',
            '进水',
            'hardware',
            'printer',
            'server',
            'disk',
            'switch',
            'power supply',
            'spare part',
            'laptop',
            'keyboard',
            'mouse',
            'battery',
            'projector',
            'scanner',
            'badge reader',
            'card reader',
            'router',
            'docking',
            'adapter',
            'tape',
          ],
          patterns: [
            {
              regex: String.raw`\b(ups|pdu|psu|nas|hdd|ssd|pc|pos|ap|raid|fans?|monitors?|rack|jam\w*)\b`,
            },
            // a phone as a device, not as the channel the issue came by ("reported by phone", 电话反馈)
            { regex: String.raw`\b(desk|ip|voip) ?phones?\b|ip\s*电话|座机|电话机` },
          ],
        },
        serviceType: 'hardwareFault',
      },
      {
        id: 'software-fault',
        when: {
          keywords: [
            '报错',
            '报措',
            '错误',
            '失败',
            '异常',
            '闪退',
            '崩溃',
            '白屏',
            '卡住',
            '卡死',
            '无法',
            '不能',
            '打不开',
            '不好用',
            '乱码',
            '损坏',
            '转圈',
            '慢',
            '延迟',
            '超时',
            '不一致',
            '不对',
            '对不上',
            '没变',
            '挂了',
            '没有执行',
            '收不到',
            '发不出',
            '连不上',
            '没反应',
            'error',
            'fail',
            'crash',
            'blank page',
            'stuck',
            'cannot',
            "can't",
            "won't",
            "doesn't",
            'does not',
            "didn't",
            'not working',
            'broken',
            'slow',
            'garbled',
            'corrupt',
            'timeout',
            'timed out',
            'delay',
            'wrong',
            'exception',
            'redirect loop',
          ],
          patterns: [{ regex: String.raw`\bkeeps? \w+ing\b|\b(401|403|404|500|502|503|504)\b` }],
        },
        serviceType: 'softwareFault',
      },
      {
        id: 'account-and-access',
        when: {
          keywords: [
            '密码',
            '账号',
            '帐号',
            '权限',
            '重置',
            '解锁',
            'password',
            'account',
            'access',
            'permission',
            'reset',
            'unlock',
          ],
        },
        serviceType: 'softwareOperation',
      },
      { id: 'software-fault-by-type', when: { issueTypes: ['Incident', 'Bug'] }, serviceType: 'softwareFault' },
    ],
    fallback: 'softwareOperation',
  },
  customers: {
    field: 'Customer',
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
      // Through the customer: first handling within 4 business hours; from a user: within a business day.
      handling: { customer: 240, user: 450 },
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
