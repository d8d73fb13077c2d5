// What JQL sees of issue entity properties. Jira indexes a property write asynchronously, so a search made
// right after the write still finds the old value: here each write becomes visible `lagMs` of host time
// after it was made.

interface Write {
  readonly at: number;
  readonly value: unknown; // undefined: deleted
}

export class PropertyIndex {
  private readonly writes = new Map<string, Write[]>(); // by `${issueId} ${key}`, oldest first

  constructor(public lagMs: number) {}

  record(issueId: number, key: string, value: unknown, at: number): void {
    const id = `${String(issueId)} ${key}`;
    const list = [...(this.writes.get(id) ?? []), { at, value }];
    // Only the newest write already visible, and those after it, can still matter.
    const hidden = list.findIndex((w) => w.at + this.lagMs > at);
    const from = (hidden < 0 ? list.length : hidden) - 1;
    this.writes.set(id, from > 0 ? list.slice(from) : list);
  }

  /** The value JQL finds at `now`: the newest write at least `lagMs` old; `stored` for a property the
   * index never saw written (a site seeded with it). */
  visible(issueId: number, key: string, now: number, stored: unknown): unknown {
    const list = this.writes.get(`${String(issueId)} ${key}`);
    if (!list) return stored;
    return list.filter((w) => w.at + this.lagMs <= now).pop()?.value;
  }
}
