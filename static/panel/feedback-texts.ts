// The panel's complaint and praise form: its words, English and Simplified Chinese.
import { dictionary } from '../shared/i18n';

const en = {
  title: 'Log a complaint or praise',
  kind: 'Kind',
  complaint: 'Complaint',
  praise: 'Praise',
  via: 'Channel',
  customer: 'Through the customer',
  user: 'From a user',
  text: 'What was said',
  credit: 'Credit the praise to',
  assignee: 'The assignee',
  me: 'Me',
  submit: 'Log it',
  logged: 'Logged.',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  title: '登记投诉或表扬',
  kind: '类别',
  complaint: '投诉',
  praise: '表扬',
  via: '渠道',
  customer: '经客户(合同签约方)',
  user: '来自用户',
  text: '内容',
  credit: '表扬对象',
  assignee: '经办人',
  me: '我',
  submit: '登记',
  logged: '已登记。',
};

export const useFeedbackLogText = dictionary(en, zh);
