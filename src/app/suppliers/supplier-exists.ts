// A record that names a supplier of the project: the supplier must be there.

import { z } from 'zod';
import { rowsWhereIn } from '../../platform/sql/records';
import type { ProjectCall, Refusal } from '../records/kind';

const idRow = z.looseObject({ id: z.string(), tier: z.string().nullable() });

/** The supplier's row (its support tier), or null. */
export async function supplierTier(supplierId: string, call: ProjectCall): Promise<{ tier: string | null } | null> {
  const found = await rowsWhereIn('itr_supplier', idRow, call.project.id, 'id', [supplierId]);
  return found[0] ?? null;
}

export async function supplierRefusals(supplierId: string, path: string, call: ProjectCall): Promise<Refusal[]> {
  return (await supplierTier(supplierId, call)) ? [] : [{ path, message: `${call.project.key} has no such supplier.` }];
}
