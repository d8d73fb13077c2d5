// SLA policies that name customers (a contract's own targets) name customer records: each must be a
// customer of a project in scope, or the policy could never apply.

import type { SetupFinding } from '../../contract/admin';
import type { ConfigDoc } from '../../domain/config';
import { existingCustomerIds } from '../../platform/sql/customers';
import { ensureSchema } from '../../platform/sql/schema';

export async function customerFindings(
  doc: ConfigDoc,
  scope: ReadonlyArray<{ readonly id: string; readonly key: string }>,
): Promise<SetupFinding[]> {
  const named = doc.sla.policies.flatMap((p, i) => (p.when.customers ?? []).map((id, j) => ({ id, i, j })));
  if (named.length === 0) return [];
  await ensureSchema();
  const found = await existingCustomerIds(
    scope.map((p) => p.id),
    [...new Set(named.map((n) => n.id))],
  );
  const keys = scope.map((p) => p.key).join(', ') || 'no project';
  return named
    .filter((n) => !found.has(n.id))
    .map((n) => ({
      path: `sla.policies[${n.i}].when.customers[${n.j}]`,
      severity: 'blocking' as const,
      code: 'customer-missing' as const,
      message: `No customer record ${n.id} in the projects in scope (${keys}).`,
    }));
}
