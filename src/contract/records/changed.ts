// Who last changed a record, and when (every record kind's rows carry it).
export interface Changed {
  readonly updatedAt: number;
  readonly updatedBy: string;
}
