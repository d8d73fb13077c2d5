// The activation bar's strings, English and Simplified Chinese.
import { dictionary } from '../../shared/i18n';

const en = {
  bar: 'Check and activate',
  check: 'Check',
  checking: 'Checking…',
  activate: 'Activate as version {n}',
  activating: 'Activating…',
  checked: 'Checked: {blocking} blocking, {warnings} warnings. Each is shown at its field.',
  clean: 'Checked: the site has everything this configuration names.',
  refused: 'Not activated',
  refusedBlocked: 'The site lacks what this configuration names ({n} blocking). Each finding is shown at its field.',
  refusedInvalid: 'The configuration is not valid ({n} problems). Each is shown at its field.',
  busy: 'Someone activated a version meanwhile: reload the page and try again.',
  activated: 'Version {n} is in force. Every open issue in scope is being recalculated.',
  failed: 'The request failed: {message}',
  recalc: 'Recalculation',
  recalcRunning: 'Recalculating open issues: {processed} of {total}',
  recalcRunningUnknown: 'Recalculating open issues: {processed} so far',
  recalcDone: 'Recalculation finished: {processed} issues under the configuration in force.',
  recalcSuperseded: 'This recalculation was replaced by a newer one.',
};

const zh: Record<keyof typeof en, string> = {
  bar: '检查并激活',
  check: '检查',
  checking: '正在检查…',
  activate: '激活为第 {n} 版',
  activating: '正在激活…',
  checked: '检查完成:{blocking} 个阻止项,{warnings} 个警告,均显示在对应字段旁。',
  clean: '检查完成:站点具备此配置引用的全部内容。',
  refused: '未激活',
  refusedBlocked: '站点缺少此配置引用的内容({n} 个阻止项),均显示在对应字段旁。',
  refusedInvalid: '配置无效({n} 处问题),均显示在对应字段旁。',
  busy: '其他人刚刚激活了一个版本:请重新加载页面后重试。',
  activated: '第 {n} 版已生效,正在重新计算范围内所有未关闭的事项。',
  failed: '请求失败:{message}',
  recalc: '重新计算',
  recalcRunning: '正在重新计算未关闭的事项:{processed} / {total}',
  recalcRunningUnknown: '正在重新计算未关闭的事项:已完成 {processed} 个',
  recalcDone: '重新计算完成:{processed} 个事项已按当前配置计算。',
  recalcSuperseded: '此次重新计算已被更新的一次取代。',
};

export const useActivateText = dictionary(en, zh);
