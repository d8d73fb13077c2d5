// A record that names a customer of the project: the customer must be there.

import { z } from 'zod';
import { rowsWhereIn } from '../../platform/sql/records';
import type { ProjectCall, Refusal } from './kind';

const idRow = z.looseObject({ id: z.string() });

export async function customerRefusals(customerId: string, path: string, call: ProjectCall): Promise<Refusal[]> {
  const found = await rowsWhereIn('itr_customer', idRow, call.project.id, 'id', [customerId]);
  return found.length ? [] : [{ path, message: `${call.project.key} has no such customer.` }];
}
