import type { Clock } from "./clock.js";

interface Lane {
  tail: Promise<void>;
  waiting: number;
  pausedUntil: number;
}

/**
 * One serial lane per key (a channel, a thread, an interaction): sends in a lane go one at a time and
 * in order, and a lane can be paused until a time (a 429's Retry-After) without holding up any other lane.
 * Idle lanes are forgotten, so memory follows the number of busy keys, not every key ever seen.
 */
export class SendQueue {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly clock: Clock) {}

  /** Runs `task` after everything queued before it on `key`. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const lane = this.lanes.get(key) ?? { tail: Promise.resolve(), waiting: 0, pausedUntil: 0 };
    this.lanes.set(key, lane);
    lane.waiting += 1;
    const result = lane.tail.then(task);
    lane.tail = result.then(
      () => this.release(key, lane),
      () => this.release(key, lane),
    );
    return result;
  }

  /** Holds the lane until `time` (never shortens an existing pause). */
  pauseUntil(key: string, time: number): void {
    const lane = this.lanes.get(key);
    if (lane) lane.pausedUntil = Math.max(lane.pausedUntil, time);
  }

  /** Resolves once `key` is not paused (at once when it is not). */
  async whenOpen(key: string): Promise<void> {
    for (;;) {
      const wait = (this.lanes.get(key)?.pausedUntil ?? 0) - this.clock.now();
      if (wait <= 0) return;
      await this.clock.sleep(wait);
    }
  }

  /** Sends queued or running, across all lanes. */
  get pending(): number {
    let total = 0;
    for (const lane of this.lanes.values()) total += lane.waiting;
    return total;
  }

  /** Lanes with work queued (for tests and the load report). */
  get busyLanes(): number {
    return this.lanes.size;
  }

  private release(key: string, lane: Lane): void {
    lane.waiting -= 1;
    if (lane.waiting === 0 && this.lanes.get(key) === lane) this.lanes.delete(key);
  }
}
