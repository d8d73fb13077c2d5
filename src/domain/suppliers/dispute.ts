// Disputes with a supplier escalate, never go back (seed 003): coordination → company process → legal.

export const DISPUTE_STAGES = ['coordination', 'companyProcess', 'legal'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** Whether a dispute at `from` may be saved at `to` (the same stage, or a later one). */
export const stageMayMove = (from: DisputeStage, to: DisputeStage): boolean =>
  DISPUTE_STAGES.indexOf(to) >= DISPUTE_STAGES.indexOf(from);
