// The finance tables' rows as SQL answers them, and their records.

import { z } from 'zod';
import { budgetPhase, type Budget } from '../../contract/records/budget-payloads';
import { COST_CATEGORIES } from '../../contract/records/cost';
import type { RecordedCost } from '../../contract/records/cost-payloads';
import type { RoleAssignment, RoleRate } from '../../contract/records/rate-payloads';
import { SETTLEMENT_STATUSES } from '../../contract/records/settlement';
import type { Settlement } from '../../contract/records/settlement-payloads';
import type { Changed } from '../records/kind';

const num = z.coerce.number();
const changed = { project_id: z.string(), updated_at: num, updated_by: z.string() };

export const rateRow = z.object({
  id: z.string(),
  role: z.string(),
  rate_cents: num,
  currency: z.string(),
  effective_from: z.string(),
  ...changed,
});
export const rateOf = (r: z.infer<typeof rateRow>): RoleRate & Changed => ({
  id: r.id,
  role: r.role,
  rateCents: r.rate_cents,
  currency: r.currency,
  effectiveFrom: r.effective_from,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const roleRow = z.object({
  id: z.string(),
  account_id: z.string(),
  role: z.string(),
  effective_from: z.string(),
  ...changed,
});
export const roleOf = (r: z.infer<typeof roleRow>): RoleAssignment & Changed => ({
  id: r.id,
  accountId: r.account_id,
  role: r.role,
  effectiveFrom: r.effective_from,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const budgetRow = z.object({
  id: z.string(),
  title: z.string(),
  contract_id: z.string().nullable(),
  currency: z.string(),
  starts: z.string(),
  ends: z.string(),
  phases: z.string(),
  ...changed,
});
export const budgetOf = (r: z.infer<typeof budgetRow>): Budget & Changed => ({
  id: r.id,
  title: r.title,
  contractId: r.contract_id,
  currency: r.currency,
  phases: z.array(budgetPhase).parse(JSON.parse(r.phases)),
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const costRow = z.object({
  id: z.string(),
  budget_id: z.string(),
  spent_on: z.string(),
  category: z.enum(COST_CATEGORIES),
  amount_cents: num,
  note: z.string(),
  supplier_id: z.string().nullable(),
  ...changed,
});
export const costOf = (r: z.infer<typeof costRow>): RecordedCost & Changed => ({
  id: r.id,
  budgetId: r.budget_id,
  spentOn: r.spent_on,
  category: r.category,
  amountCents: r.amount_cents,
  note: r.note,
  supplierId: r.supplier_id,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const settlementRow = z.object({
  id: z.string(),
  budget_id: z.string(),
  starts: z.string(),
  ends: z.string(),
  billed_cents: num,
  received_cents: num,
  status: z.enum(SETTLEMENT_STATUSES),
  ...changed,
});
export const settlementOf = (r: z.infer<typeof settlementRow>): Settlement & Changed => ({
  id: r.id,
  budgetId: r.budget_id,
  starts: r.starts,
  ends: r.ends,
  billedCents: r.billed_cents,
  receivedCents: r.received_cents,
  status: r.status,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});
