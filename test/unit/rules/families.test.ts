// Each rule family on cases drawn from the seeds, through evaluate() with the default template.

import { evaluate } from '../../../src/domain/evaluate';
import { renderMessage } from '../../../src/domain/text';
import type { Action } from '../../../src/domain/actions';
import { at, HOUR, Life, MIN, template, variant } from '../../support/itr';
import { ACME, directory } from '../../support/customers';

const cfg = template();
const keys = (actions: readonly Action[]) => actions.map((a) => a.key);
const mon = at('2026-03-02T09:30:00+08:00'); // an ordinary Monday in Beijing, inside the ERP peak window

describe('classification (first match wins, says why)', () => {
  it.each([
    ['Printer on floor 3 is broken', 'Incident', 'hardwareFault', 'hardware'],
    ['服务器硬盘告警', 'Incident', 'hardwareFault', 'hardware'],
    ['2026 年第一季度定期维保', 'Task', 'periodicMaintenance', 'maintenance'],
    ['ERP 报表无法导出', 'Incident', 'softwareFault', 'software-fault'],
    ['如何修改 ERP 密码', 'Service request', 'softwareOperation', 'operation'],
    ['Please send the invoice copy', 'Service request', 'nonTechnical', 'non-technical'],
    ['新需求:订单导出到 Excel', 'Service request', 'newRequirement', 'requirement-by-words'],
    ['Export orders', 'New Feature', 'newRequirement', 'requirement-by-type'],
    ['Something odd', 'Service request', 'softwareOperation', 'fallback'],
  ])('%s (%s) → %s by %s', (summary, issueType, type, rule) => {
    const life = new Life({ created: mon, issueType, fields: { summary } });
    const s = evaluate(life.issue(mon), life.events, cfg, mon).state;
    expect([s.serviceType, s.why.classification]).toEqual([type, rule]);
  });
});

describe('grading (impact × urgency, uplifts)', () => {
  const sat = at('2026-03-07T22:00:00+08:00'); // outside the ERP peak window
  it.each([
    ['Extensive / Widespread', 'Critical', 'Workplace', sat, 'P1', 1],
    ['Moderate / Limited', 'Medium', 'Printer', sat, 'P3', 1],
    ['Minor / Localized', 'Low', 'Printer', sat, 'P4', 1],
    ['Moderate / Limited', 'Medium', 'ERP', mon, 'P2', 2], // inside the ERP critical window: raised one
    ['Moderate / Limited', 'Medium', 'ERP', sat, 'P3', 1],
    ['轻微', '紧急', 'Printer', sat, 'P3', 1], // Chinese field values
  ])('%s × %s on %s at %d → %s', (impact, urgency, component, created, grade, reasons) => {
    const life = new Life({
      created,
      fields: { components: [component], custom: { Impact: impact, Urgency: urgency } },
    });
    const s = evaluate(life.issue(created), life.events, cfg, created).state;
    expect(s.grade).toBe(grade);
    expect(s.why.grade).toHaveLength(reasons);
  });

  it('the critical window raises incidents only (the seed grades incidents by when they strike), per type', () => {
    const request = new Life({
      created: mon,
      fields: {
        summary: 'ERP 权限申请 / ERP access request',
        components: ['ERP'],
        custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' },
      },
    });
    const s = evaluate(request.issue(mon), request.events, cfg, mon).state;
    expect([s.serviceType, s.grade]).toEqual(['softwareOperation', 'P3']); // a request: not raised
    const requestsToo = variant((c) => {
      c.grading.criticalWindowUplift = { softwareOperation: 2, softwareFault: 1 };
      return c;
    });
    expect(evaluate(request.issue(mon), request.events, requestsToo, mon).state.grade).toBe('P1');
  });

  it('a strategic customer is raised one grade; a contact of the customer is the customer, anyone else a user', () => {
    const customers = directory({
      id: ACME,
      name: 'ACME Corp',
      tier: 'strategic',
      contacts: ['cio-acme'],
      fieldValues: ['极致公司'],
    });
    const life = new Life({
      created: at('2026-03-07T22:00:00+08:00'),
      fields: { reporter: 'cio-acme', components: ['Printer'], custom: { Customer: '极致公司' } },
    });
    const s = evaluate({ ...life.issue(life.seed.created), customers }, life.events, cfg, life.seed.created).state;
    expect([s.customer, s.grade, s.requester]).toEqual([ACME, 'P2', 'customer']);
    const byUser = new Life({ ...life.seed, fields: { ...life.seed.fields, reporter: 'clerk' } });
    expect(
      evaluate({ ...byUser.issue(life.seed.created), customers }, [], cfg, life.seed.created).state.requester,
    ).toBe('user');
  });
});

describe('SLA clocks', () => {
  // P3 incident on the Printer (workplace, 5×8): first response 2 h, resolution 1350 min (3 business days).
  const seed = {
    created: at('2026-03-03T10:00:00+08:00'),
    fields: {
      summary: 'Printer jam',
      components: ['Printer'],
      custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' },
    },
  };

  it('first response stops at the first public agent comment; resolution pauses while waiting for the customer', () => {
    const life = new Life(seed)
      .comment(seed.created + 30 * MIN, 'user-1') // the reporter's own comment does not count
      .comment(seed.created + 90 * MIN, 'agent-1')
      .status(seed.created + 2 * HOUR, 'In Progress')
      .status(seed.created + 3 * HOUR, 'Waiting for customer')
      .status(at('2026-03-05T10:00:00+08:00'), 'In Progress');
    const now = at('2026-03-05T11:00:00+08:00');
    const s = evaluate(life.issue(now), life.events, cfg, now).state;
    expect(s.goals.firstResponse).toMatchObject({
      state: 'met',
      cycles: [{ elapsedMs: 90 * MIN, targetMs: 120 * MIN }],
    });
    const res = s.goals.resolution!.cycles[0]!;
    // Used: Tue 10:00–12:00 (lunch 12:00–13:30, paused from 13:00), Thu 10:00–11:00: 3 h of 22.5 h.
    // Left 19.5 h: Thu 11:00–12:00, 13:30–18:00 (5.5 h), Fri 7.5 h, Mon 03-09 09:00–12:00, 13:30–17:00 (6.5 h).
    expect(res).toMatchObject({ state: 'running', deadline: at('2026-03-09T17:00:00+08:00') });
    expect(s.slaState).toBe('running');
  });

  it('status categories come from Jira: a workflow the configuration never named closes the clock', () => {
    const noNames = variant((c) => ({ ...c, statuses: [] }));
    const life = new Life(seed)
      .comment(seed.created + 30 * MIN, 'agent-1')
      .status(seed.created + 2 * HOUR, 'In Bearbeitung')
      .status(seed.created + 3 * HOUR, 'Erledigt');
    const now = at('2026-03-20T10:00:00+08:00'); // long past the resolution target
    const issue = {
      ...life.issue(now),
      statusCategories: { 'In Bearbeitung': 'indeterminate', Erledigt: 'done' },
    } as const;
    const s = evaluate(issue, life.events, noNames, now).state;
    expect(s.goals.resolution!.cycles[0]).toMatchObject({ state: 'met', elapsedMs: 2 * HOUR }); // 10:00–13:00, lunch at 12:00
    expect(s.slaState).toBe('met');
    // Without Jira's categories the same names mean nothing: the clock runs on and breaches.
    expect(evaluate(life.issue(now), life.events, noNames, now).state.slaState).toBe('breached');
  });

  it('issues the app creates are measured only by a policy naming their project and type', () => {
    const problem = { ...new Life(seed).issue(seed.created), project: 'PRB', issueType: 'Problem' };
    const now = seed.created + 30 * 24 * HOUR;
    expect(evaluate(problem, [], cfg, now).state.goals).toEqual({});
    const measured = variant((c) => {
      c.sla.policies.unshift({
        id: 'problems',
        when: { projects: ['PRB'], issueTypes: ['Problem'] },
        targets: { resolution: 600 },
      });
      return c;
    });
    expect(evaluate(problem, [], measured, now).state.goals.resolution!.cycles[0]).toMatchObject({
      targetMs: 600 * MIN,
    });
  });

  it('a customer contract sets its own targets, above the generic policies', () => {
    const customers = directory({ id: ACME, name: 'ACME', tier: 'standard' });
    const contract = variant((c) => {
      c.sla.policies.unshift({
        id: 'acme-gold',
        when: { customers: [ACME] },
        calendar: 'cn-7x24',
        targets: { firstResponse: 10, resolution: 180 },
      });
      return c;
    });
    const life = new Life({ ...seed, fields: { ...seed.fields, custom: { ...seed.fields.custom, Customer: 'acme' } } });
    const s = evaluate({ ...life.issue(seed.created), customers }, [], contract, seed.created).state;
    expect(s.goals.resolution!.cycles[0]).toMatchObject({ targetMs: 180 * MIN, calendar: 'cn-7x24' });
  });

  it('a reopened issue starts a new cycle; the completed one keeps its verdict', () => {
    const life = new Life(seed)
      .status(seed.created + HOUR, 'Resolved', { resolution: 'Fixed' })
      .status(seed.created + 5 * HOUR, 'In Progress', { resolution: null });
    const now = seed.created + 6 * HOUR;
    const cycles = evaluate(life.issue(now), life.events, cfg, now).state.goals.resolution!.cycles;
    expect(cycles.map((c) => c.state)).toEqual(['met', 'running']);
    expect(cycles[0]).toMatchObject({ elapsedMs: HOUR, configVersion: 1 });
  });

  it('breaches at the deadline exactly, and nextCheckAt points at the next change', () => {
    const life = new Life({
      ...seed,
      fields: { ...seed.fields, custom: { Impact: 'Extensive / Widespread', Urgency: 'Critical' } },
    }); // P1: 4 h on 7×24
    const first = evaluate(life.issue(seed.created), life.events, cfg, seed.created);
    expect(first.nextCheckAt).toBe(seed.created + 7.5 * MIN); // 50 % of the 15-minute first response
    const dueRes = seed.created + 4 * HOUR;
    expect(evaluate(life.issue(dueRes - 1), [], cfg, dueRes - 1).state.goals.resolution!.state).toBe('atRisk');
    const breached = evaluate(life.issue(dueRes), [], cfg, dueRes).state;
    expect(breached.goals.resolution!.state).toBe('breached');
    expect(breached.breachAt).toBe(Math.ceil((seed.created + 15 * MIN) / 1000)); // first response breached first
  });
});

describe('OLA (the SLA time split by tier)', () => {
  it('measures each tier on its own calendar and escalates a tier that runs out', () => {
    const created = at('2026-03-03T09:00:00+08:00');
    const life = new Life({
      created,
      fields: { components: ['Printer'], custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' } },
    })
      .change(created + HOUR, { 'Support tier': 'L2' })
      .change(created + 2 * HOUR, { 'Support tier': 'L1' });
    const now = at('2026-03-03T14:00:00+08:00');
    const e = evaluate(life.issue(now), life.events, cfg, now);
    expect(e.state.ola.L2).toMatchObject({ state: 'met', elapsedMs: HOUR });
    // L1: 09:00–10:00, then again from 11:00: its 2 h are used up at 12:00 while it still holds the issue.
    expect(e.state.ola.L1).toMatchObject({ state: 'breached' });
    const reassign = e.actions.find((a) => a.key === 'ola:L1:0');
    expect(reassign).toMatchObject({
      type: 'reassign',
      fromTier: 'L1',
      toTier: 'L2',
      field: 'Support tier',
      fieldValue: 'L2',
      dueAt: at('2026-03-03T12:00:00+08:00'),
    });
  });

  it('a tier the app reassigns at its timeout stays timed out once the next tier holds the issue', () => {
    const created = at('2026-03-03T09:00:00+08:00');
    const timeout = created + 2 * HOUR; // L1's 2 h, all inside office hours
    const life = new Life({
      created,
      fields: { components: ['Printer'], custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' } },
    }).change(timeout, { 'Support tier': 'L2' }); // the reassignment lands exactly at the timeout
    const now = timeout + HOUR;
    const ola = evaluate(life.issue(now), life.events, cfg, now).state.ola;
    expect(ola.L1).toMatchObject({ state: 'breached', elapsedMs: 2 * HOUR });
    expect(ola.L2).toMatchObject({ state: 'running' });
  });

  it('escalates one tier on demand, with a comment', () => {
    const life = new Life({ created: mon }).push({
      at: mon + MIN,
      type: 'escalationRequested',
      by: 'agent-1',
      reason: '需要专家',
    });
    const e = evaluate(life.issue(mon + MIN), life.events, cfg, mon + MIN);
    const [reassign, comment] = e.actions.filter((a) => a.key.startsWith('tier-request'));
    expect(reassign).toMatchObject({ type: 'reassign', fromTier: 'L1', toTier: 'L2' });
    expect(comment?.type === 'comment' && renderMessage(comment.text, 'zh')).toBe('应要求升级:需要专家');
  });
});

describe('escalation', () => {
  it('fires 50/75/100 % once each, however often evaluated', () => {
    const life = new Life({
      created: mon,
      fields: { components: ['Printer'], custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' } },
    });
    let property;
    const fired: string[] = [];
    for (let t = mon; t <= mon + 6 * HOUR; t += 7 * MIN) {
      const e = evaluate({ ...life.issue(t), ...(property ? { property } : {}) }, life.events, cfg, t);
      fired.push(...keys(e.actions));
      property = e.state;
    }
    const firstResponse = fired.filter((k) => k.includes(':firstResponse:'));
    expect(firstResponse.map((k) => k.split(':').slice(-2).join(':'))).toEqual([
      '50:0',
      '75:0',
      '75:1',
      '100:0',
      '100:1',
      '100:2',
    ]);
    expect(new Set(fired).size).toBe(fired.length);
  });

  it('messages render in either language, with the due time in the calendar zone or the reader’s', () => {
    const life = new Life({
      created: mon,
      fields: { components: ['Printer'], custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' } },
    });
    const e = evaluate(life.issue(mon + 3 * HOUR), [], cfg, mon + 3 * HOUR);
    const breach = e.actions.find((a) => a.key.includes(':firstResponse:') && a.type === 'comment');
    if (breach?.type !== 'comment') throw new Error('no breach comment');
    expect(renderMessage(breach.text, 'en')).toBe(
      'SLA breached: Time to first response (due 2026-03-02 11:30 Asia/Shanghai).',
    );
    expect(renderMessage(breach.text, 'zh')).toBe('SLA 超时:首次响应时间(截止 2026-03-02 11:30 Asia/Shanghai)。');
    expect(renderMessage(breach.text, 'en', 'Europe/Berlin')).toContain('due 2026-03-02 04:30 Europe/Berlin');
  });

  it('a complaint through the customer outranks one from a user', () => {
    const life = new Life({
      created: mon,
      fields: { components: ['Printer'], custom: { Impact: 'Minor / Localized', Urgency: 'Low' } },
    })
      .push({ at: mon + HOUR, type: 'complaint', by: 'user-1', via: 'user' })
      .push({ at: mon + 2 * HOUR, type: 'complaint', by: 'cio', via: 'customer' });
    const e = evaluate(life.issue(mon + 2 * HOUR), life.events, cfg, mon + 2 * HOUR);
    const user = e.actions.filter((a) => a.key.startsWith('complaint:+3600:'));
    const customer = e.actions.filter((a) => a.key.startsWith('complaint:+7200:'));
    expect(user.map((a) => a.type)).toEqual(['notify', 'addLabel']);
    expect(customer.map((a) => a.type)).toEqual(['setPriority', 'notify', 'addLabel']);
    expect(customer[0]).toMatchObject({ grade: 'P3', jiraPriority: 'Medium' }); // P4 raised one
    expect(e.state.grade).toBe('P3');
    expect(e.state.complaints).toEqual({ customer: 1, user: 1 });
  });
});

describe('incident to problem', () => {
  const incident = (key: string, created: number) => ({ key, created, service: 'erp', components: ['ERP'] });
  const life = new Life({ key: 'SUP-9', created: mon });

  it('three incidents on one service within 24 h open a problem and link them', () => {
    const context = {
      incidents: [incident('SUP-7', mon - 5 * HOUR), incident('SUP-8', mon - HOUR), incident('SUP-1', mon - 30 * HOUR)],
      openProblems: [],
    };
    const e = evaluate(life.issue(mon), [], cfg, mon, { context });
    expect(e.state.problem).toEqual({
      rule: 'repeat-on-service',
      scope: 'service:erp',
      incidents: ['SUP-7', 'SUP-8', 'SUP-9'],
      problem: null,
    });
    expect(e.actions.find((a) => a.type === 'createIssue')).toMatchObject({
      purpose: 'problem',
      project: 'PRB',
      alsoLink: ['SUP-7', 'SUP-8'],
      key: 'problem:repeat-on-service:service:erp:SUP-7',
    });
  });

  it('joins the problem already open', () => {
    const context = {
      incidents: [incident('SUP-7', mon - 5 * HOUR), incident('SUP-8', mon - HOUR)],
      openProblems: [{ key: 'PRB-3', rule: 'repeat-on-service', scope: 'service:erp' }],
    };
    const e = evaluate(life.issue(mon), [], cfg, mon, { context });
    expect(e.actions.find((a) => a.type === 'link')).toMatchObject({ to: 'PRB-3', key: 'problem:join:PRB-3' });
  });

  it('two incidents are not a problem yet', () => {
    const e = evaluate(life.issue(mon), [], cfg, mon, {
      context: { incidents: [incident('SUP-8', mon - HOUR)], openProblems: [] },
    });
    expect(e.state.problem).toBeNull();
  });
});

describe('quality responsibility and routing', () => {
  const resolve = (rootCause: string | null, extra: Record<string, string> = {}) =>
    new Life({
      created: mon,
      fields: { components: ['Printer'], custom: { Supplier: 'Acme Parts', ...extra } },
    }).status(mon + HOUR, 'Resolved', {
      resolution: 'Fixed',
      'Root cause': rootCause,
    });

  it.each([
    ['Product defect', 'productDefect', null],
    ['备件故障', 'supplier', 'Acme Parts'],
    ['用户误操作', 'userMisuse', null],
    ['停电', 'thirdParty', null],
    [null, 'supplier', 'Acme Parts'], // a supplier is linked and the fault was fixed
  ])('root cause %s → %s', (rootCause, party, supplier) => {
    const life = resolve(rootCause);
    const s = evaluate(life.issue(mon + HOUR), life.events, cfg, mon + HOUR).state;
    expect(s.responsibility).toBe(party);
    expect(s.responsibilityDetail).toMatchObject({ supplier });
    expect(s.responsibilityDetail!.evidence.length).toBeGreaterThan(0);
  });

  it('an agent override with a reason stands over later evaluations and resolutions', () => {
    const life = resolve('Product defect').push({
      at: mon + 2 * HOUR,
      type: 'responsibilityOverridden',
      by: 'lead-1',
      party: 'operations',
      reason: 'change window misconfigured',
    });
    life
      .status(mon + 3 * HOUR, 'In Progress', { resolution: null })
      .status(mon + 4 * HOUR, 'Resolved', { resolution: 'Fixed' });
    const s = evaluate(life.issue(mon + 5 * HOUR), life.events, cfg, mon + 5 * HOUR).state;
    expect(s.responsibilityDetail).toMatchObject({ party: 'operations', rule: 'override' });
  });

  it('a product defect goes to R&D (IPD) once', () => {
    const life = resolve('Product defect');
    const e = evaluate(life.issue(mon + HOUR), life.events, cfg, mon + HOUR);
    expect(e.actions.filter((a) => a.type === 'createIssue')).toMatchObject([
      { purpose: 'ipd', project: 'RD', key: 'route:ipd' },
    ]);
    const again = evaluate({ ...life.issue(mon + 2 * HOUR), property: e.state }, life.events, cfg, mon + 2 * HOUR);
    expect(again.actions.filter((a) => a.type === 'createIssue')).toEqual([]);
  });

  it('a new requirement and a spare-part need go to sales (LTC)', () => {
    const req = new Life({ created: mon, issueType: 'New Feature', fields: { summary: 'Export to Excel' } });
    expect(evaluate(req.issue(mon), [], cfg, mon).actions.find((a) => a.key === 'route:ltc')).toMatchObject({
      project: 'SALES',
      issueType: 'Opportunity',
    });
    const part = new Life({ created: mon, fields: { components: ['Printer'] } }).change(mon + HOUR, {
      labels: ['备件'],
    });
    expect(
      evaluate(part.issue(mon + HOUR), part.events, cfg, mon + HOUR).actions.find((a) => a.key === 'route:ltc'),
    ).toMatchObject({ dueAt: mon + HOUR });
  });
});

describe('the default template evaluates a sample of each service type', () => {
  it.each([
    ['Printer on floor 3 is broken', 'hardwareFault'],
    ['定期维保', 'periodicMaintenance'],
    ['ERP 报表无法导出', 'softwareFault'],
    ['如何修改密码', 'softwareOperation'],
    ['合同盖章', 'nonTechnical'],
    ['新需求:多语言', 'newRequirement'],
  ])('%s', (summary, type) => {
    const life = new Life({ created: mon, fields: { summary } })
      .comment(mon + 10 * MIN, 'agent-1')
      .status(mon + 2 * HOUR, 'Resolved', { resolution: 'Done' });
    const e = evaluate(life.issue(mon + 3 * HOUR), life.events, cfg, mon + 3 * HOUR);
    expect(e.state.serviceType).toBe(type);
    expect(e.state.goals.firstResponse?.state).toBe('met');
    expect(['met', 'breached']).toContain(e.state.goals.resolution?.state);
    expect(JSON.stringify(e.state).length).toBeLessThan(32 * 1024);
  });
});

describe('the itr property stays under 32 KB', () => {
  it('an issue reopened 150 times with 120 complaints: bounded state, and nothing fires twice', () => {
    const mon = at('2026-03-02T09:00:00+08:00');
    const life = new Life({
      created: mon,
      fields: { components: ['Printer'], custom: { Impact: 'Extensive / Widespread', Urgency: 'Critical' } },
    });
    let t = mon;
    for (let i = 0; i < 150; i++) {
      t += 5 * HOUR;
      life.status(t, 'Resolved', { resolution: 'Fixed' });
      t += 5 * HOUR;
      life.status(t, 'In Progress', { resolution: null });
      if (i % 5 !== 0) life.push({ at: t + MIN, type: 'complaint', by: 'user-1', via: 'user' });
    }
    const now = t + HOUR;
    const first = evaluate(life.issue(now), life.events, cfg, now);
    expect(Buffer.byteLength(JSON.stringify(first.state))).toBeLessThan(32 * 1024);
    const again = evaluate({ ...life.issue(now + HOUR), property: first.state }, life.events, cfg, now + HOUR);
    expect(again.actions.filter((a) => first.state.done.includes(a.group))).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(again.state))).toBeLessThan(32 * 1024);
  });
});
