// The admin page's strings, English and Simplified Chinese.
import { dictionary } from '../shared/i18n';

const en = {
  title: 'ITR for Jira',
  setup: 'Setup',
  configuration: 'Configuration',
  whatIf: 'What-if',
  history: 'Versions',
  activity: 'Activity',
  sections: 'Administration sections',
  version: 'Version {n} in force',
  templateInForce: 'The default template is in force (nothing activated yet)',
  unsaved: 'Unsaved changes',
  loading: 'Loading…',
  loadFailed: 'The configuration could not be loaded',
  json: 'JSON',
};

const zh: Record<keyof typeof en, string> = {
  title: 'ITR for Jira',
  setup: '设置',
  configuration: '配置',
  whatIf: '变更预演',
  history: '版本',
  activity: '活动',
  sections: '管理分区',
  version: '当前生效:第 {n} 版',
  templateInForce: '当前为默认模板(尚未激活任何配置)',
  unsaved: '有未保存的更改',
  loading: '正在加载…',
  loadFailed: '无法加载配置',
  json: 'JSON',
};

export const useAdminText = dictionary(en, zh);
