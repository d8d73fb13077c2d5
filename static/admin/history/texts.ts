// The versions section's strings, English and Simplified Chinese.
import { dictionary } from '../../shared/i18n';

const en = {
  none: 'Nothing activated yet: the default template is in force.',
  list: 'Configuration versions',
  version: 'Version',
  when: 'Activated',
  who: 'By',
  template: 'the default template',
  inForce: 'in force',
  compare: 'Compare versions',
  from: 'From',
  to: 'to',
  loading: 'Loading both versions…',
  failed: 'A version could not be loaded: {message}',
  same: 'No differences.',
  changes: '{n} changes',
  path: 'Where',
  change: 'Change',
  values: 'Before → after',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  one: 'Only one version so far: activate another to compare.',
};

const zh: Record<keyof typeof en, string> = {
  none: '尚未激活任何配置:当前为默认模板。',
  list: '配置版本',
  version: '版本',
  when: '激活时间',
  who: '激活人',
  template: '默认模板',
  inForce: '当前生效',
  compare: '比较版本',
  from: '从',
  to: '到',
  loading: '正在加载两个版本…',
  failed: '无法加载版本:{message}',
  same: '没有差异。',
  changes: '{n} 处变更',
  path: '位置',
  change: '变更',
  values: '变更前 → 变更后',
  added: '新增',
  removed: '删除',
  changed: '修改',
  one: '目前只有一个版本:再激活一个版本即可比较。',
};

export const useHistoryText = dictionary(en, zh);
