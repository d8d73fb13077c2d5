// The JSON view's strings, English and Simplified Chinese.
import { dictionary } from '../../shared/i18n';

const en = {
  title: 'JSON',
  intro:
    'The whole draft as JSON, for power users. Changes apply to the draft as soon as the text is valid JSON; nothing is saved until you activate.',
  label: 'The draft configuration (JSON)',
  syntax: 'Line {line}, column {column}: {message}',
  notObject: 'The configuration must be a JSON object ({ … }).',
  notApplied: 'Not applied until the text is valid JSON.',
  findings: 'Problems found at their paths',
  noFindings: 'No problems found by the last check or preview.',
  whole: 'the whole document',
  blocking: 'blocking',
  warning: 'warning',
  goTo: 'Go to {path} in the text',
};

const zh: Record<keyof typeof en, string> = {
  title: 'JSON',
  intro: '以 JSON 形式查看整个草稿,供高级用户使用。文本为有效 JSON 时更改即应用到草稿;激活之前不会保存。',
  label: '草稿配置(JSON)',
  syntax: '第 {line} 行,第 {column} 列:JSON 语法错误({message})',
  notObject: '配置必须是 JSON 对象({ … })。',
  notApplied: '文本成为有效 JSON 之前不会应用。',
  findings: '按路径列出的问题',
  noFindings: '上次检查或预演未发现问题。',
  whole: '整个文档',
  blocking: '阻止激活',
  warning: '警告',
  goTo: '在文本中定位到 {path}',
};

export const useJsonText = dictionary(en, zh);
