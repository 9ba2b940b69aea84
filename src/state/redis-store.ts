import type { Redis } from "ioredis";
import type { RedisHealth } from "./redis-health.js";
import { checkTtl, type StateStore } from "./store.js";

export interface RedisStoreOptions {
  /** Prepended to every key (default REDIS_KEY_PREFIX from redis-client.ts, set by the caller). */
  prefix: string;
  /** This replica's own copy: what it claimed or wrote, and where it turns while Redis is down. */
  local: StateStore;
  health: RedisHealth;
}

/**
 * The state store shared by replicas. Every claim and write also lands in the local store, so a
 * key this replica has seen stays seen through a Redis outage; while Redis is down, claims and
 * reads go to the local store alone (one warning, see redis-health.ts) and the bot keeps answering.
 */
export function createRedisStore(redis: Redis, options: RedisStoreOptions): StateStore {
  const { prefix, local, health } = options;

  async function shared<T>(call: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await call();
    } catch (error) {
      health.failed(error);
      return fallback();
    }
    health.ok();
    return result;
  }

  return {
    kind: "redis",
    async claimOnce(key, ttlMs) {
      const ttl = checkTtl(ttlMs);
      // Seen here already (claimed by this replica, or refused by Redis before): a repeat.
      if ((await local.get(key)) !== null) return false;
      return shared(
        async () => {
          const won = (await redis.set(prefix + key, "1", "PX", ttl, "NX")) === "OK";
          await local.set(key, "1", ttl);
          return won;
        },
        () => local.claimOnce(key, ttl),
      );
    },
    get(key) {
      return shared(
        () => redis.get(prefix + key),
        () => local.get(key),
      );
    },
    async set(key, value, ttlMs) {
      await local.set(key, value, ttlMs);
      await shared(
        async () => {
          if (ttlMs === undefined) await redis.set(prefix + key, value);
          else await redis.set(prefix + key, value, "PX", checkTtl(ttlMs));
        },
        async () => undefined,
      );
    },
    async delete(key) {
      await local.delete(key);
      await shared(
        async () => {
          await redis.del(prefix + key);
        },
        async () => undefined,
      );
    },
    /** Closes the local store; the connection belongs to whoever opened it (open-state.ts). */
    async close() {
      await local.close();
    },
  };
}
