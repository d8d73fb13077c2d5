// Finance (seed 003: 预算、核算、结算): a budget's accounting with the benefit measures, then the records it
// is made of — budgets by phase, recorded costs, settlement periods (closed for good with confirmation),
// role rates and people's roles. Every change re-reads the accounting.
import { useEffect, useState } from 'react';
import type { Changed } from '@contract/records/changed';
import { BUDGET, type Budget } from '@contract/records/budget';
import type { RecordedCost } from '@contract/records/cost';
import type { RoleAssignment, RoleRate } from '@contract/records/rate';
import type { Settlement } from '@contract/records/settlement';
import { call } from '../../shared/forge';
import { useText } from '../../shared/i18n';
import type { TabProps } from '../ProjectPage';
import { money } from '../records/money';
import type { Column } from '../records/RecordList';
import { RecordSection } from '../records/RecordSection';
import { newId } from '../records/useRecordForm';
import { withoutChanged } from '../records/without-changed';
import { Accounting } from './Accounting';
import { blankPhase, BudgetForm } from './BudgetForm';
import { CloseButton } from './CloseButton';
import { CostForm, RateForm, RoleForm, SettlementForm } from './forms';
import { useFinanceText } from './texts';
import { useOptions } from './useOptions';
import './finance.css';

const today = () => new Date().toISOString().slice(0, 10);
const yearEnd = () => `${today().slice(0, 4)}-12-31`;
const sum = (o: Readonly<Record<string, number>>) => Object.values(o).reduce((a, b) => a + b, 0);

export default function FinanceTab({ access }: TabProps) {
  const t = useFinanceText();
  const { locale } = useText();
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const budgets = useOptions('budget.list', version);
  const contracts = useOptions('contract.list');
  const suppliers = useOptions('supplier.list');
  const [names, setNames] = useState<Readonly<Record<string, string | null>>>({});
  useEffect(() => {
    void call<Record<string, string | null>>(BUDGET.people, {}).then((r) => r.ok && setNames(r.data));
  }, [version]);
  const budgetOptions = budgets.map((b) => ({ id: b.id, name: b.title }));
  const budgetName = (id: string) => budgets.find((b) => b.id === id)?.title ?? t('none');
  const contractName = (id: string | null) =>
    id === null ? t('wholeProject') : `${t('contract')}: ${contracts.find((c) => c.id === id)?.title ?? id}`;
  const who = (id: string) => names[id] ?? id;
  const m = (cents: number) => money(cents, locale);
  const amount = (cents: number) => (cents / 100).toFixed(2);

  const budgetColumns: ReadonlyArray<Column<Budget & Changed>> = [
    { label: t('title'), sort: 'title', cell: (r) => r.title, csv: (r) => r.title },
    { label: t('scope'), cell: (r) => contractName(r.contractId), csv: (r) => contractName(r.contractId) },
    {
      label: t('phases'),
      sort: 'starts',
      cell: (r) => t('span', { from: r.phases[0]!.from, to: r.phases.at(-1)!.to }),
      csv: (r) => r.phases.map((p) => `${p.name} ${p.from}..${p.to}`).join('; '),
    },
    { label: t('currency'), cell: (r) => r.currency, csv: (r) => r.currency },
    {
      label: t('income'),
      cell: (r) => m(r.phases.reduce((a, p) => a + sum(p.income), 0)),
      csv: (r) => amount(r.phases.reduce((a, p) => a + sum(p.income), 0)),
    },
    {
      label: t('expense'),
      cell: (r) => m(r.phases.reduce((a, p) => a + sum(p.expense), 0)),
      csv: (r) => amount(r.phases.reduce((a, p) => a + sum(p.expense), 0)),
    },
  ];
  const costColumns: ReadonlyArray<Column<RecordedCost & Changed>> = [
    { label: t('spentOn'), sort: 'spentOn', cell: (r) => r.spentOn, csv: (r) => r.spentOn },
    { label: t('budget'), cell: (r) => budgetName(r.budgetId), csv: (r) => budgetName(r.budgetId) },
    { label: t('category'), sort: 'category', cell: (r) => t(r.category), csv: (r) => r.category },
    { label: t('amount'), sort: 'amount', cell: (r) => m(r.amountCents), csv: (r) => amount(r.amountCents) },
    { label: t('note'), cell: (r) => r.note, csv: (r) => r.note },
    {
      label: t('supplier'),
      cell: (r) => (r.supplierId ? (suppliers.find((s) => s.id === r.supplierId)?.name ?? r.supplierId) : t('none')),
      csv: (r) => suppliers.find((s) => s.id === r.supplierId)?.name ?? '',
    },
  ];
  const settlementColumns: ReadonlyArray<Column<Settlement & Changed>> = [
    { label: t('from'), sort: 'starts', cell: (r) => r.starts, csv: (r) => r.starts },
    { label: t('to'), cell: (r) => r.ends, csv: (r) => r.ends },
    { label: t('budget'), cell: (r) => budgetName(r.budgetId), csv: (r) => budgetName(r.budgetId) },
    { label: t('billed'), sort: 'billed', cell: (r) => m(r.billedCents), csv: (r) => amount(r.billedCents) },
    { label: t('received'), cell: (r) => m(r.receivedCents), csv: (r) => amount(r.receivedCents) },
    {
      label: t('outstanding'),
      cell: (r) => m(r.billedCents - r.receivedCents),
      csv: (r) => amount(r.billedCents - r.receivedCents),
    },
    { label: t('status'), sort: 'status', cell: (r) => t(r.status), csv: (r) => r.status },
  ];
  const rateColumns: ReadonlyArray<Column<RoleRate & Changed>> = [
    { label: t('role'), sort: 'role', cell: (r) => r.role, csv: (r) => r.role },
    { label: t('rate'), sort: 'rate', cell: (r) => `${m(r.rateCents)} ${r.currency}`, csv: (r) => amount(r.rateCents) },
    { label: t('currency'), cell: (r) => r.currency, csv: (r) => r.currency },
    { label: t('effectiveFrom'), sort: 'effectiveFrom', cell: (r) => r.effectiveFrom, csv: (r) => r.effectiveFrom },
  ];
  const roleColumns: ReadonlyArray<Column<RoleAssignment & Changed>> = [
    { label: t('person'), sort: 'accountId', cell: (r) => who(r.accountId), csv: (r) => who(r.accountId) },
    { label: t('accountId'), cell: (r) => r.accountId, csv: (r) => r.accountId },
    { label: t('role'), sort: 'role', cell: (r) => r.role, csv: (r) => r.role },
    { label: t('effectiveFrom'), sort: 'effectiveFrom', cell: (r) => r.effectiveFrom, csv: (r) => r.effectiveFrom },
  ];
  const firstBudget = budgets[0]?.id ?? '';
  return (
    <>
      <Accounting budgets={budgets} version={version} />
      <RecordSection<Budget, Budget & Changed>
        id="budgets"
        title={t('budgets')}
        level={2}
        kind="budget"
        columns={budgetColumns}
        searchWhat={t('budgetWhat')}
        canChange={access.canChange}
        blank={() => ({
          id: newId(),
          title: '',
          contractId: null,
          currency: budgets[0]?.currency ?? 'CNY',
          phases: [blankPhase(today(), yearEnd())],
        })}
        addLabel={t('addBudget')}
        nameOf={(r) => r.title}
        editLabel={(r) => t('editBudget', { title: r.title })}
        onChanged={bump}
        form={(record, heading, onDone) => (
          <BudgetForm key={record.id} initial={record} contracts={contracts} heading={heading} onDone={onDone} />
        )}
      />
      <RecordSection<RecordedCost>
        id="costs"
        title={t('costs')}
        level={2}
        kind="cost"
        columns={costColumns}
        searchWhat={t('costWhat')}
        canChange={access.canChange}
        blank={() => ({
          id: newId(),
          budgetId: firstBudget,
          spentOn: today(),
          category: 'parts',
          amountCents: 0,
          note: '',
          supplierId: null,
        })}
        addLabel={t('addCost')}
        nameOf={(r) => `${r.spentOn} ${r.note}`}
        editLabel={(r) => t('editCost', { date: r.spentOn })}
        onChanged={bump}
        form={(record, heading, onDone) => (
          <CostForm
            key={record.id}
            initial={record}
            budgets={budgetOptions}
            suppliers={suppliers}
            heading={heading}
            onDone={onDone}
          />
        )}
      />
      <RecordSection<Settlement>
        id="settlements"
        title={t('settlements')}
        level={2}
        kind="settlement"
        columns={settlementColumns}
        searchWhat={t('settlementWhat')}
        canChange={access.canChange}
        blank={() => ({
          id: newId(),
          budgetId: firstBudget,
          starts: today(),
          ends: today(),
          billedCents: 0,
          receivedCents: 0,
          status: 'open',
        })}
        addLabel={t('addSettlement')}
        nameOf={(r) => t('span', { from: r.starts, to: r.ends })}
        editLabel={(r) => t('editSettlement', { from: r.starts, to: r.ends })}
        onChanged={bump}
        moreActions={(r, changed) =>
          r.status === 'open' ? (
            <CloseButton period={withoutChanged(r)} onClosed={() => changed(t('closedNote'))} onError={changed} />
          ) : null
        }
        form={(record, heading, onDone) => (
          <SettlementForm key={record.id} initial={record} budgets={budgetOptions} heading={heading} onDone={onDone} />
        )}
      />
      <RecordSection<RoleRate>
        id="rates"
        title={t('rates')}
        level={2}
        kind="rate"
        columns={rateColumns}
        searchWhat={t('rateWhat')}
        canChange={access.canChange}
        blank={() => ({ id: newId(), role: '', rateCents: 0, currency: 'CNY', effectiveFrom: today() })}
        addLabel={t('addRate')}
        nameOf={(r) => `${r.role} ${r.effectiveFrom}`}
        editLabel={(r) => t('editRate', { role: r.role, from: r.effectiveFrom })}
        onChanged={bump}
        form={(record, heading, onDone) => (
          <RateForm key={record.id} initial={record} heading={heading} onDone={onDone} />
        )}
      />
      <RecordSection<RoleAssignment>
        id="roles"
        title={t('roles')}
        level={2}
        kind="role"
        columns={roleColumns}
        searchWhat={t('roleWhat')}
        canChange={access.canChange}
        blank={() => ({ id: newId(), accountId: '', role: '', effectiveFrom: today() })}
        addLabel={t('addRole')}
        nameOf={(r) => `${who(r.accountId)} ${r.role}`}
        editLabel={(r) => t('editRole', { who: who(r.accountId), from: r.effectiveFrom })}
        onChanged={bump}
        form={(record, heading, onDone) => (
          <RoleForm key={record.id} initial={record} heading={heading} onDone={onDone} />
        )}
      />
    </>
  );
}
