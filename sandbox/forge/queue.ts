// The async events queue as Forge runs it: pushed events wait their delayInSeconds, go to the queue's
// consumer one at a time, and are retried (up to 4 times) when the consumer fails or asks to retry.

import { randomUUID } from 'node:crypto';

interface PushRequest {
  readonly queueName: string;
  readonly jobId: string;
  readonly payload: ReadonlyArray<{ body: Record<string, unknown>; delayInSeconds?: number }>;
}

const MAX_RETRIES = 4;

export class QueuedEvent {
  constructor(
    readonly queueName: string,
    readonly jobId: string,
    readonly eventId: string,
    readonly body: Record<string, unknown>,
    public dueAt: number,
    public retryCount = 0,
    public retryReason: string | null = null,
    public retryData?: unknown,
  ) {}

  asyncEvent() {
    return {
      body: this.body,
      queueName: this.queueName,
      jobId: this.jobId,
      eventId: this.eventId,
      ...(this.retryCount > 0
        ? {
            retryContext: {
              retryCount: this.retryCount,
              retryReason: this.retryReason ?? 'FUNCTION_RETRY_REQUEST',
              retryData: this.retryData,
            },
          }
        : {}),
    };
  }
}

export class Queue {
  private readonly waiting: QueuedEvent[] = [];
  /** Events that failed MAX_RETRIES + 1 times, as Forge drops them. */
  readonly dropped: QueuedEvent[] = [];
  pushed = 0;

  push(req: PushRequest, now: number): void {
    for (const e of req.payload) {
      this.pushed++;
      this.waiting.push(
        new QueuedEvent(req.queueName, req.jobId, randomUUID(), e.body, now + (e.delayInSeconds ?? 0) * 1000),
      );
    }
  }

  nextDue(): number | null {
    return this.waiting.length === 0 ? null : Math.min(...this.waiting.map((e) => e.dueAt));
  }

  takeDue(now: number): QueuedEvent | null {
    let best = -1;
    for (let i = 0; i < this.waiting.length; i++)
      if (this.waiting[i]!.dueAt <= now && (best < 0 || this.waiting[i]!.dueAt < this.waiting[best]!.dueAt)) best = i;
    return best < 0 ? null : this.waiting.splice(best, 1)[0]!;
  }

  retry(
    e: QueuedEvent,
    now: number,
    options?: { retryAfter?: number; retryReason?: string; retryData?: unknown },
  ): void {
    if (e.retryCount >= MAX_RETRIES) {
      this.dropped.push(e);
      return;
    }
    e.retryCount++;
    e.retryReason = options?.retryReason ?? 'FUNCTION_RETRY_REQUEST';
    e.retryData = options?.retryData;
    e.dueAt = now + Math.max(1, options?.retryAfter ?? 1) * 1000;
    this.waiting.push(e);
  }

  get size(): number {
    return this.waiting.length;
  }
}
