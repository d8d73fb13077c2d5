// Monthly service reports (seed 003: submitted within 5 working days of the next month, reviewed within
// 10): where a project's reports go, and the reports made. Zod-free (the browser imports it); the schemas
// are in report-payloads.ts.

export type { ReportFigures } from '../../domain/reports/figures';
export type { ReportSettings, ReportListInput, GenerateReport } from './report-payloads';

import type { ReportFigures } from '../../domain/reports/figures';
import type { ReportSettings } from './report-payloads';

export const REPORT = {
  settings: 'report.settings',
  saveSettings: 'report.saveSettings',
  list: 'report.list',
  generate: 'report.generate',
} as const;

export const REPORT_SORTS = ['month', 'customer', 'dueOn'] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** The settings in force, whether saved or the defaults (this project, its 'Task' type or first type). */
export interface ReportSettingsView {
  readonly settings: ReportSettings;
  readonly saved: boolean;
}

export interface ServiceReport {
  /** customerId/month: one report per customer and month. */
  readonly id: string;
  readonly customerId: string;
  /** The customer's name now (null: the customer record was removed since). */
  readonly customerName: string | null;
  /** 'YYYY-MM'. */
  readonly month: string;
  readonly issueKey: string | null;
  readonly dueOn: string;
  readonly reviewDueOn: string;
  readonly createdAt: number;
  readonly figures: ReportFigures;
}

/** What a "generate now" did: made the report, or found it made already. */
export interface GenerateOutcome {
  readonly report: ServiceReport;
  readonly created: boolean;
}
