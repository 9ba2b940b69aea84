import type { Logger } from "../logging/logger.js";

/**
 * Tracks whether Redis is answering, so an outage is logged once (a warning) and its end once
 * (info), however many requests fall back to this replica's local state meanwhile.
 */
export interface RedisHealth {
  /** A Redis call succeeded. */
  ok(): void;
  /** A Redis call failed, or the connection reported an error. */
  failed(error: unknown): void;
  /** False between a failure and the next success. */
  readonly reachable: boolean;
}

export function createRedisHealth(logger: Logger): RedisHealth {
  let reachable = true;
  return {
    ok() {
      if (reachable) return;
      reachable = true;
      logger.info("redis: reachable again; replicas share dedupe, rate limits and once-only records again");
    },
    failed(error) {
      if (!reachable) return;
      reachable = false;
      logger.warn("redis: unreachable; this replica answers from its own memory until it is back (a retried event may be answered twice, rate limits count per replica)", {
        error: error instanceof Error ? error.message : String(error),
      });
    },
    get reachable() {
      return reachable;
    },
  };
}
