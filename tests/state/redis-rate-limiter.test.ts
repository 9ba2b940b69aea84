/**
 * The shared rate limiter against a real redis-server: the same decisions as the in-memory one,
 * one budget across replicas (even when they race), and local decisions while Redis is down.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, type RateDecision, type RateLimiterLike } from "../../src/adapters/rate-limit.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { createRedisHealth } from "../../src/state/redis-health.js";
import { createRedisRateLimiter } from "../../src/state/redis-rate-limiter.js";
import { RUN_REDIS_TESTS, startRedisServer, type RedisServer } from "../helpers/redis-server.js";

let server: RedisServer;
const clients: Redis[] = [];
let prefixCounter = 0;

/** As in production (redis-client.ts): connected before use, failing fast instead of queueing while Redis is down. */
async function connect(): Promise<Redis> {
  const redis = new Redis(server.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 1000, retryStrategy: () => 50 });
  redis.on("error", () => undefined);
  clients.push(redis);
  await redis.connect();
  return redis;
}

describe.runIf(RUN_REDIS_TESTS)("Redis rate limiter", () => {
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server?.stop();
  });

  async function takeMany(limiter: RateLimiterLike, key: string, count: number): Promise<RateDecision[]> {
    const out: RateDecision[] = [];
    for (let i = 0; i < count; i += 1) out.push(await limiter.take(key));
    return out;
  }

  it("makes the same decisions as the in-memory limiter on the same clock", async () => {
    let time = 1_000_000;
    const now = () => time;
    const options = { burst: 3, refillPerMinute: 12, now };
    const local = createRateLimiter(options);
    const health = createRedisHealth(createMemoryLogger());
    const prefix = `same${(prefixCounter += 1)}:`;
    const redis = await connect();
    const shared = createRedisRateLimiter(redis, { ...options, prefix, health });
    const script: [advanceMs: number, takes: number][] = [
      [0, 5], // burst, one notice, then silence
      [4_999, 1],
      [1, 2], // one token back
      [60_000, 4], // full again: burst and a NEW notice
      [2_500, 1],
    ];
    for (const [advance, takes] of script) {
      time += advance;
      const expected: RateDecision[] = [];
      for (let i = 0; i < takes; i += 1) expected.push(local.take("pat"));
      expect(await takeMany(shared, "pat", takes)).toEqual(expected);
      expect(await shared.isLimited("pat")).toBe(local.isLimited("pat"));
    }
    expect(await shared.isLimited("never-seen")).toBe(false);
    // Fractional costs (autocomplete) spend a quarter token each.
    time += 60_000;
    const quarters = await Promise.all(Array.from({ length: 13 }, () => shared.take("typing", 0.25)));
    expect(quarters.filter((d) => d === "ok")).toHaveLength(12);
    // Decided in Redis, not by the local fallback: the bucket is there, and expires once it would be full.
    expect(health.reachable).toBe(true);
    expect(Number(await redis.hget(`${prefix}rate:pat`, "tokens"))).toBeLessThanOrEqual(3);
    expect(await redis.pttl(`${prefix}rate:pat`)).toBeGreaterThan(0);
  });

  it("is one budget for every replica: two replicas racing 60 questions from one person let exactly the burst through", async () => {
    const prefix = `race${(prefixCounter += 1)}:`;
    const replicas = [await connect(), await connect()].map((redis) =>
      createRedisRateLimiter(redis, { burst: 10, refillPerMinute: 1, prefix, health: createRedisHealth(createMemoryLogger()) }),
    );
    const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => replicas[i % 2]!.take("slack:T1:U1")));
    expect(decisions.filter((d) => d === "ok")).toHaveLength(10);
    expect(decisions.filter((d) => d === "limited-first")).toHaveLength(1);
    expect(decisions.filter((d) => d === "limited")).toHaveLength(49);
    // Someone else is not affected.
    expect(await replicas[1]!.take("slack:T1:U2")).toBe("ok");
  });

  it("keeps deciding from local memory while Redis is down (one warning), and shares again once it is back", async () => {
    const logger = createMemoryLogger();
    const health = createRedisHealth(logger);
    const limiter = createRedisRateLimiter(await connect(), { burst: 2, refillPerMinute: 1, prefix: `down${(prefixCounter += 1)}:`, health });
    expect(await limiter.take("pat")).toBe("ok");

    await server.stop();
    // The local copy saw the first question: the budget is not reset by the outage.
    expect(await takeMany(limiter, "pat", 3)).toEqual(["ok", "limited-first", "limited"]);
    expect(await limiter.isLimited("pat")).toBe(true);
    expect(await limiter.take("someone-else")).toBe("ok");
    expect(health.reachable).toBe(false);
    expect(logger.lines.filter((l) => l.includes("WARN") && l.includes("redis: unreachable"))).toHaveLength(1);

    await server.restart();
    const deadline = Date.now() + 10_000;
    let decision: RateDecision | null = null;
    while (Date.now() < deadline) {
      decision = await limiter.take("fresh-after-restart");
      if (health.reachable) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(health.reachable).toBe(true);
    expect(decision).toBe("ok");
    expect(logger.lines.filter((l) => l.includes("redis: reachable again"))).toHaveLength(1);
    expect(logger.lines.filter((l) => l.includes("redis: unreachable"))).toHaveLength(1);
  });
});
