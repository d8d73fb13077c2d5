// "At risk now": the open issues whose SLA clocks breach next, with business time left.

import type { BaseSettings } from '../gadgets';

export const AT_RISK = { data: 'atRisk.data' } as const;

export const AT_RISK_LIMITS = [10, 20, 50] as const;

export interface AtRiskSettings extends BaseSettings {
  readonly limit: (typeof AT_RISK_LIMITS)[number];
  /** Also list the issues already breached (most overdue first). */
  readonly breached: boolean;
}

export const DEFAULT_AT_RISK: AtRiskSettings = { projects: [], months: 12, refresh: 15, limit: 10, breached: false };
