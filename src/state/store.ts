/**
 * Small key-value state that must survive a replica: "has this been done already?" records
 * (an announced knowledge update, a sent digest) and short-lived values. Three homes:
 * memory (tests), a JSON file in DATA_DIR (one process, survives restarts), Redis (shared by
 * replicas, see redis-store.ts). Values are strings; callers JSON-encode anything richer.
 */
export interface StateStore {
  /** Where the state lives, for logs: "memory", "file" or "redis". */
  readonly kind: "memory" | "file" | "redis";
  /**
   * True for the one caller (across every replica sharing the store) that claims `key` first
   * within `ttlMs`; false for everyone after, until the claim expires. Redis: SET NX PX.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** The value, or null when absent or expired. */
  get(key: string): Promise<string | null>;
  /** Stores a value, kept for `ttlMs` when given, otherwise until deleted. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Flushes and releases what the store holds open (the file write, the Redis connection). */
  close(): Promise<void>;
}

export function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`state store: ttlMs must be a positive number, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}
