// Contracts' words, English and Simplified Chinese.
import { dictionary } from '../../shared/i18n';

const en = {
  caption: 'Contracts',
  what: 'titles',
  title: 'Contract',
  customer: 'Customer',
  chooseCustomer: 'Choose a customer',
  policy: 'SLA policy bought',
  policyHint: 'A policy id of the configuration in force',
  starts: 'Starts',
  ends: 'Ends',
  value: 'Value',
  valueHint: 'e.g. 1200000.00; empty when not disclosed',
  remindDays: 'Remind before it ends (days)',
  remindHint: 'The account manager gets a renewal issue this many days before it ends',
  reminded: 'Renewal reminder',
  remindedOn: 'raised {date}',
  notYet: 'not yet',
  add: 'Add a contract',
  editing: 'Edit “{title}”',
  unknownCustomer: 'unknown customer',
  none: '—',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  caption: '合同',
  what: '名称',
  title: '合同',
  customer: '客户',
  chooseCustomer: '选择客户',
  policy: '所购 SLA 策略',
  policyHint: '当前生效配置中的策略标识',
  starts: '开始',
  ends: '结束',
  value: '金额',
  valueHint: '例如 1200000.00;不公开可留空',
  remindDays: '到期前提醒(天)',
  remindHint: '到期前这么多天,为客户经理创建续签工单',
  reminded: '续签提醒',
  remindedOn: '已于 {date} 提醒',
  notYet: '尚未提醒',
  add: '新增合同',
  editing: '编辑“{title}”',
  unknownCustomer: '未知客户',
  none: '—',
};

export const useContractsText = dictionary(en, zh);
