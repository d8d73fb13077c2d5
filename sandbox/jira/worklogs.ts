// The site's worklogs: what people logged on issues, and the ids and instants of those deleted. Jira's
// incremental lists read them by the instant of their last change (oldest first, ties by id) and leave
// out the last minute, as Jira documents.

export interface Worklog {
  readonly id: number;
  readonly issueId: number;
  readonly author: string;
  /** When the work started (epoch ms) and how long it took. */
  started: number;
  seconds: number;
  comment: unknown;
  readonly created: number;
  updated: number;
  updateAuthor: string;
}

export interface Change {
  readonly worklogId: number;
  readonly at: number;
}

/** Jira's lists leave out what changed in the minute before the request. */
export const LIST_LAG_MS = 60_000;
/** Worklog ids a page of the incremental lists holds, and ids /worklog/list takes. */
export const LIST_PAGE = 1000;

export class Worklogs {
  readonly byId = new Map<number, Worklog>();
  readonly deleted: Change[] = [];
  private nextId = 10000;

  add(w: Omit<Worklog, 'id' | 'updated' | 'updateAuthor' | 'created'>, instant: number): Worklog {
    const at = Math.floor(instant); // Jira's instants are whole milliseconds
    const worklog: Worklog = { ...w, id: this.nextId++, created: at, updated: at, updateAuthor: w.author };
    this.byId.set(worklog.id, worklog);
    return worklog;
  }

  update(w: Worklog, changes: Partial<Pick<Worklog, 'started' | 'seconds' | 'comment'>>, by: string, at: number): void {
    if (changes.started !== undefined) w.started = changes.started;
    if (changes.seconds !== undefined) w.seconds = changes.seconds;
    if (changes.comment !== undefined) w.comment = changes.comment;
    w.updated = Math.floor(at);
    w.updateAuthor = by;
  }

  remove(w: Worklog, at: number): void {
    this.byId.delete(w.id);
    this.deleted.push({ worklogId: w.id, at: Math.floor(at) });
  }

  /** Deleting an issue deletes its worklogs. */
  removeIssue(issueId: number, at: number): void {
    for (const w of [...this.byId.values()]) if (w.issueId === issueId) this.remove(w, at);
  }

  ofIssue(issueId: number): Worklog[] {
    return [...this.byId.values()]
      .filter((w) => w.issueId === issueId)
      .sort((a, b) => a.created - b.created || a.id - b.id);
  }

  /** Changes at or after `since` and at least a minute before `now`, oldest first. */
  static listed(changes: readonly Change[], since: number, now: number): Change[] {
    return changes
      .filter((c) => c.at >= since && c.at <= now - LIST_LAG_MS)
      .sort((a, b) => a.at - b.at || a.worklogId - b.worklogId);
  }

  updatedSince(since: number, now: number): Change[] {
    return Worklogs.listed(
      [...this.byId.values()].map((w) => ({ worklogId: w.id, at: w.updated })),
      since,
      now,
    );
  }

  deletedSince(since: number, now: number): Change[] {
    return Worklogs.listed(this.deleted, since, now);
  }
}
