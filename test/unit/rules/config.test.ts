// The configuration document: the default template passes its own validation, and bad configurations
// are rejected with a message at the JSON path of the problem.

import { ITR_TEMPLATE, validateConfig, type ConfigInput } from '../../../src/domain/config';

const broken = (patch: (c: ConfigInput) => void): ConfigInput => {
  const c = structuredClone(ITR_TEMPLATE);
  patch(c);
  return c;
};

const issuesOf = (c: unknown) => {
  const r = validateConfig(c);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('configuration', () => {
  it('the ITR default template passes its own validation, in English and Chinese', () => {
    const r = validateConfig(ITR_TEMPLATE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.serviceTypes.map((t) => t.name.zh)).toEqual([
      '硬件产品故障修复',
      '定期维保',
      '软件产品故障修复',
      '软件产品操作服务请求',
      '非技术的服务请求',
      '新的需求',
    ]);
    expect(r.config.calendars.map((c) => c.id)).toEqual(['cn-5x8', 'cn-7x24', 'erp-peak']);
  });

  it.each<[string, (c: ConfigInput) => void, RegExp]>([
    [
      'unknown calendar',
      (c) => void (c.services[0]!.calendar = 'cn-6x9'),
      /^services\[0\]\.calendar: unknown calendar "cn-6x9"/,
    ],
    [
      'unknown calendar in a policy',
      (c) => void (c.sla.policies[1]!.calendar = 'nope'),
      /^sla\.policies\[1\]\.calendar: unknown calendar "nope"/,
    ],
    [
      'invalid calendar spec',
      (c) => void (c.calendars[1]!.spec.weekly['1'] = [['09:00', '25:00']]),
      /^calendars\[1\]\.spec\.weekly\.1\[0\]\[1\]: "25:00"/,
    ],
    [
      'negative target',
      (c) => void (c.sla.policies[0]!.targets.resolution = -5),
      /^sla\.policies\[0\]\.targets\.resolution: must be greater than 0 minutes/,
    ],
    [
      'target for an unknown goal',
      (c) => void (c.sla.policies[0]!.targets.fixTime = 60),
      /^sla\.policies\[0\]\.targets\.fixTime: unknown SLA goal "fixTime"/,
    ],
    [
      'a critical-window uplift for an unknown service type',
      (c) => void (c.grading.criticalWindowUplift = { hardwareFault: 1, softwarFault: 1 }),
      /^grading\.criticalWindowUplift\.softwarFault: unknown service type "softwarFault"/,
    ],
    [
      'a project key in scope',
      (c) => void (c.scope = { projects: ['ITS'] }),
      /^scope\.projects\[0\]: must be a project id/,
    ],
    [
      'a rule that can never match',
      (c) =>
        void c.classification.rules.push({
          id: 'printers',
          when: { issueTypes: ['Bug'], keywords: ['printer'] },
          serviceType: 'hardwareFault',
        }),
      /^classification\.rules\[11\]: can never match: rule "hardware" \(classification\.rules\[7\]\) comes first/,
    ],
    [
      'a catch-all before other rules',
      (c) => void c.classification.rules.unshift({ id: 'all', when: {}, serviceType: 'nonTechnical' }),
      /^classification\.rules\[1\]: can never match: rule "all"/,
    ],
    [
      'escalation path that loops',
      (c) => void (c.ola.tiers[3]!.next = 'L2'),
      /^ola\.tiers\[1\]\.next: escalation path loops: L2 → L3 → supplier → L2/,
    ],
    [
      'unknown next tier',
      (c) => void (c.ola.tiers[0]!.next = 'L9'),
      /^ola\.tiers\[0\]\.next: unknown support tier "L9"/,
    ],
    [
      'unknown service type',
      (c) => void (c.classification.fallback = 'misc'),
      /^classification\.fallback: unknown service type "misc"/,
    ],
    ['grade matrix with a hole', (c) => delete c.grading.matrix.minor!.low, /^grading\.matrix\.minor\.low: missing/],
    [
      'duplicate ids',
      (c) => void c.serviceTypes.push({ id: 'softwareFault', name: { en: 'x', zh: 'x' }, kind: 'incident' }),
      /^serviceTypes\[6\]\.id: duplicate id "softwareFault"/,
    ],
    ['risk share out of range', (c) => void (c.sla.riskShare = 1.5), /^sla\.riskShare: /],
    ['unknown field', (c) => Object.assign(c, { colour: 'blue' }), /colour/],
    [
      'a contract naming its customer by anything but the record id',
      (c) => void (c.sla.policies[0]!.when.customers = ['acme']),
      /^sla\.policies\[0\]\.when\.customers\[0\]: must be a customer record id \(a UUID\)/,
    ],
  ])('%s', (_name, patch, message) => {
    const issues = issuesOf(broken(patch));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((i) => message.test(i))).toBe(true);
  });

  it('a version stored before customers became records still loads: its customers.list is dropped', () => {
    const old = { ...ITR_TEMPLATE, customers: { ...ITR_TEMPLATE.customers, list: [{ id: 'acme', tier: 'x' }] } };
    const r = validateConfig(old);
    expect(r.ok && Object.keys(r.config.customers).sort()).toEqual(['field', 'tiers']);
  });

  it('rejects what is not a configuration at all, with no partial result', () => {
    expect(validateConfig(null)).toMatchObject({ ok: false });
    expect(validateConfig({ schema: 2 })).toMatchObject({ ok: false });
  });
});
