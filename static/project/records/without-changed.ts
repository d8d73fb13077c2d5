// A listed row as its form edits it: who changed it last is not part of what is saved (the strict
// payload schemas refuse those keys).
import type { Changed } from '@contract/records/changed';

export function withoutChanged<T>(row: T & Changed): T {
  const record = { ...row } as Record<string, unknown>;
  delete record.updatedAt;
  delete record.updatedBy;
  return record as unknown as T;
}
