// Disputes with a supplier as a record kind. A saved dispute's stage only moves forward.

import { z } from 'zod';
import { disputePayload, type Dispute } from '../../contract/records/dispute-payloads';
import { DISPUTE_STAGES, stageMayMove, type DisputeStage } from '../../domain/suppliers';
import { rowById } from '../../platform/sql/records';
import { supplierRefusals } from '../suppliers/supplier-exists';
import type { ProjectCall, RecordKind, Refusal } from './kind';

const row = z.object({
  id: z.string(),
  supplier_id: z.string(),
  title: z.string(),
  stage: z.enum(DISPUTE_STAGES),
  opened_on: z.string(),
  closed_on: z.string().nullable(),
  outcome: z.string().nullable(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});

const STAGE_NAME: Record<DisputeStage, string> = {
  coordination: 'coordination',
  companyProcess: 'the company process',
  legal: 'legal proceedings',
};

async function refusals(d: Dispute, call: ProjectCall): Promise<Refusal[]> {
  const out = await supplierRefusals(d.supplierId, 'supplierId', call);
  const before = await rowById('itr_dispute', row, call.project.id, d.id);
  if (before && !stageMayMove(before.stage, d.stage))
    out.push({
      path: 'stage',
      message: `This dispute has reached ${STAGE_NAME[before.stage]}; a dispute escalates and cannot go back to ${STAGE_NAME[d.stage]}.`,
    });
  return out;
}

export const disputeKind: RecordKind<
  Dispute,
  z.infer<typeof row>,
  'openedOn' | 'title' | 'stage',
  'supplierId' | 'stage'
> = {
  name: 'dispute',
  table: 'itr_dispute',
  payload: disputePayload,
  row,
  toColumns: (d) => ({
    supplier_id: d.supplierId,
    title: d.title,
    stage: d.stage,
    opened_on: d.openedOn,
    closed_on: d.closedOn,
    outcome: d.outcome,
  }),
  fromRow: (r) => ({
    id: r.id,
    supplierId: r.supplier_id,
    title: r.title,
    stage: r.stage,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    outcome: r.outcome,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['title', 'outcome'],
  sort: { openedOn: 'opened_on', title: 'title', stage: 'stage' },
  defaultSort: { by: 'openedOn', dir: 'desc' },
  filters: { supplierId: 'supplier_id', stage: 'stage' },
  check: refusals,
};
