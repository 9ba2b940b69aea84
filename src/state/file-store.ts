import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import type { Logger } from "../logging/logger.js";
import { createMemoryStore, type MemoryStoreOptions, type StoredEntry } from "./memory-store.js";
import type { StateStore } from "./store.js";

/** The file in DATA_DIR holding the state of a single process (no REDIS_URL). */
export const STATE_FILE = "state.json";

const fileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.object({ value: z.string(), expiresAt: z.number().nullable() })),
});

/**
 * The memory store, written to a JSON file after every change (write to a temporary file, then
 * rename, so a crash leaves the old or the new file, never half of one). A file that cannot be
 * read is kept aside as `<file>.corrupt-<time>` and the store starts empty, with a warning.
 * A failed write is logged and the process keeps going on what it holds in memory.
 */
export function openFileStore(path: string, logger: Logger, options: MemoryStoreOptions = {}): StateStore {
  const memory = createMemoryStore(options);
  memory.restore(load(path, logger));
  let queue: Promise<void> = Promise.resolve();

  async function writeNow(): Promise<void> {
    const data = { version: 1, entries: Object.fromEntries(memory.entries()) };
    const temporary = `${path}.tmp-${process.pid}`;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, `${JSON.stringify(data)}\n`, "utf8");
    await rename(temporary, path);
  }

  /** Writes run one at a time, each with everything held when it starts. */
  function persist(): Promise<void> {
    const next = queue.then(writeNow).catch((error: unknown) => logger.error(`state: could not write ${path} (kept in memory)`, error));
    queue = next;
    return next;
  }

  return {
    kind: "file",
    async claimOnce(key, ttlMs) {
      const won = await memory.claimOnce(key, ttlMs);
      if (won) await persist();
      return won;
    },
    get: (key) => memory.get(key),
    async set(key, value, ttlMs) {
      await memory.set(key, value, ttlMs);
      await persist();
    },
    async delete(key) {
      await memory.delete(key);
      await persist();
    },
    async close() {
      await queue;
    },
  };
}

function load(path: string, logger: Logger): [string, StoredEntry][] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    logger.warn(`state: could not read ${path}, starting with an empty state`, error);
    return [];
  }
  let parsed: z.infer<typeof fileSchema> | null = null;
  try {
    const result = fileSchema.safeParse(JSON.parse(text));
    if (result.success) parsed = result.data;
  } catch {
    // not JSON: handled below
  }
  if (parsed) return Object.entries(parsed.entries);
  // Never over an earlier one kept aside: two damaged files in the same millisecond keep both.
  const stamp = `${path}.corrupt-${Date.now()}`;
  let aside = stamp;
  for (let n = 1; existsSync(aside); n++) aside = `${stamp}-${n}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    renameSync(path, aside);
    logger.warn(`state: ${path} is not a state file; kept it as ${aside} and started with an empty state`);
  } catch (error) {
    logger.warn(`state: ${path} is not a state file and could not be moved aside; starting with an empty state`, error);
  }
  return [];
}
