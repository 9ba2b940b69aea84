import { Redis } from "ioredis";
import type { RedisHealth } from "./redis-health.js";

/** A Redis call slower than this counts as a failure: the answer goes on with local state. */
export const REDIS_COMMAND_TIMEOUT_MS = 1000;
/** How long start-up waits for the first connection. */
export const REDIS_CONNECT_TIMEOUT_MS = 5000;
/** Prefix of every key this bot writes, so it can share a Redis database with other programs. */
export const REDIS_KEY_PREFIX = "deal-desk:";

/** The URL without its password, for logs and messages. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

export type RedisConnection = { status: "ok"; redis: Redis } | { status: "unreachable"; problem: string };

/**
 * Connects to REDIS_URL. Calls fail fast instead of queueing while the connection is down (no
 * offline queue, a 1 s command timeout) so a Redis outage costs an answer nothing but the
 * fallback; the client keeps reconnecting in the background. Resolves to a union: start-up
 * reports an unreachable Redis instead of running replicas that silently share nothing.
 */
export async function connectRedis(url: string, health: RedisHealth): Promise<RedisConnection> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
  });
  let connected = false;
  let firstError: unknown = null;
  // ioredis emits "error" on every failed (re)connect; without a listener Node would crash.
  redis.on("error", (error: unknown) => {
    if (connected) health.failed(error);
    else firstError ??= error;
  });
  try {
    await redis.connect();
    await redis.ping();
    connected = true;
    return { status: "ok", redis };
  } catch (error) {
    redis.disconnect();
    const cause = firstError ?? error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { status: "unreachable", problem: `Redis at ${redactRedisUrl(url)} could not be reached: ${reason}` };
  }
}
