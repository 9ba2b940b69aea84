/**
 * Remembers keys (Slack event_ids, channel:ts pairs) for a while so each
 * event is answered once, even when Slack redelivers it. Time-limited and
 * bounded: entries expire after `ttlMs`, and the oldest go first when more
 * than `maxEntries` are held.
 */
export interface EventDedupeOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * What the handlers call: the in-memory EventDedupe below, or a claim shared by replicas through
 * Redis (src/state/shared-dedupe.ts), whose answers arrive asynchronously. Callers `await` both.
 */
export interface Dedupe {
  /** True the first time a key is seen (go ahead), false for a repeat (drop it). */
  claim(key: string): boolean | Promise<boolean>;
}

export const DEFAULT_DEDUPE_TTL_MS = 10 * 60 * 1000;
export const DEFAULT_DEDUPE_MAX_ENTRIES = 10_000;

export class EventDedupe implements Dedupe {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: EventDedupeOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
    this.maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_DEDUPE_MAX_ENTRIES);
    this.now = options.now ?? Date.now;
  }

  /** True the first time a key is seen within the TTL (go ahead), false for a repeat (drop it). */
  claim(key: string): boolean {
    const now = this.now();
    this.expire(now);
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next();
      if (oldest.done) break;
      this.seen.delete(oldest.value);
    }
    return true;
  }

  /** Whether a key is currently remembered (does not claim it). */
  has(key: string): boolean {
    const at = this.seen.get(key);
    return at !== undefined && this.now() - at < this.ttlMs;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Drops expired entries; insertion order is time order, so stop at the first fresh one. */
  private expire(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}
