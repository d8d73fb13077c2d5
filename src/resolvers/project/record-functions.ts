// The three functions every record kind has: list (browse), save and remove (administer).

import { z } from 'zod';
import type { AnyRecordKind } from '../../app/records/kind';
import { listRecords, removeRecord, saveRecord } from '../../app/records/service';
import { listPayload, removePayload } from '../../contract/project-payloads';
import type { ResolverFunction } from '../../platform/resolver';
import { projectFunction, Refused } from './project-function';

export function recordFunctions(kind: AnyRecordKind): Record<string, ResolverFunction> {
  const sortable = Object.keys(kind.sort) as [string, ...string[]];
  const list = listPayload(sortable, Object.keys(kind.filters));
  return {
    [`${kind.name}.list`]: projectFunction('read', list, (q, call) => listRecords(kind, call, q)),
    [`${kind.name}.save`]: projectFunction('change', z.strictObject({ record: kind.payload }), async (p, call) => {
      const r = await saveRecord(kind, call, p.record);
      if (!r.ok) throw new Refused('invalid', r.refusals[0]!.message, `record.${r.refusals[0]!.path}`);
      return r.record as unknown;
    }),
    [`${kind.name}.remove`]: projectFunction('change', removePayload, async ({ id }, call) => {
      const r = await removeRecord(kind, call, id);
      if (!r.ok) throw new Refused('conflict', r.refusals[0]!.message, r.refusals[0]!.path);
      if (!r.gone) throw new Refused('notFound', 'There is no such record.', 'id');
      return { id };
    }),
  };
}
