// The small finance forms: a recorded cost, a settlement period, a role rate, a person's role.
import { useState } from 'react';
import { COST_CATEGORIES, type RecordedCost } from '@contract/records/cost';
import type { RoleAssignment, RoleRate } from '@contract/records/rate';
import type { Settlement } from '@contract/records/settlement';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { fromCents, toCents } from './amount';
import { RecordForm } from '../suppliers/RecordForm';
import { useFinanceText } from './texts';

interface FormProps<T> {
  readonly initial: T;
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}

export interface Named {
  readonly id: string;
  readonly name: string;
}

/** A date input with its label and the resolver's refusal under it. */
function DateField(p: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (day: string) => void;
}) {
  return (
    <FormField id={p.id} label={p.label} error={p.error}>
      {(a) => <input {...a} type="date" value={p.value} onChange={(e) => p.onChange(e.currentTarget.value)} />}
    </FormField>
  );
}

function BudgetSelect(p: {
  readonly id: string;
  readonly budgets: readonly Named[];
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (id: string) => void;
}) {
  const t = useFinanceText();
  return (
    <FormField id={p.id} label={t('budget')} error={p.error}>
      {(a) => (
        <select {...a} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value)}>
          <option value="">{t('chooseBudget')}</option>
          {p.budgets.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

export function CostForm(
  p: FormProps<RecordedCost> & { readonly budgets: readonly Named[]; readonly suppliers: readonly Named[] },
) {
  const t = useFinanceText();
  const form = useRecordForm('cost.save', ['budgetId', 'spentOn', 'category', 'amountCents', 'note', 'supplierId']);
  const [c, setC] = useState(p.initial);
  const [amount, setAmount] = useState(fromCents(p.initial.amountCents));
  const set = <K extends keyof RecordedCost>(k: K, v: RecordedCost[K]) => setC({ ...c, [k]: v });
  return (
    <RecordForm
      level={3}
      heading={p.heading}
      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() => void form.save({ ...c, amountCents: toCents(amount) }).then((ok) => ok && p.onDone(true))}
    >
      <BudgetSelect
        id="co-budget"
        budgets={p.budgets}
        value={c.budgetId}
        error={form.at('budgetId')}
        onChange={(id) => set('budgetId', id)}
      />
      <DateField
        id="co-date"
        label={t('spentOn')}
        value={c.spentOn}
        error={form.at('spentOn')}
        onChange={(d) => set('spentOn', d)}
      />
      <FormField id="co-category" label={t('category')} error={form.at('category')}>
        {(a) => (
          <select
            {...a}
            value={c.category}
            onChange={(e) => set('category', e.currentTarget.value as RecordedCost['category'])}
          >
            {COST_CATEGORIES.map((k) => (
              <option key={k} value={k}>
                {t(k)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="co-amount" label={t('amount')} hint={t('amountHint')} error={form.at('amountCents')}>
        {(a) => <input {...a} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} />}
      </FormField>
      <FormField id="co-note" label={t('note')} error={form.at('note')}>
        {(a) => <input {...a} value={c.note} onChange={(e) => set('note', e.currentTarget.value)} />}
      </FormField>
      <FormField id="co-supplier" label={t('supplier')} error={form.at('supplierId')}>
        {(a) => (
          <select {...a} value={c.supplierId ?? ''} onChange={(e) => set('supplierId', e.currentTarget.value || null)}>
            <option value="">{t('noSupplier')}</option>
            {p.suppliers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </RecordForm>
  );
}

export function SettlementForm(p: FormProps<Settlement> & { readonly budgets: readonly Named[] }) {
  const t = useFinanceText();
  const form = useRecordForm('settlement.save', [
    'budgetId',
    'starts',
    'ends',
    'billedCents',
    'receivedCents',
    'status',
  ]);
  const [s, setS] = useState(p.initial);
  const [billed, setBilled] = useState(fromCents(p.initial.billedCents));
  const [received, setReceived] = useState(fromCents(p.initial.receivedCents));
  const set = <K extends keyof Settlement>(k: K, v: Settlement[K]) => setS({ ...s, [k]: v });
  return (
    <RecordForm
      level={3}
      heading={p.heading}
      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() =>
        void form
          .save({ ...s, billedCents: toCents(billed), receivedCents: toCents(received) })
          .then((ok) => ok && p.onDone(true))
      }
    >
      <BudgetSelect
        id="se-budget"
        budgets={p.budgets}
        value={s.budgetId}
        error={form.at('budgetId')}
        onChange={(id) => set('budgetId', id)}
      />
      <DateField
        id="se-starts"
        label={t('from')}
        value={s.starts}
        error={form.at('starts')}
        onChange={(d) => set('starts', d)}
      />
      <DateField id="se-ends" label={t('to')} value={s.ends} error={form.at('ends')} onChange={(d) => set('ends', d)} />
      <FormField id="se-billed" label={t('billed')} hint={t('amountHint')} error={form.at('billedCents')}>
        {(a) => <input {...a} inputMode="decimal" value={billed} onChange={(e) => setBilled(e.currentTarget.value)} />}
      </FormField>
      <FormField id="se-received" label={t('received')} error={form.at('receivedCents')}>
        {(a) => (
          <input {...a} inputMode="decimal" value={received} onChange={(e) => setReceived(e.currentTarget.value)} />
        )}
      </FormField>
      {form.at('status') ? (
        <p className="error" role="alert">
          {form.at('status')}
        </p>
      ) : null}
    </RecordForm>
  );
}

export function RateForm(p: FormProps<RoleRate>) {
  const t = useFinanceText();
  const form = useRecordForm('rate.save', ['role', 'rateCents', 'currency', 'effectiveFrom']);
  const [r, setR] = useState(p.initial);
  const [rate, setRate] = useState(fromCents(p.initial.rateCents));
  const set = <K extends keyof RoleRate>(k: K, v: RoleRate[K]) => setR({ ...r, [k]: v });
  return (
    <RecordForm
      level={3}
      heading={p.heading}
      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() => void form.save({ ...r, rateCents: toCents(rate) }).then((ok) => ok && p.onDone(true))}
    >
      <FormField id="ra-role" label={t('role')} error={form.at('role')}>
        {(a) => <input {...a} value={r.role} onChange={(e) => set('role', e.currentTarget.value)} />}
      </FormField>
      <FormField id="ra-rate" label={t('rate')} hint={t('amountHint')} error={form.at('rateCents')}>
        {(a) => <input {...a} inputMode="decimal" value={rate} onChange={(e) => setRate(e.currentTarget.value)} />}
      </FormField>
      <FormField id="ra-currency" label={t('currency')} error={form.at('currency')}>
        {(a) => (
          <input
            {...a}
            maxLength={3}
            value={r.currency}
            onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())}
          />
        )}
      </FormField>
      <DateField
        id="ra-from"
        label={t('effectiveFrom')}
        value={r.effectiveFrom}
        error={form.at('effectiveFrom')}
        onChange={(d) => set('effectiveFrom', d)}
      />
    </RecordForm>
  );
}

export function RoleForm(p: FormProps<RoleAssignment>) {
  const t = useFinanceText();
  const form = useRecordForm('role.save', ['accountId', 'role', 'effectiveFrom']);
  const [r, setR] = useState(p.initial);
  const set = <K extends keyof RoleAssignment>(k: K, v: RoleAssignment[K]) => setR({ ...r, [k]: v });
  return (
    <RecordForm
      level={3}
      heading={p.heading}
      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() => void form.save(r).then((ok) => ok && p.onDone(true))}
    >
      <FormField id="ro-account" label={t('accountId')} error={form.at('accountId')}>
        {(a) => <input {...a} value={r.accountId} onChange={(e) => set('accountId', e.currentTarget.value.trim())} />}
      </FormField>
      <FormField id="ro-role" label={t('role')} error={form.at('role')}>
        {(a) => <input {...a} value={r.role} onChange={(e) => set('role', e.currentTarget.value)} />}
      </FormField>
      <DateField
        id="ro-from"
        label={t('effectiveFrom')}
        value={r.effectiveFrom}
        error={form.at('effectiveFrom')}
        onChange={(d) => set('effectiveFrom', d)}
      />
    </RecordForm>
  );
}
