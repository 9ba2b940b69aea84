/**
 * The state store contract, held by all three homes: memory, the DATA_DIR file, and Redis (a real
 * redis-server). Plus what only one of them promises: the file survives a restart, Redis is shared.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { openFileStore, STATE_FILE } from "../../src/state/file-store.js";
import { createMemoryStore } from "../../src/state/memory-store.js";
import { createRedisHealth } from "../../src/state/redis-health.js";
import { createRedisStore } from "../../src/state/redis-store.js";
import type { StateStore } from "../../src/state/store.js";
import { RUN_REDIS_TESTS, startRedisServer, type RedisServer } from "../helpers/redis-server.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "deal-desk-state-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

let redisServer: RedisServer | null = null;
const clients: Redis[] = [];
let prefixCounter = 0;
function redisStore(prefix = `test${(prefixCounter += 1)}:`): StateStore {
  const redis = new Redis(redisServer!.url, { maxRetriesPerRequest: 0 });
  clients.push(redis);
  return createRedisStore(redis, { prefix, local: createMemoryStore(), health: createRedisHealth(createMemoryLogger()) });
}
if (RUN_REDIS_TESTS) {
  beforeAll(async () => {
    redisServer = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    await redisServer?.stop();
  });
}

const homes: [string, () => Promise<StateStore>][] = [
  ["memory", async () => createMemoryStore()],
  ["file", async () => openFileStore(join(await tempDir(), STATE_FILE), createMemoryLogger())],
  ...(RUN_REDIS_TESTS ? ([["redis", async () => redisStore()]] as [string, () => Promise<StateStore>][]) : []),
];

describe.each(homes)("state store: %s", (kind, open) => {
  it("claimOnce: the first claim wins, every later one is refused; keys are independent", async () => {
    const store = await open();
    expect(store.kind).toBe(kind);
    expect(await store.claimOnce("announce:v1", 60_000)).toBe(true);
    expect(await store.claimOnce("announce:v1", 60_000)).toBe(false);
    expect(await store.claimOnce("announce:v1", 60_000)).toBe(false);
    expect(await store.claimOnce("announce:v2", 60_000)).toBe(true);
    await store.close();
  });

  it("a claim can be made again once it expires", async () => {
    const store = await open();
    expect(await store.claimOnce("digest:monday", 80)).toBe(true);
    expect(await store.claimOnce("digest:monday", 80)).toBe(false);
    await sleep(250);
    expect(await store.claimOnce("digest:monday", 80)).toBe(true);
    await store.close();
  });

  it("get/set/delete, with and without a time limit", async () => {
    const store = await open();
    expect(await store.get("last-digest")).toBeNull();
    await store.set("last-digest", '{"at":"2026-11-30"}');
    expect(await store.get("last-digest")).toBe('{"at":"2026-11-30"}');
    await store.set("last-digest", "replaced");
    expect(await store.get("last-digest")).toBe("replaced");
    await store.set("short", "soon gone", 80);
    expect(await store.get("short")).toBe("soon gone");
    await sleep(250);
    expect(await store.get("short")).toBeNull();
    await store.delete("last-digest");
    expect(await store.get("last-digest")).toBeNull();
    await store.close();
  });

  it("refuses a time limit that is not a positive number", async () => {
    const store = await open();
    await expect(store.claimOnce("k", 0)).rejects.toThrow(/ttlMs must be a positive number/);
    await expect(store.set("k", "v", Number.NaN)).rejects.toThrow(/ttlMs must be a positive number/);
    await store.close();
  });
});

describe("memory store", () => {
  it("holds at most maxEntries, dropping the expired and then the oldest writes", async () => {
    let time = 0;
    const store = createMemoryStore({ maxEntries: 3, now: () => time });
    await store.set("expiring", "x", 10);
    await store.set("a", "1");
    await store.set("b", "2");
    time = 20;
    await store.set("c", "3"); // over the limit: the expired one goes, the rest stay
    expect(store.entries().map(([k]) => k)).toEqual(["a", "b", "c"]);
    await store.set("d", "4"); // over again: the oldest write goes
    expect(store.entries().map(([k]) => k)).toEqual(["b", "c", "d"]);
  });
});

describe("file store", () => {
  it("keeps claims and values across a restart (a second process does not announce again)", async () => {
    const path = join(await tempDir(), "nested", STATE_FILE);
    const first = openFileStore(path, createMemoryLogger());
    expect(await first.claimOnce("announce:v7", 86_400_000)).toBe(true);
    await first.set("last-digest", "2026-11-30");
    await first.set("gone-soon", "x", 50);
    await first.close();

    await sleep(120);
    const second = openFileStore(path, createMemoryLogger());
    expect(await second.claimOnce("announce:v7", 86_400_000)).toBe(false);
    expect(await second.get("last-digest")).toBe("2026-11-30");
    expect(await second.get("gone-soon")).toBeNull();
    const saved = JSON.parse(await readFile(path, "utf8")) as { version: number; entries: Record<string, unknown> };
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.entries).sort()).toEqual(["announce:v7", "last-digest", "gone-soon"].sort());
  });

  it("a damaged state file is kept aside, not overwritten, and the store starts empty with a warning", async () => {
    const dir = await tempDir();
    const path = join(dir, STATE_FILE);
    for (const damaged of ["{not json", '{"version":2,"entries":{}}', "\u0000\u0001binary"]) {
      await writeFile(path, damaged);
      const logger = createMemoryLogger();
      const store = openFileStore(path, logger);
      expect(await store.get("anything")).toBeNull();
      expect(logger.lines.some((l) => l.includes("WARN") && l.includes("is not a state file"))).toBe(true);
      expect(await store.claimOnce("announce:v1", 60_000)).toBe(true);
      await store.close();
    }
    const files = await readdir(dir);
    const aside = files.filter((f) => f.startsWith(`${STATE_FILE}.corrupt-`));
    expect(aside.length).toBeGreaterThanOrEqual(1);
    const keptTexts = await Promise.all(aside.map((f) => readFile(join(dir, f), "utf8")));
    expect(keptTexts).toContain('{"version":2,"entries":{}}');
  });

  it("two damaged files set aside in the same millisecond are both kept", async () => {
    const dir = await tempDir();
    const path = join(dir, STATE_FILE);
    const now = vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    try {
      for (const damaged of ["{first", "{second"]) {
        await writeFile(path, damaged);
        const store = openFileStore(path, createMemoryLogger());
        expect(await store.get("anything")).toBeNull();
        await store.close();
      }
    } finally {
      now.mockRestore();
    }
    const aside = (await readdir(dir)).filter((f) => f.startsWith(`${STATE_FILE}.corrupt-`));
    const kept = await Promise.all(aside.map((f) => readFile(join(dir, f), "utf8")));
    expect(kept.sort()).toEqual(["{first", "{second"]);
  });

  it("a write that fails is logged, and the store keeps working from memory", async () => {
    // A directory where the file should be: every write (its final rename) fails.
    const path = join(await tempDir(), STATE_FILE);
    await mkdir(path);
    const logger = createMemoryLogger();
    const store = openFileStore(path, logger);
    expect(await store.claimOnce("announce:v1", 60_000)).toBe(true);
    expect(await store.claimOnce("announce:v1", 60_000)).toBe(false);
    expect(logger.lines.some((l) => l.includes("ERROR") && l.includes("could not write"))).toBe(true);
  });
});

describe.runIf(RUN_REDIS_TESTS)("redis store", () => {
  it("is shared: of 40 claims of one key from two replicas at once, exactly one wins", async () => {
    const prefix = "shared-claim:";
    const a = redisStore(prefix);
    const b = redisStore(prefix);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).claimOnce("announce:v9", 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    await a.set("last-digest", "from a");
    expect(await b.get("last-digest")).toBe("from a");
  });

  it("keys carry the prefix, and claims expire in Redis (PX), not only locally", async () => {
    const store = redisStore("prefixed:");
    await store.claimOnce("announce:v3", 60_000);
    const probe = new Redis(redisServer!.url);
    clients.push(probe);
    const ttl = await probe.pttl("prefixed:announce:v3");
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});
