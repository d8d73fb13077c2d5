// One resolver function behind a form's button: whether it is running, and its last refusal (message and
// the payload path at fault) for the form to show at the field that path names.
import { useState } from 'react';
import { call } from '../../shared/forge';
import type { FormError } from './useRecordForm';

export function useCall<T>(functionKey: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  /** The answer's data, or null after a refusal (then in `error`). */
  const run = async (payload: Record<string, unknown>): Promise<T | null> => {
    setBusy(true);
    const r = await call<T>(functionKey, payload);
    setBusy(false);
    setError(r.ok ? null : r.error);
    return r.ok ? r.data : null;
  };
  return { run, busy, error };
}
