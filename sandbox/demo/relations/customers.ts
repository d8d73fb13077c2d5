// The demo's customers (DEMO_CUSTOMERS, fixed ids), matched to issues by the Customer field value the
// generated issues carry (their names), with tiers, the SLA policy each buys, terms, contacts, 3–6 users
// each (one VIP), and their contracts, one of them inside its renewal reminder window. Acme's JSM
// organization is on the site too, so "Import from JSM" has something to keep in step.

import { addOrganization } from '../../jira/jsm-organizations';
import { PEOPLE } from '../site-seed';
import { DEMO_CUSTOMERS } from './demo-customers';
import type { SeedContext } from './seed';

const DAY = 86_400_000;
/** Acme's CIO: signs and complains for Acme (a contact); 王芳 (the reporter) is one of its users. */
const ACME_CIO = 'u-acme-cio';

const [acme, huaxin, globex, dongfang] = DEMO_CUSTOMERS;

const DETAILS = [
  { c: acme, policy: 'p2', domain: 'acme.example', value: 120_000_000, contacts: [ACME_CIO] },
  { c: huaxin, policy: 'p2', domain: 'huaxin.example', value: 260_000_000, contacts: [] },
  { c: globex, policy: 'p3', domain: 'globex.example', value: 48_000_000, contacts: [] },
  { c: dongfang, policy: 'p3', domain: 'dongfang.example', value: 36_000_000, contacts: [] },
] as const;

const USERS: Readonly<Record<string, ReadonlyArray<readonly [name: string, mail: string, vip?: true]>>> = {
  [acme.id]: [
    ['王芳', 'wang.fang', true],
    ['Tom Baker', 'tom.baker'],
    ['Lucy Chen', 'lucy.chen'],
    ['刘洋', 'liu.yang'],
  ],
  [huaxin.id]: [
    ['赵敏', 'zhao.min', true],
    ['孙立', 'sun.li'],
    ['周杰', 'zhou.jie'],
    ['吴倩', 'wu.qian'],
    ['郑凯', 'zheng.kai'],
  ],
  [globex.id]: [
    ['Hank Scorpio', 'hank', true],
    ['Homer Simpson', 'homer'],
    ['Lenny Leonard', 'lenny'],
  ],
  [dongfang.id]: [
    ['陈磊', 'chen.lei', true],
    ['林静', 'lin.jing'],
    ['黄涛', 'huang.tao'],
  ],
};

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export async function seedCustomers(c: SeedContext): Promise<void> {
  if (!c.site.users.has(ACME_CIO))
    c.site.users.set(ACME_CIO, {
      accountId: ACME_CIO,
      accountType: 'customer',
      displayName: '赵强 (Acme CIO)',
      emailAddress: 'zhao.qiang@acme.example',
      groups: ['customers'],
      browse: ['SUP'],
      edit: ['SUP'],
    });
  addOrganization(c.site, 'Acme', [PEOPLE.reporter, ACME_CIO], ['SUP']);
  const year = (n: number) => day(c.now + n * DAY);
  for (const [i, d] of DETAILS.entries()) {
    // Terms run a year; Globex's ends in 20 days, inside its 30-day reminder window.
    const ends = d.c.id === globex.id ? year(20) : year(365 - 60 * i);
    const starts = day(Date.parse(`${ends}T00:00:00Z`) - 364 * DAY);
    await c.call('customer.save', {
      record: {
        id: d.c.id,
        name: d.c.name,
        tier: d.c.tier,
        policy: d.policy,
        calendar: null,
        termStart: starts,
        termEnd: ends,
        valueCents: d.value,
        currency: 'CNY',
        accountManager: PEOPLE.manager,
        matching: { organizations: [], emailDomains: [d.domain], fieldValues: [d.c.name], reporterGroups: [] },
        contacts: d.contacts,
      },
    });
    for (const [n, [name, mail, vip]] of (USERS[d.c.id] ?? []).entries())
      await c.call('customerUser.save', {
        record: {
          id: `${d.c.id.slice(0, -4)}${1000 + 100 * i + n}`,
          customerId: d.c.id,
          name,
          email: `${mail}@${d.domain}`,
          accountId: d.c.id === acme.id && n === 0 ? PEOPLE.reporter : null,
          tier: vip ? 'vip' : 'standard',
        },
      });
    await c.call('contract.save', {
      record: {
        id: `${d.c.id.slice(0, -4)}${2000 + i}`,
        customerId: d.c.id,
        title: `${d.c.name} managed IT services / 托管运维服务`,
        policy: d.policy,
        starts,
        ends,
        valueCents: d.value,
        remindDays: 30,
      },
    });
  }
}
