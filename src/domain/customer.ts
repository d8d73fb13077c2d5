// Customer and user (seed 001): the customer signs the contract and pays; the user receives the service.
// The project's customer records (their matching rules, tiers, contacts and users) come in a directory the
// app loads; which customer an issue is theirs is decided here, from the facts the issue history has.

import type { CompiledConfig } from './config/compile';
import type { FieldHistory } from './history';
import type { IssueInput } from './issue';

/** The JSM request field naming the request's organizations (ids or names match). */
export const ORGANIZATIONS_FIELD = 'Organizations';

export interface DirectoryUser {
  readonly accountId: string | null;
  readonly email: string | null;
  readonly tier: 'vip' | 'standard';
}

export interface DirectoryCustomer {
  readonly id: string;
  readonly name: string;
  readonly tier: string | null;
  readonly contacts: readonly string[];
  readonly matching: {
    readonly organizations: readonly string[];
    readonly emailDomains: readonly string[];
    readonly fieldValues: readonly string[];
    readonly reporterGroups: readonly string[];
  };
  readonly users: readonly DirectoryUser[];
}

/** A project's customers, indexed once for every issue the directory is asked about. */
export class CustomerDirectory {
  private readonly byField = new Map<string, DirectoryCustomer>();
  private readonly byOrganization = new Map<string, DirectoryCustomer>();
  private readonly byDomain = new Map<string, DirectoryCustomer>();
  private readonly byGroup = new Map<string, DirectoryCustomer>();
  /** Users with an account: their customer and themselves. */
  private readonly byAccount = new Map<string, { customer: DirectoryCustomer; user: DirectoryUser }>();

  constructor(readonly customers: readonly DirectoryCustomer[]) {
    // The first customer to claim a value keeps it (customers come sorted by name: stable across runs).
    const claim = (m: Map<string, DirectoryCustomer>, key: string, c: DirectoryCustomer) => {
      if (!m.has(key)) m.set(key, c);
    };
    for (const c of customers) {
      claim(this.byField, c.name.toLowerCase(), c);
      claim(this.byField, c.id, c);
      for (const v of c.matching.fieldValues) claim(this.byField, v.toLowerCase(), c);
      for (const o of c.matching.organizations) claim(this.byOrganization, o.toLowerCase(), c);
      for (const d of c.matching.emailDomains) claim(this.byDomain, d.toLowerCase(), c);
      for (const g of c.matching.reporterGroups) claim(this.byGroup, g, c);
      for (const u of c.users)
        if (u.accountId && !this.byAccount.has(u.accountId)) this.byAccount.set(u.accountId, { customer: c, user: u });
    }
  }

  /** The customer by the customer field's value (a matching value, its name or its id). */
  byFieldValue(value: string): DirectoryCustomer | undefined {
    return this.byField.get(value.toLowerCase()) ?? this.byField.get(value);
  }

  byOrg(values: readonly string[]): DirectoryCustomer | undefined {
    for (const v of values) {
      const c = this.byOrganization.get(v.toLowerCase());
      if (c) return c;
    }
    return undefined;
  }

  /** The customer and user record of a reporter known by account. */
  userOf(accountId: string): { customer: DirectoryCustomer; user: DirectoryUser } | undefined {
    return this.byAccount.get(accountId);
  }

  byEmailDomain(email: string): DirectoryCustomer | undefined {
    return this.byDomain.get(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
  }

  byGroups(groups: readonly string[]): DirectoryCustomer | undefined {
    for (const g of groups) {
      const c = this.byGroup.get(g);
      if (c) return c;
    }
    return undefined;
  }
}

export const NO_CUSTOMERS = new CustomerDirectory([]);

export interface CustomerFacts {
  /** The customer record's id; the raw field value when no record matches; null when nothing names one. */
  readonly customer: string | null;
  /** The tier the grade reads (a VIP user's issues: the strictest tier, see below). */
  readonly tier: string | null;
  readonly requester: 'customer' | 'user';
}

/**
 * The issue's customer, by the first rule that holds: the customer field's value, the request's JSM
 * organizations, the reporter as a user of a customer, the reporter's email domain (where Jira shows the
 * email: the reporter's profile visibility decides), the reporter's groups. The reporter acts for the
 * customer only when one of its contacts.
 */
export function customerOf(cfg: CompiledConfig, issue: IssueInput, h: FieldHistory, t: number): CustomerFacts {
  const dir = issue.customers ?? NO_CUSTOMERS;
  const raw = h.text(cfg.doc.customers.field, t);
  const reporter = h.text('reporter', t);
  const asUser = reporter !== null ? dir.userOf(reporter) : undefined;
  // The email Jira showed is the current reporter's: it says nothing of an earlier one.
  const email = reporter !== null && reporter === issue.fields.reporter ? issue.reporterEmail : undefined;
  const c =
    (raw ? dir.byFieldValue(raw) : undefined) ??
    dir.byOrg(h.list(ORGANIZATIONS_FIELD, t)) ??
    asUser?.customer ??
    (email ? dir.byEmailDomain(email) : undefined) ??
    (reporter !== null ? dir.byGroups(issue.groups?.[reporter] ?? []) : undefined);
  if (!c) return { customer: raw, tier: null, requester: 'user' };
  // A VIP user of this customer is served as the customer tier with the largest uplift would be.
  const vip = asUser?.customer === c && asUser.user.tier === 'vip';
  return {
    customer: c.id,
    tier: vip ? strictestTier(cfg, c.tier) : c.tier,
    requester: reporter !== null && c.contacts.includes(reporter) ? 'customer' : 'user',
  };
}

function strictestTier(cfg: CompiledConfig, own: string | null): string | null {
  let best = own;
  let uplift = own ? (cfg.upliftByTier.get(own) ?? 0) : -1;
  for (const [id, u] of cfg.upliftByTier)
    if (u > uplift) {
      best = id;
      uplift = u;
    }
  return best;
}
