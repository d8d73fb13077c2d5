// What every gadget shows around its own figures: states, the chart/table switch, CSV, the edit view's
// common fields, and how cells read. English and Simplified Chinese.
import { dictionary } from '../../shared/i18n';

const en = {
  loading: 'Loading…',
  failed: 'The gadget could not load its figures',
  retry: 'Try again',
  empty: 'Nothing to show for these projects and months.',
  chart: 'Chart',
  table: 'Table',
  view: 'Show as',
  csv: 'Download CSV',
  settings: 'Gadget settings',
  projects: 'Projects',
  allProjects: 'Every project I may browse',
  projectsHint: 'None chosen: every project you may browse. Viewers see only the projects they may browse.',
  months: 'Months',
  monthsOption: 'Last {n} months',
  refresh: 'Refresh',
  never: 'Never',
  everyMinutes: 'Every {n} minutes',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  other: 'Other',
  none: '—',
  updated: 'Updated {t}',
  openIssues: 'Open the issues in Jira',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  loading: '正在加载…',
  failed: '小工具无法加载数据',
  retry: '重试',
  empty: '所选项目和月份没有可显示的数据。',
  chart: '图表',
  table: '表格',
  view: '显示为',
  csv: '下载 CSV',
  settings: '小工具设置',
  projects: '项目',
  allProjects: '我可以浏览的所有项目',
  projectsHint: '未选择时为您可以浏览的所有项目。查看者只能看到其有权浏览的项目。',
  months: '月份',
  monthsOption: '最近 {n} 个月',
  refresh: '刷新',
  never: '从不',
  everyMinutes: '每 {n} 分钟',
  save: '保存',
  saving: '正在保存…',
  cancel: '取消',
  other: '其他',
  none: '—',
  updated: '更新于 {t}',
  openIssues: '在 Jira 中打开这些事项',
};

export const useGadgetText = dictionary(en, zh);
export type GadgetText = ReturnType<typeof useGadgetText>;
