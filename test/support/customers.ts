// Customer directories for unit tests: customer records as the app would load them.

import { CustomerDirectory, type DirectoryCustomer, type DirectoryUser } from '../../src/domain/customer';

export const ACME = '0f8e7a52-4c1b-4f43-9d51-0a1c2b3d4e5f';

export interface CustomerSpec {
  readonly id: string;
  readonly name: string;
  readonly tier?: string | null;
  readonly contacts?: readonly string[];
  readonly fieldValues?: readonly string[];
  readonly organizations?: readonly string[];
  readonly emailDomains?: readonly string[];
  readonly reporterGroups?: readonly string[];
  readonly users?: readonly DirectoryUser[];
}

export const customer = (c: CustomerSpec): DirectoryCustomer => ({
  id: c.id,
  name: c.name,
  tier: c.tier ?? null,
  contacts: c.contacts ?? [],
  matching: {
    organizations: c.organizations ?? [],
    emailDomains: c.emailDomains ?? [],
    fieldValues: c.fieldValues ?? [],
    reporterGroups: c.reporterGroups ?? [],
  },
  users: c.users ?? [],
});

export const directory = (...cs: CustomerSpec[]): CustomerDirectory => new CustomerDirectory(cs.map(customer));
