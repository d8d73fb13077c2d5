// Finance records as record kinds (src/app/records/kind.ts): role rates, people's roles, budgets, recorded
// costs and settlement periods. Each save is checked whole against what the project holds before its one
// upsert. A closed settlement period is final: it refuses every change and removal, and so does a recorded
// cost of its budget dated inside it (moved into it, out of it, or removed).

import { z } from 'zod';
import { budgetPayload, type Budget } from '../../contract/records/budget-payloads';
import { costIn, type RecordedCost } from '../../contract/records/cost-payloads';
import { rateIn, roleIn, type RoleAssignment, type RoleRate } from '../../contract/records/rate-payloads';
import { settlementIn, type Settlement } from '../../contract/records/settlement-payloads';
import { rowById, rowsWhereIn } from '../../platform/sql/records';
import type { ProjectCall, RecordKind, Refusal } from '../records/kind';
import {
  budgetOf,
  budgetRow,
  costOf,
  costRow,
  rateOf,
  rateRow,
  roleOf,
  roleRow,
  settlementOf,
  settlementRow,
} from './rows';

const idRow = z.looseObject({ id: z.string() });

async function exists(table: string, id: string, path: string, what: string, call: ProjectCall): Promise<Refusal[]> {
  const found = await rowsWhereIn(table, idRow, call.project.id, 'id', [id]);
  return found.length ? [] : [{ path, message: `${call.project.key} has no such ${what}.` }];
}

export const rateKind: RecordKind<RoleRate, z.infer<typeof rateRow>, 'role' | 'effectiveFrom' | 'rate', 'role'> = {
  name: 'rate',
  table: 'itr_fin_rate',
  payload: rateIn,
  row: rateRow,
  toColumns: (r) => ({ role: r.role, rate_cents: r.rateCents, currency: r.currency, effective_from: r.effectiveFrom }),
  fromRow: rateOf,
  search: ['role'],
  sort: { role: 'role', effectiveFrom: 'effective_from', rate: 'rate_cents' },
  defaultSort: { by: 'role', dir: 'asc' },
  filters: { role: 'role' },
  check: async (r, call) => {
    const out: Refusal[] = [];
    const others = (await rowsWhereIn('itr_fin_rate', rateRow, call.project.id, 'role', [r.role])).filter(
      (x) => x.id !== r.id,
    );
    if (others.some((x) => x.effective_from === r.effectiveFrom))
      out.push({ path: 'effectiveFrom', message: `${r.role} already has a rate from ${r.effectiveFrom}.` });
    const currencies = (await rowsWhereIn('itr_fin_rate', rateRow, call.project.id, 'project_id', [call.project.id]))
      .filter((x) => x.id !== r.id)
      .map((x) => x.currency);
    if (currencies.length && !currencies.includes(r.currency))
      out.push({ path: 'currency', message: `${call.project.key}'s rates are in ${currencies[0]}.` });
    return out;
  },
};

export const roleKind: RecordKind<
  RoleAssignment,
  z.infer<typeof roleRow>,
  'accountId' | 'effectiveFrom' | 'role',
  'accountId' | 'role'
> = {
  name: 'role',
  table: 'itr_fin_role',
  payload: roleIn,
  row: roleRow,
  toColumns: (r) => ({ account_id: r.accountId, role: r.role, effective_from: r.effectiveFrom }),
  fromRow: roleOf,
  search: ['role', 'account_id'],
  sort: { accountId: 'account_id', effectiveFrom: 'effective_from', role: 'role' },
  defaultSort: { by: 'accountId', dir: 'asc' },
  filters: { accountId: 'account_id', role: 'role' },
  check: async (r, call) => {
    const same = await rowsWhereIn('itr_fin_role', roleRow, call.project.id, 'account_id', [r.accountId]);
    return same.some((x) => x.id !== r.id && x.effective_from === r.effectiveFrom)
      ? [{ path: 'effectiveFrom', message: `This person already has a role from ${r.effectiveFrom}.` }]
      : [];
  },
};

const span = (b: Budget) => ({ starts: b.phases[0]!.from, ends: b.phases[b.phases.length - 1]!.to });

export const budgetKind: RecordKind<Budget, z.infer<typeof budgetRow>, 'starts' | 'title' | 'ends', 'contractId'> = {
  name: 'budget',
  table: 'itr_fin_budget',
  payload: budgetPayload,
  row: budgetRow,
  toColumns: (b) => ({
    title: b.title,
    contract_id: b.contractId,
    currency: b.currency,
    ...span(b),
    phases: JSON.stringify(b.phases),
  }),
  fromRow: budgetOf,
  search: ['title'],
  sort: { starts: 'starts', title: 'title', ends: 'ends' },
  defaultSort: { by: 'starts', dir: 'desc' },
  filters: { contractId: 'contract_id' },
  check: async (b, call) => {
    const out = b.contractId ? await exists('itr_contract', b.contractId, 'contractId', 'contract', call) : [];
    const { starts, ends } = span(b);
    // Worklogs count by month: two budgets of the same scope sharing a month would count them twice.
    const sameScope = (await rowsWhereIn('itr_fin_budget', budgetRow, call.project.id, 'project_id', [call.project.id]))
      .filter((o) => o.id !== b.id && o.contract_id === b.contractId)
      .find((o) => o.starts.slice(0, 7) <= ends.slice(0, 7) && starts.slice(0, 7) <= o.ends.slice(0, 7));
    if (sameScope)
      out.push({
        path: 'phases',
        message: `"${sameScope.title}" (${sameScope.starts} to ${sameScope.ends}) already budgets these months for the same ${b.contractId ? 'contract' : 'project'}.`,
      });
    const costs = await rowsWhereIn('itr_fin_cost', costRow, call.project.id, 'budget_id', [b.id]);
    const periods = await rowsWhereIn('itr_fin_settlement', settlementRow, call.project.id, 'budget_id', [b.id]);
    const outside = [...costs.map((c) => c.spent_on), ...periods.flatMap((p) => [p.starts, p.ends])].filter(
      (d) => d < starts || d > ends,
    );
    if (outside.length)
      out.push({
        path: 'phases',
        message: `The phases must cover the budget's recorded costs and settlement periods (${outside.sort()[0]}).`,
      });
    return out;
  },
  removeCheck: async (id, call) => {
    const costs = await rowsWhereIn('itr_fin_cost', idRow, call.project.id, 'budget_id', [id]);
    const periods = await rowsWhereIn('itr_fin_settlement', idRow, call.project.id, 'budget_id', [id]);
    return costs.length || periods.length
      ? [{ path: 'id', message: 'This budget has recorded costs or settlement periods: remove them first.' }]
      : [];
  },
};

/** The budget a cost or period names, or a refusal. */
async function budgetFor(budgetId: string, call: ProjectCall): Promise<{ budget: Budget | null; refusals: Refusal[] }> {
  const r = await rowById('itr_fin_budget', budgetRow, call.project.id, budgetId);
  return r
    ? { budget: budgetOf(r), refusals: [] }
    : { budget: null, refusals: [{ path: 'budgetId', message: `${call.project.key} has no such budget.` }] };
}

function outsideBudget(b: Budget, days: readonly string[], path: string): Refusal[] {
  const { starts, ends } = span(b);
  return days.some((d) => d < starts || d > ends)
    ? [{ path, message: `A date of this budget is within its phases (${starts} to ${ends}).` }]
    : [];
}

/** The closed period of a budget holding a day, if any. */
async function closedOn(budgetId: string, day: string, call: ProjectCall) {
  const periods = await rowsWhereIn('itr_fin_settlement', settlementRow, call.project.id, 'budget_id', [budgetId]);
  return periods.find((p) => p.status === 'closed' && p.starts <= day && day <= p.ends);
}

const closedMessage = (p: { starts: string; ends: string }) =>
  `The settlement period ${p.starts} to ${p.ends} is closed: its costs no longer change.`;

export const costKind: RecordKind<
  RecordedCost,
  z.infer<typeof costRow>,
  'spentOn' | 'amount' | 'category',
  'budgetId' | 'category'
> = {
  name: 'cost',
  table: 'itr_fin_cost',
  payload: costIn,
  row: costRow,
  toColumns: (c) => ({
    budget_id: c.budgetId,
    spent_on: c.spentOn,
    category: c.category,
    amount_cents: c.amountCents,
    note: c.note,
    supplier_id: c.supplierId,
  }),
  fromRow: costOf,
  search: ['note'],
  sort: { spentOn: 'spent_on', amount: 'amount_cents', category: 'category' },
  defaultSort: { by: 'spentOn', dir: 'desc' },
  filters: { budgetId: 'budget_id', category: 'category' },
  check: async (c, call) => {
    const { budget, refusals } = await budgetFor(c.budgetId, call);
    if (!budget) return refusals;
    const out = outsideBudget(budget, [c.spentOn], 'spentOn');
    if (c.supplierId) out.push(...(await exists('itr_supplier', c.supplierId, 'supplierId', 'supplier', call)));
    const before = await rowById('itr_fin_cost', costRow, call.project.id, c.id);
    if (before) {
      const was = await closedOn(before.budget_id, before.spent_on, call);
      if (was) return [{ path: 'spentOn', message: closedMessage(was) }];
    }
    const into = await closedOn(c.budgetId, c.spentOn, call);
    if (into) out.push({ path: 'spentOn', message: closedMessage(into) });
    return out;
  },
  removeCheck: async (id, call) => {
    const before = await rowById('itr_fin_cost', costRow, call.project.id, id);
    const was = before && (await closedOn(before.budget_id, before.spent_on, call));
    return was ? [{ path: 'id', message: closedMessage(was) }] : [];
  },
};

const periodClosed = (p: { starts: string; ends: string }) =>
  `The settlement period ${p.starts} to ${p.ends} is closed: it no longer changes.`;

export const settlementKind: RecordKind<
  Settlement,
  z.infer<typeof settlementRow>,
  'starts' | 'billed' | 'status',
  'budgetId' | 'status'
> = {
  name: 'settlement',
  table: 'itr_fin_settlement',
  payload: settlementIn,
  row: settlementRow,
  toColumns: (s) => ({
    budget_id: s.budgetId,
    starts: s.starts,
    ends: s.ends,
    billed_cents: s.billedCents,
    received_cents: s.receivedCents,
    status: s.status,
  }),
  fromRow: settlementOf,
  search: ['starts', 'ends'],
  sort: { starts: 'starts', billed: 'billed_cents', status: 'status' },
  defaultSort: { by: 'starts', dir: 'desc' },
  filters: { budgetId: 'budget_id', status: 'status' },
  check: async (s, call) => {
    const before = await rowById('itr_fin_settlement', settlementRow, call.project.id, s.id);
    if (before?.status === 'closed') return [{ path: 'status', message: periodClosed(before) }];
    const { budget, refusals } = await budgetFor(s.budgetId, call);
    if (!budget) return refusals;
    const out = outsideBudget(budget, [s.starts, s.ends], 'starts');
    const others = await rowsWhereIn('itr_fin_settlement', settlementRow, call.project.id, 'budget_id', [s.budgetId]);
    const overlap = others.find((o) => o.id !== s.id && o.starts <= s.ends && s.starts <= o.ends);
    if (overlap) out.push({ path: 'starts', message: `It overlaps the period ${overlap.starts} to ${overlap.ends}.` });
    return out;
  },
  removeCheck: async (id, call) => {
    const before = await rowById('itr_fin_settlement', settlementRow, call.project.id, id);
    return before?.status === 'closed' ? [{ path: 'id', message: periodClosed(before) }] : [];
  },
};
