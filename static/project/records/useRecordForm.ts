// Saving a record from a form: the resolver's refusal lands at the field its path names
// ("record.deliveredOn" → the input for deliveredOn), or above the form when no field shows that path.
import { useState } from 'react';
import { call } from '../../shared/forge';

export interface FormError {
  readonly message: string;
  readonly path?: string;
}

export function useRecordForm(saveKey: string, fieldPaths: readonly string[]) {
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (record: unknown): Promise<boolean> => {
    setBusy(true);
    const r = await call<unknown>(saveKey, { record });
    setBusy(false);
    setError(r.ok ? null : r.error);
    return r.ok;
  };
  const at = (path: string): string | undefined =>
    error?.path === `record.${path}` || error?.path?.startsWith(`record.${path}.`) ? error.message : undefined;
  const general = error && !fieldPaths.some((f) => at(f) !== undefined) ? error.message : undefined;
  return { save, busy, at, general, reset: () => setError(null) };
}

/** A new record's id, chosen here so a retried save writes one record. */
export const newId = (): string => crypto.randomUUID();
