// The service organisation every sandbox site starts from: a service desk project (SUP), the problem,
// sales (LTC) and R&D (IPD) projects the rules route to, the ITR workflow's statuses, the custom fields
// the default configuration reads, and people with different rights.

import type { SiteSeed } from '../jira/site';

export const PEOPLE = {
  reporter: 'u-reporter', // a user at the customer, served by the desk
  agent: 'u-agent-l1',
  expert: 'u-agent-l2',
  viewer: 'u-viewer', // may browse, may not edit
  admin: 'u-admin',
  manager: 'u-manager', // the service manager: administers the service desk's project, not Jira
} as const;

export const SITE_SEED: SiteSeed = {
  projects: [
    {
      key: 'SUP',
      name: 'IT service desk',
      typeKey: 'service_desk',
      roles: new Map([
        ['Service Desk Team', [PEOPLE.agent, PEOPLE.expert]],
        ['Service Desk Customers', [PEOPLE.reporter]],
        ['Administrators', [PEOPLE.admin]],
      ]),
    },
    { key: 'PRB', name: 'Problem management', roles: new Map([['Developers', [PEOPLE.agent, PEOPLE.expert]]]) },
    { key: 'SALES', name: 'Sales opportunities (LTC)', typeKey: 'business' },
    { key: 'RD', name: 'Product development (IPD)', roles: new Map([['Developers', [PEOPLE.expert]]]) },
  ],
  issueTypes: [
    'Incident',
    'Service request',
    'Bug',
    'Story',
    'New Feature',
    'Improvement',
    'Problem',
    'Opportunity',
    'Task',
  ],
  statuses: [
    { name: 'Open', category: 'new' },
    { name: 'In Progress', category: 'indeterminate' },
    { name: 'Waiting for customer', category: 'indeterminate' },
    { name: 'Escalated', category: 'indeterminate' },
    { name: 'Resolved', category: 'done' },
    { name: 'Closed', category: 'done' },
  ],
  priorities: ['Highest', 'High', 'Medium', 'Low', 'Lowest'],
  resolutions: ['Done', 'Fixed', "Won't do"],
  linkTypes: [
    { name: 'Relates', inward: 'relates to', outward: 'relates to' },
    { name: 'Problem/Incident', inward: 'is caused by', outward: 'causes' },
  ],
  users: [
    { accountId: PEOPLE.reporter, displayName: '王芳 (Acme)', groups: ['customers'], browse: ['SUP'], edit: ['SUP'] },
    { accountId: PEOPLE.agent, displayName: 'Li Lei (L1)', groups: ['support-l1'], browse: ['*'], edit: ['*'] },
    { accountId: PEOPLE.expert, displayName: 'Zhang Wei (L2)', groups: ['support-l2'], browse: ['*'], edit: ['*'] },
    { accountId: PEOPLE.viewer, displayName: 'Viewer', groups: [], browse: ['SUP'], edit: [] },
    {
      accountId: PEOPLE.manager,
      displayName: '陈静 (Service manager)',
      groups: ['service-managers'],
      browse: ['*'],
      edit: ['SUP'],
      administer: ['SUP'],
    },
    {
      accountId: PEOPLE.admin,
      displayName: 'Jira admin',
      groups: ['jira-admins'],
      browse: ['*'],
      edit: ['*'],
      admin: true,
    },
  ],
  groups: [
    'service-managers',
    'team-leads',
    'erp-service-owners',
    'messaging-owners',
    'workplace-owners',
    'app-owners',
    'support-l3',
    'supplier-liaison',
  ],
  customFields: [
    { name: 'Customer', kind: 'option' },
    { name: 'Impact', kind: 'option' },
    { name: 'Urgency', kind: 'option' },
    { name: 'Support tier', kind: 'option' },
    { name: 'Root cause', kind: 'option' },
    { name: 'Supplier', kind: 'string' },
  ],
};
