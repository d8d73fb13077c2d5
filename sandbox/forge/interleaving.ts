// Concurrent invocations with a deterministic interleaving at platform-call granularity. Each invocation
// waits for its turn when it starts and before each platform call (every __forge_fetch__: Jira, SQL,
// queue); once every invocation is waiting or finished, a seeded generator picks which one proceeds. So
// exactly one invocation runs between two yield points, and a seed replays the same interleaving.

import { prng } from '../demo/random';

export class Interleaving {
  /** Which invocation ('sweep#2': handler and start order) proceeded at each step, for tests to read. */
  readonly trace: string[] = [];
  private readonly waiting: Array<{ label: string; go: () => void }> = [];
  private running = 0;
  private started = 0;
  private scheduled = false;
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = prng(seed);
  }

  /** An invocation starts: it runs only when its turn comes. Answers its name in the trace. */
  async start(handler: string): Promise<string> {
    const label = `${handler}#${String(++this.started)}`;
    this.running++;
    await this.turn(label);
    return label;
  }

  /** A yield point: the invocation waits until the scheduler lets it proceed. */
  turn(label: string): Promise<void> {
    this.running--;
    return new Promise((go) => {
      this.waiting.push({ label, go });
      this.schedule();
    });
  }

  finish(): void {
    this.running--;
    this.schedule();
  }

  // Picks after the current macrotask, when the other jobs' synchronous starts have all registered.
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.running > 0 || this.waiting.length === 0) return;
      const [next] = this.waiting.splice(Math.floor(this.random() * this.waiting.length), 1);
      this.running++;
      this.trace.push(next!.label);
      next!.go();
    });
  }
}
