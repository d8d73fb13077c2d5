// Choosing one of the project's customers, with the resolver's refusal under the picker.
import { FormField } from './FormField';
import type { CustomerOption } from './useCustomerOptions';

export function CustomerSelect(p: {
  readonly id: string;
  readonly label: string;
  /** The empty choice's words ("Choose a customer"). */
  readonly choose: string;
  readonly customers: readonly CustomerOption[];
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (id: string) => void;
}) {
  return (
    <FormField id={p.id} label={p.label} error={p.error}>
      {(a) => (
        <select {...a} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value)}>
          <option value="">{p.choose}</option>
          {p.customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
