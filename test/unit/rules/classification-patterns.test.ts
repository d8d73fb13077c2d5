// Classification patterns: word groups and regular expressions next to keywords, checked at activation
// (a regex that does not compile or nests quantifiers is refused at its JSON path) and seen by the
// unreachable-rule check.

import { classify } from '../../../src/domain/classify';
import { ITR_TEMPLATE, validateConfig, type CompiledConfig, type ConfigInput } from '../../../src/domain/config';
import { FieldHistory } from '../../../src/domain/history';
import { at, issueAt, variant } from '../../support/itr';

type Rule = ConfigInput['classification']['rules'][number];

const withRules = (rules: Rule[]): ConfigInput => {
  const c = structuredClone(ITR_TEMPLATE);
  c.classification = { rules, fallback: 'softwareOperation' };
  return c;
};

const issuesOf = (rules: Rule[]) => {
  const r = validateConfig(withRules(rules));
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

const created = at('2026-03-02T09:30:00+08:00');
const ruleIn = (cfg: CompiledConfig, summary: string, description = '') => {
  const issue = issueAt({ issueType: 'Task', created, fields: { summary, description } }, [], created);
  return classify(cfg, issue, new FieldHistory(issue, [], created), created).rule;
};

describe('classification patterns', () => {
  const cfg = variant(() =>
    withRules([
      {
        id: 'fault',
        when: { keywords: ['报错'], patterns: [{ allOf: ['无法', '登录'] }, { regex: '\\bfail(s|ed|ing)?\\b' }] },
        serviceType: 'softwareFault',
      },
      { id: 'add', when: { patterns: [{ regex: '^please add\\b' }] }, serviceType: 'newRequirement' },
    ]),
  );

  it.each([
    ['保存时报错', 'fault'], // a keyword
    ['ERP 登录后无法打开报表', 'fault'], // every word of the group, in any order
    ['无法打开报表', 'fallback'], // one word of the group is not enough
    ['ERP Login FAILED', 'fault'], // regexes see the lower-cased text
    ['failover test', 'fallback'],
    ['Please add an export button', 'add'],
    ['Could you please add me to the group', 'fallback'],
  ])('%s → %s', (summary, rule) => {
    expect(ruleIn(cfg, summary)).toBe(rule);
  });

  it('runs regexes with backreferences, named groups or flags on their own, beside the keywords', () => {
    const own = variant(() =>
      withRules([
        {
          id: 'r',
          when: {
            keywords: ['zz'],
            patterns: [{ regex: '(x)\\1' }, { regex: '(?<y>y)\\k<y>' }, { regex: '^q' }, { regex: 'É', flags: 'i' }],
          },
          serviceType: 'softwareFault',
        },
      ]),
    );
    expect(['zz', 'axx', 'yy', 'q', 'café', 'xy', 'aq', 'y'].map((summary) => ruleIn(own, summary))).toEqual([
      'r',
      'r',
      'r',
      'r',
      'r',
      'fallback',
      'fallback',
      'fallback',
    ]);
  });

  it('reads the description too', () => {
    expect(ruleIn(cfg, 'ERP', '提交后无法登录')).toBe('fault');
  });
});

describe('pattern validation at activation', () => {
  it.each([
    ['(unclosed', /^classification\.rules\[0\]\.when\.patterns\[1\]\.regex: Invalid regular expression/],
    ['(a+)+$', /patterns\[1\]\.regex: nested quantifiers/],
    ['(?:\\w+\\s?)*done', /patterns\[1\]\.regex: nested quantifiers/],
    ['((ab)*c){2,}', /patterns\[1\]\.regex: nested quantifiers/],
  ])('%s is refused', (regex, message) => {
    const issues = issuesOf([
      { id: 'r', when: { patterns: [{ allOf: ['x'] }, { regex }] }, serviceType: 'softwareFault' },
    ]);
    expect(issues.some((i) => message.test(i))).toBe(true);
  });

  it.each(['(a+)b', '[(+)]+', '\\(a+\\)+', '(ab)+', '(fail|error)s?', '\\d+(\\.\\d+)?'])('%s is accepted', (regex) => {
    expect(issuesOf([{ id: 'r', when: { patterns: [{ regex }] }, serviceType: 'softwareFault' }])).toEqual([]);
  });
});

describe('unreachable rules with patterns', () => {
  const rule = (id: string, when: Rule['when']): Rule => ({ id, when, serviceType: 'softwareFault' });

  it.each<[string, Rule['when'], Rule['when']]>([
    ['a keyword covers a group holding it', { keywords: ['登录'] }, { patterns: [{ allOf: ['无法', '登录失败'] }] }],
    [
      'a group covers a larger group',
      { patterns: [{ allOf: ['无法', '登录'] }] },
      { patterns: [{ allOf: ['登录', '无法', 'erp'] }] },
    ],
    ['a group covers a keyword holding its words', { patterns: [{ allOf: ['fail'] }] }, { keywords: ['failed'] }],
    ['a regex covers itself', { patterns: [{ regex: 'x+y' }] }, { issueTypes: ['Bug'], patterns: [{ regex: 'x+y' }] }],
  ])('%s: reported', (_name, first, second) => {
    expect(issuesOf([rule('a', first), rule('b', second)])).toEqual([
      expect.stringMatching(/^classification\.rules\[1\]: can never match: rule "a"/),
    ]);
  });

  it.each<[string, Rule['when'], Rule['when']]>([
    ['a group does not cover one of its words', { patterns: [{ allOf: ['无法', '登录'] }] }, { keywords: ['登录'] }],
    [
      'keywords do not cover a rule that also has patterns',
      { keywords: ['登录'] },
      { keywords: ['登录'], patterns: [{ allOf: ['报错'] }] },
    ],
    ['a regex is not compared with words', { patterns: [{ regex: 'fail' }] }, { keywords: ['failed'] }],
    [
      'the same regex with other flags',
      { patterns: [{ regex: 'fail' }] },
      { patterns: [{ regex: 'fail', flags: 'i' }] },
    ],
    ['text does not cover a rule without text', { keywords: ['x'] }, { issueTypes: ['Bug'] }],
  ])('%s: not reported', (_name, first, second) => {
    expect(issuesOf([rule('a', first), rule('b', second)])).toEqual([]);
  });
});
