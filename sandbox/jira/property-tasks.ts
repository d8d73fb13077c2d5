// POST /rest/api/3/issue/properties/multi as Jira runs it: a long-running task. The request is answered
// at once (303 to the task); the properties land when the task completes, `delayMs` of host time later
// (Site.catchUp applies them), and GET /rest/api/3/task/{id} reports its progress until then.

export interface PropertyTask {
  readonly id: string;
  readonly submittedBy: string | null;
  readonly submitted: number;
  readonly finishAt: number;
  readonly entries: ReadonlyArray<{ issueId: string; props: Readonly<Record<string, unknown>> }>;
  /** Entries that could not be set; null until the task completes. */
  failed: ReadonlyArray<{ issueId: string; message: string }> | null;
}

export class PropertyTasks {
  private readonly tasks = new Map<string, PropertyTask>();

  constructor(public delayMs: number) {}

  submit(task: Omit<PropertyTask, 'finishAt' | 'failed'>): PropertyTask {
    const t = { ...task, finishAt: task.submitted + this.delayMs, failed: null };
    this.tasks.set(t.id, t);
    return t;
  }

  get(id: string): PropertyTask | undefined {
    return this.tasks.get(id);
  }

  /** Tasks due by `now` and not yet completed, in submission order. */
  due(now: number): PropertyTask[] {
    return [...this.tasks.values()].filter((t) => t.failed === null && t.finishAt <= now);
  }
}
