// The survey page's words, in English and Simplified Chinese (same keys).

export type FormLang = 'en' | 'zh';

const en = {
  title: 'How did we do?',
  caseIntro: (key: string) => `Please rate how we handled ${key}.`,
  periodicIntro: 'Please rate the service we gave you over the last period.',
  legend: 'Your rating',
  scores: ['1 – Very dissatisfied', '2 – Dissatisfied', '3 – Neutral', '4 – Satisfied', '5 – Very satisfied'],
  comment: 'Comment (optional)',
  commentHint: 'At most 2,000 characters. A low rating with a comment is recorded as a complaint and followed up.',
  send: 'Send',
  other: '中文',
  thanks: 'Thank you: your answer was recorded.',
  refused: 'This survey cannot be answered',
  errorScore: 'Choose a rating from 1 to 5.',
  errorComment: 'The comment is longer than 2,000 characters.',
  errorForm: 'The form was not sent as this page sends it.',
  notFoundPage: 'There is no such page.',
  method: 'This page is only read (GET) or answered (POST).',
  badLink: 'The link is incomplete or damaged: open it again from the message you received.',
  forged: 'The link is not valid: it was not issued by us, or it was changed.',
  expired: 'The link has expired.',
  unknown: 'There is no such survey (it may have been withdrawn).',
  answered: 'This survey was already answered: each link counts once.',
  outOfScope: 'This survey is closed: the service it asks about is no longer managed here.',
  mediaType: 'The answer must be sent as a form (application/x-www-form-urlencoded).',
  tooLarge: 'The answer is too large.',
};

const zh: typeof en = {
  title: '服务满意度回访',
  caseIntro: (key: string) => `请对 ${key} 的处理进行评价。`,
  periodicIntro: '请对我们近期提供的服务进行评价。',
  legend: '您的评分',
  scores: ['1 – 非常不满意', '2 – 不满意', '3 – 一般', '4 – 满意', '5 – 非常满意'],
  comment: '意见(可选)',
  commentHint: '最多 2000 字。低分并附意见将作为投诉记录并跟进。',
  send: '提交',
  other: 'English',
  thanks: '谢谢:您的评价已记录。',
  refused: '无法填写此调查',
  errorScore: '请选择 1 至 5 分。',
  errorComment: '意见超过 2000 字。',
  errorForm: '表单内容与本页发送的不符。',
  notFoundPage: '没有这个页面。',
  method: '本页只能打开(GET)或提交(POST)。',
  badLink: '链接不完整或已损坏:请从收到的消息中重新打开。',
  forged: '链接无效:并非由我们发出,或已被修改。',
  expired: '链接已过期。',
  unknown: '没有这个调查(可能已撤回)。',
  answered: '此调查已填写:每个链接只计一次。',
  outOfScope: '此调查已关闭:所涉服务已不在此管理。',
  mediaType: '请以表单形式(application/x-www-form-urlencoded)提交。',
  tooLarge: '提交的内容过大。',
};

export type FormTexts = typeof en;
export const FORM_TEXTS: Readonly<Record<FormLang, FormTexts>> = { en, zh };

/** Keys of the refusals (each said in both languages). */
export type RefusalKey =
  | 'notFoundPage'
  | 'method'
  | 'badLink'
  | 'forged'
  | 'expired'
  | 'unknown'
  | 'answered'
  | 'outOfScope'
  | 'mediaType'
  | 'tooLarge'
  | 'errorForm';
