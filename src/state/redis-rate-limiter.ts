import type { Redis } from "ioredis";
import {
  DEFAULT_RATE_LIMIT,
  createRateLimiter,
  type RateDecision,
  type RateLimiter,
  type RateLimiterLike,
  type RateLimiterOptions,
} from "../adapters/rate-limit.js";
import type { RedisHealth } from "./redis-health.js";

/**
 * The token bucket of rate-limit.ts, kept in a Redis hash and updated by one Lua script, so
 * replicas spend one shared budget per person and two replicas cannot both spend the last token.
 * Time is Redis's own clock (TIME) unless a test passes one, so replicas' clocks need not agree.
 * The key expires once the bucket would be full again, which is also when the notice resets.
 * Returns 0 "ok", 1 "limited-first", 2 "limited"; in peek mode, 1 when under one token.
 */
const TOKEN_BUCKET = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
local ttl = tonumber(ARGV[5])
local peek = ARGV[6] == "peek"
local eps = 1e-9
if now < 0 then
  local t = redis.call("TIME")
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local held = redis.call("HMGET", KEYS[1], "tokens", "at", "notified")
local tokens = tonumber(held[1]) or burst
local at = tonumber(held[2]) or now
local notified = held[3] == "1"
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
if peek then
  if held[1] and tokens < 1 - eps then return 1 end
  return 0
end
if tokens >= burst - eps then notified = false end
local decision
if tokens >= cost - eps then
  tokens = math.max(0, tokens - cost)
  decision = 0
elseif not notified then
  notified = true
  decision = 1
else
  decision = 2
end
redis.call("HSET", KEYS[1], "tokens", tostring(tokens), "at", tostring(now), "notified", notified and "1" or "0")
redis.call("PEXPIRE", KEYS[1], ttl)
return decision
`;

const DECISIONS: readonly RateDecision[] = ["ok", "limited-first", "limited"];

type TokenBucketRedis = Redis & {
  dealDeskTokenBucket(key: string, burst: number, perMs: number, cost: number, now: number, ttl: number, mode: string): Promise<number>;
};

export interface RedisRateLimiterOptions extends Omit<RateLimiterOptions, "maxKeys"> {
  /** Prepended to every key. */
  prefix: string;
  health: RedisHealth;
  /** Where decisions come from while Redis is down (default: an in-memory limiter with the same settings). */
  fallback?: RateLimiter;
}

/** A rate limiter shared by every replica on the same Redis; same decisions as createRateLimiter. */
export function createRedisRateLimiter(redis: Redis, options: RedisRateLimiterOptions): RateLimiterLike {
  const burst = options.burst ?? DEFAULT_RATE_LIMIT.burst;
  const refillPerMinute = options.refillPerMinute ?? DEFAULT_RATE_LIMIT.refillPerMinute;
  // Same checks and the same local behaviour as the in-memory limiter (it also validates the numbers).
  const fallback = options.fallback ?? createRateLimiter({ burst, refillPerMinute, ...(options.now ? { now: options.now } : {}) });
  const perMs = refillPerMinute / 60_000;
  const fullRefillMs = Math.ceil((burst * 60_000) / refillPerMinute);
  const { prefix, health, now } = options;
  if (!("dealDeskTokenBucket" in redis)) redis.defineCommand("dealDeskTokenBucket", { numberOfKeys: 1, lua: TOKEN_BUCKET });
  const script = redis as TokenBucketRedis;

  async function run(key: string, cost: number, mode: "take" | "peek"): Promise<number | null> {
    try {
      const result = await script.dealDeskTokenBucket(`${prefix}rate:${key}`, burst, perMs, cost, now ? now() : -1, fullRefillMs, mode);
      health.ok();
      return Number(result);
    } catch (error) {
      health.failed(error);
      return null;
    }
  }

  return {
    async take(key, cost = 1) {
      if (!Number.isFinite(cost) || cost <= 0) throw new RangeError(`rate limiter: cost must be a positive number, got ${cost}`);
      const result = await run(key, cost, "take");
      // Spend locally too, so the fallback knows this person's recent pace when Redis goes away.
      const local = fallback.take(key, cost);
      return result === null ? local : (DECISIONS[result] ?? "ok");
    },
    async isLimited(key) {
      const result = await run(key, 1, "peek");
      return result === null ? fallback.isLimited(key) : result === 1;
    },
  };
}
