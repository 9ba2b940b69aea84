import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What the channel features remember across restarts (what was announced, when a digest was last posted).
 * Small on purpose, so a Redis-backed store can stand in for the file one.
 */
export interface StateStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

export const STATE_FILE = "channels-state.json";

/** A JSON file in DATA_DIR, rewritten whole through a temp file so a crash never leaves half a file. */
export function createFileStore(dataDir: string): StateStore {
  const path = join(dataDir, STATE_FILE);
  let cache: Record<string, string> | null = null;
  const read = (): Record<string, string> => {
    if (cache) return cache;
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
      cache = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
    } catch {
      cache = {};
    }
    return cache;
  };
  return {
    async get(key) {
      const value = read()[key];
      return typeof value === "string" ? value : null;
    },
    async set(key, value) {
      const next = { ...read(), [key]: value };
      mkdirSync(dataDir, { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
      renameSync(temp, path);
      cache = next;
    },
  };
}

export function createMemoryStore(): StateStore {
  const values = new Map<string, string>();
  return {
    async get(key) {
      return values.get(key) ?? null;
    },
    async set(key, value) {
      values.set(key, value);
    },
  };
}
