// Importing customers and their users from CSV, and from a JSM service desk. Zod-free (the browser
// imports it); the payloads are in customer-import-payloads.ts.

export const CUSTOMER_IMPORT = { csv: 'customer.importCsv', jsm: 'customer.importJsm' } as const;

/** The largest CSV text accepted (the browser checks the file first). */
export const CSV_IMPORT_MAX_CHARS = 1_000_000;

export type CsvImportKind = 'customers' | 'users';

export interface CsvImportResult {
  readonly kind: CsvImportKind;
  /** Rows written: new ones and ones that updated a record of the same name. */
  readonly created: number;
  readonly updated: number;
}

export interface JsmImportResult {
  readonly organizations: number;
  readonly customersCreated: number;
  readonly customersUpdated: number;
  readonly usersCreated: number;
  readonly usersUpdated: number;
  readonly usersRemoved: number;
}

/** Header names each column is known by (English or Chinese; case and spaces ignored). */
export const CSV_COLUMNS = {
  customers: {
    name: ['name', 'customer', '名称', '客户', '客户名称'],
    tier: ['tier', '级别', '客户级别'],
    policy: ['policy', 'sla policy', 'sla策略', '服务级别策略'],
    calendar: ['calendar', '日历', '服务时间'],
    termStart: ['term start', 'start', '开始日期', '合同开始'],
    termEnd: ['term end', 'end', '结束日期', '合同结束'],
    value: ['value', '金额', '合同金额'],
    currency: ['currency', '币种'],
    accountManager: ['account manager', '客户经理'],
    contacts: ['contacts', '联系人'],
    fieldValues: ['field values', '字段值'],
    organizations: ['organizations', 'jsm organizations', '组织'],
    emailDomains: ['email domains', '邮箱域名'],
    reporterGroups: ['reporter groups', '报告人组'],
  },
  users: {
    customer: ['customer', '客户', '客户名称'],
    name: ['name', '姓名', '名称'],
    email: ['email', '邮箱', '电子邮件'],
    accountId: ['account id', '账号'],
    tier: ['tier', '级别', '用户级别'],
  },
} as const;
