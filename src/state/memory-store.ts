import { checkTtl, type StateStore } from "./store.js";

export interface StoredEntry {
  value: string;
  /** Wall-clock expiry (ms since the epoch), or null to keep until deleted. */
  expiresAt: number | null;
}

export interface MemoryStoreOptions {
  /** Most entries held; past it the expired go first, then the least recently written. */
  maxEntries?: number;
  /** Wall clock in ms (entries may be written to a file and read after a restart). */
  now?: () => number;
}

export const DEFAULT_STORE_MAX_ENTRIES = 50_000;

/** The in-memory store, with its entries exposed to the file store that persists them. */
export interface MemoryStore extends StateStore {
  /** Live entries, oldest write first. */
  entries(): [string, StoredEntry][];
  /** Replaces every entry (the file store's load). Expired ones are dropped. */
  restore(entries: Iterable<[string, StoredEntry]>): void;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_STORE_MAX_ENTRIES);
  const now = options.now ?? Date.now;
  /** Insertion order is last-write order: a key is re-inserted on every write. */
  const held = new Map<string, StoredEntry>();

  const live = (entry: StoredEntry | undefined, time: number): entry is StoredEntry =>
    entry !== undefined && (entry.expiresAt === null || entry.expiresAt > time);

  function read(key: string): string | null {
    const entry = held.get(key);
    if (live(entry, now())) return entry.value;
    held.delete(key);
    return null;
  }

  function write(key: string, value: string, ttlMs: number | undefined): void {
    const expiresAt = ttlMs === undefined ? null : now() + checkTtl(ttlMs);
    held.delete(key);
    held.set(key, { value, expiresAt });
    if (held.size <= maxEntries) return;
    const time = now();
    for (const [k, entry] of held) if (!live(entry, time)) held.delete(k);
    for (const k of held.keys()) {
      if (held.size <= maxEntries) break;
      held.delete(k);
    }
  }

  return {
    kind: "memory",
    async claimOnce(key, ttlMs) {
      checkTtl(ttlMs);
      if (read(key) !== null) return false;
      write(key, "1", ttlMs);
      return true;
    },
    async get(key) {
      return read(key);
    },
    async set(key, value, ttlMs) {
      write(key, value, ttlMs);
    },
    async delete(key) {
      held.delete(key);
    },
    async close() {},
    entries() {
      const time = now();
      return [...held].filter(([, entry]) => live(entry, time));
    },
    restore(entries) {
      held.clear();
      const time = now();
      for (const [key, entry] of entries) if (live(entry, time)) held.set(key, entry);
    },
  };
}
