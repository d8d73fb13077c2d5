// Removing a supplier: refused while its underpinning contracts, audits or disputes remain (they would be
// left naming no one); the person deletes or keeps those first.

import { rowsNamingSupplier } from '../../platform/sql/suppliers';
import type { ProjectCall } from '../records/kind';
import { removeRecord } from '../records/service';
import { supplierKind } from '../records/supplier';

export type SupplierRemoval = 'removed' | 'notFound' | { readonly held: string };

export async function removeSupplier(id: string, call: ProjectCall): Promise<SupplierRemoval> {
  const counts = [
    [await rowsNamingSupplier('itr_underpinning', call.project.id, id), 'underpinning contract(s)'],
    [await rowsNamingSupplier('itr_supplier_audit', call.project.id, id), 'audit(s)'],
    [await rowsNamingSupplier('itr_dispute', call.project.id, id), 'dispute(s)'],
  ] as const;
  const held = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  if (held.length) return { held: held.join(', ') };
  const r = await removeRecord(supplierKind, call, id);
  return r.ok && r.gone ? 'removed' : 'notFound';
}
