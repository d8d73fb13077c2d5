// A budget as seed 003 forms it: its income and expense items, divided into phases, make the budget table.
// Amounts are typed in the budget's currency and saved in cents.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { EXPENSE_ITEMS, INCOME_ITEMS, type Budget, type BudgetPhase } from '@contract/records/budget';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { useProjectText } from '../texts';
import { fromCents, toCents } from './amount';
import { useFinanceText } from './texts';

type Item = (typeof INCOME_ITEMS)[number] | (typeof EXPENSE_ITEMS)[number];
const ITEMS: readonly Item[] = [...INCOME_ITEMS, ...EXPENSE_ITEMS];
const FIELDS = ['title', 'contractId', 'currency', 'phases'];

interface TypedPhase {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly amounts: Readonly<Record<Item, string>>;
}

const typed = (p: BudgetPhase): TypedPhase => ({
  name: p.name,
  from: p.from,
  to: p.to,
  amounts: Object.fromEntries([
    ...INCOME_ITEMS.map((k) => [k, fromCents(p.income[k])]),
    ...EXPENSE_ITEMS.map((k) => [k, fromCents(p.expense[k])]),
  ]) as Record<Item, string>,
});

const phaseOf = (t: TypedPhase): BudgetPhase => ({
  name: t.name,
  from: t.from,
  to: t.to,
  income: { contract: toCents(t.amounts.contract), extraWork: toCents(t.amounts.extraWork) },
  expense: {
    labour: toCents(t.amounts.labour),
    parts: toCents(t.amounts.parts),
    supplier: toCents(t.amounts.supplier),
    travel: toCents(t.amounts.travel),
    valueAdded: toCents(t.amounts.valueAdded),
  },
});

export const itemLabel = (k: Item, t: ReturnType<typeof useFinanceText>): string =>
  k === 'contract' ? t('contractIncome') : t(k);

export function BudgetForm(p: {
  readonly initial: Budget;
  readonly contracts: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useFinanceText();
  const tp = useProjectText();
  const form = useRecordForm('budget.save', FIELDS);
  const [b, setB] = useState(p.initial);
  const [phases, setPhases] = useState(p.initial.phases.map(typed));
  const setPhase = (i: number, change: Partial<TypedPhase>) =>
    setPhases(phases.map((x, j) => (j === i ? { ...x, ...change } : x)));
  const phaseError = (i: number) => form.at(`phases.${i}`);
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        void form.save({ ...b, phases: phases.map(phaseOf) }).then((ok) => ok && p.onDone(true));
      }}
    >
      <h3>{p.heading}</h3>
      {form.general ? (
        <p className="error" role="alert">
          {form.general}
        </p>
      ) : null}
      <FormField id="bu-title" label={t('title')} error={form.at('title')}>
        {(a) => <input {...a} value={b.title} onChange={(e) => setB({ ...b, title: e.currentTarget.value })} />}
      </FormField>
      <FormField id="bu-scope" label={t('scope')} error={form.at('contractId')}>
        {(a) => (
          <select
            {...a}
            value={b.contractId ?? ''}
            onChange={(e) => setB({ ...b, contractId: e.currentTarget.value || null })}
          >
            <option value="">{t('wholeProject')}</option>
            {p.contracts.map((c) => (
              <option key={c.id} value={c.id}>
                {t('contract')}: {c.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="bu-currency" label={t('currency')} error={form.at('currency')}>
        {(a) => (
          <input
            {...a}
            maxLength={3}
            value={b.currency}
            onChange={(e) => setB({ ...b, currency: e.currentTarget.value.toUpperCase() })}
          />
        )}
      </FormField>
      <fieldset className="phases">
        <legend>{t('phases')}</legend>
        <p className="hint">{t('amountHint')}</p>
        {phases.map((ph, i) => {
          const n = i + 1;
          const err = phaseError(i);
          return (
            <fieldset key={i} className="phase">
              <legend>
                {t('phase')} {n}
              </legend>
              <div className="row wrap">
                <label>
                  {t('phaseName')}
                  <input value={ph.name} onChange={(e) => setPhase(i, { name: e.currentTarget.value })} />
                </label>
                <label>
                  {t('from')}
                  <input type="date" value={ph.from} onChange={(e) => setPhase(i, { from: e.currentTarget.value })} />
                </label>
                <label>
                  {t('to')}
                  <input type="date" value={ph.to} onChange={(e) => setPhase(i, { to: e.currentTarget.value })} />
                </label>
              </div>
              <div className="row wrap">
                {ITEMS.map((k) => (
                  <label key={k}>
                    {(INCOME_ITEMS as readonly string[]).includes(k) ? `${t('income')}: ` : `${t('expense')}: `}
                    {itemLabel(k, t)}
                    <input
                      inputMode="decimal"
                      value={ph.amounts[k]}
                      onChange={(e) => setPhase(i, { amounts: { ...ph.amounts, [k]: e.currentTarget.value } })}
                    />
                  </label>
                ))}
              </div>
              {err ? (
                <p className="error" role="alert">
                  {err}
                </p>
              ) : null}
              {phases.length > 1 ? (
                <Button appearance="subtle" onClick={() => setPhases(phases.filter((_, j) => j !== i))}>
                  {t('removePhase', { n })}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        {form.at('phases') && !phases.some((_, i) => phaseError(i)) ? (
          <p className="error" role="alert">
            {form.at('phases')}
          </p>
        ) : null}
        <Button
          onClick={() => {
            const last = phases[phases.length - 1]!;
            const next = new Date(Date.parse(`${last.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
            setPhases([...phases, typed(blankPhase(next, next))]);
          }}
        >
          {t('addPhase')}
        </Button>
      </fieldset>
      <div className="row">
        <Button type="submit" appearance="primary" isDisabled={form.busy}>
          {form.busy ? tp('saving') : tp('save')}
        </Button>
        <Button appearance="subtle" onClick={() => p.onDone(false)}>
          {tp('cancel')}
        </Button>
      </div>
    </form>
  );
}

export const blankPhase = (from: string, to: string): BudgetPhase => ({
  name: '',
  from,
  to,
  income: { contract: 0, extraWork: 0 },
  expense: { labour: 0, parts: 0, supplier: 0, travel: 0, valueAdded: 0 },
});
