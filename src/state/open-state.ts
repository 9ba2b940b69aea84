import { join } from "node:path";
import type { RateLimiterLike } from "../adapters/rate-limit.js";
import type { Dedupe } from "../adapters/slack/event-dedupe.js";
import type { Logger } from "../logging/logger.js";
import { openFileStore, STATE_FILE } from "./file-store.js";
import { createMemoryStore } from "./memory-store.js";
import { connectRedis, REDIS_KEY_PREFIX, redactRedisUrl } from "./redis-client.js";
import { createRedisHealth } from "./redis-health.js";
import { createRedisRateLimiter } from "./redis-rate-limiter.js";
import { createRedisStore } from "./redis-store.js";
import { storeDedupe } from "./shared-dedupe.js";
import type { StateStore } from "./store.js";

export interface StateConfig {
  redisUrl: string | null;
  dataDir: string;
}

export interface OpenState {
  /** Once-only records and small values (announcements, digests): a file in DATA_DIR, or Redis. */
  store: StateStore;
  /** For the adapters. Without Redis both are absent, so each adapter keeps its in-memory defaults. */
  rateLimit?: RateLimiterLike;
  dedupe?: Dedupe;
  /** "redis at redis://…" or "file data/state.json", for the start-up log line. */
  where: string;
  close(): Promise<void>;
}

export type OpenStateResult = { status: "ok"; state: OpenState } | { status: "unreachable"; problem: string };

/** Key prefix for tests that share one Redis between independent runs. */
export interface OpenStateOptions {
  prefix?: string;
}

/**
 * Without REDIS_URL: a state file in DATA_DIR, and dedupe and rate limits stay in each adapter's
 * memory, as with a single process. With it: all three in Redis, shared by every replica.
 */
export async function openState(config: StateConfig, logger: Logger, options: OpenStateOptions = {}): Promise<OpenStateResult> {
  if (!config.redisUrl) {
    const path = join(config.dataDir, STATE_FILE);
    const store = openFileStore(path, logger);
    return { status: "ok", state: { store, where: `file ${path}`, close: () => store.close() } };
  }
  const health = createRedisHealth(logger);
  const connection = await connectRedis(config.redisUrl, health);
  if (connection.status === "unreachable") return connection;
  const { redis } = connection;
  const prefix = options.prefix ?? REDIS_KEY_PREFIX;
  const store = createRedisStore(redis, { prefix, local: createMemoryStore(), health });
  return {
    status: "ok",
    state: {
      store,
      rateLimit: createRedisRateLimiter(redis, { prefix, health }),
      dedupe: storeDedupe(store),
      where: `redis at ${redactRedisUrl(config.redisUrl)}`,
      async close() {
        await store.close();
        await redis.quit().catch(() => redis.disconnect());
      },
    },
  };
}
