// Value-added services' words, English and Simplified Chinese.
import { dictionary } from '../../shared/i18n';

const en = {
  caption: 'Value-added services',
  what: 'titles',
  title: 'Service',
  customer: 'Customer',
  chooseCustomer: 'Choose a customer',
  deliveredOn: 'Delivered on',
  cost: 'Cost',
  costHint: 'In the contract’s currency, e.g. 1200.50',
  checks: 'Seed 003’s four principles (all must hold)',
  agreedServiceUnaffected: 'It does not affect the service the agreement promises',
  fitsNeed: 'It fits a need of the customer',
  costAcceptable: 'Its cost is acceptable',
  canExtend: 'We are able to extend it',
  note: 'Why it holds',
  add: 'Record a value-added service',
  editing: 'Edit “{title}”',
  principles: 'Principles',
  allHold: 'all four hold',
  unknownCustomer: 'unknown customer',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  caption: '增值服务',
  what: '名称',
  title: '服务内容',
  customer: '客户',
  chooseCustomer: '选择客户',
  deliveredOn: '提供日期',
  cost: '投入',
  costHint: '以合同币种计,例如 1200.50',
  checks: '增值服务四项原则(须全部满足)',
  agreedServiceUnaffected: '不影响现有协议约定的服务内容',
  fitsNeed: '贴合客户需要',
  costAcceptable: '投入在可接受的范围内',
  canExtend: '本身有能力对其内容进行引申',
  note: '依据',
  add: '登记增值服务',
  editing: '编辑“{title}”',
  principles: '原则',
  allHold: '四项均满足',
  unknownCustomer: '未知客户',
};

export const useValueAddedText = dictionary(en, zh);
