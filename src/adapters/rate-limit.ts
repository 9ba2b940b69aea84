/**
 * Per-person flood protection for the chat adapters, platform-neutral (both adapters import it,
 * neither imports the other). One token bucket per key: a key may spend `burst` tokens at once,
 * and tokens come back at `refillPerMinute`. Memory stays bounded: a key is forgotten once its
 * bucket is full again (at the latest one full refill period after its last use), and at most
 * `maxKeys` keys are held, the least recently used going first.
 */

/**
 * What the adapter should do with one request:
 * - "ok": answer it;
 * - "limited-first": the key just went over, so answer with ONE polite "slow down" notice;
 * - "limited": still over, and already told: stay silent (or answer only where it costs the
 *   channel nothing, such as an ephemeral reply).
 * A key is told again only after its bucket has filled up completely (it calmed down), so a
 * sustained flood gets one notice, then only as many answers as the refill rate allows.
 */
export type RateDecision = "ok" | "limited-first" | "limited";

export interface RateLimiterOptions {
  /** Requests a key may make at once (bucket size). */
  burst?: number;
  /** Tokens returned per minute. */
  refillPerMinute?: number;
  /** Most keys remembered; the least recently used are dropped beyond it. */
  maxKeys?: number;
  /** Clock in milliseconds (monotonic by default); tests inject their own. */
  now?: () => number;
}

export interface RateLimiter {
  /** Spends `cost` tokens (default 1) of `key`'s bucket when it has them. */
  take(key: string, cost?: number): RateDecision;
  /** Whether `key` is out of tokens right now (less than one left). Spends nothing, tells nobody. */
  isLimited(key: string): boolean;
  /** Keys currently remembered. */
  readonly size: number;
}

/**
 * What the adapters call: the in-memory limiter above, or one shared by replicas through Redis
 * (src/state/redis-rate-limiter.ts), whose answers arrive asynchronously. Callers `await` both.
 */
export interface RateLimiterLike {
  take(key: string, cost?: number): RateDecision | Promise<RateDecision>;
  isLimited(key: string): boolean | Promise<boolean>;
}

/** Generous enough for a lively conversation, tight enough that a flood is cut within seconds. */
export const DEFAULT_RATE_LIMIT = { burst: 12, refillPerMinute: 12, maxKeys: 10_000 } as const;

interface Bucket {
  tokens: number;
  /** When `tokens` was last computed. */
  at: number;
  /** Whether this key has been given its "slow down" notice since it last had a full bucket. */
  notified: boolean;
}

/** Floating-point slack when comparing token counts. */
const EPSILON = 1e-9;

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`rate limiter: ${name} must be a positive number, got ${value}`);
  return value;
}

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const burst = positive("burst", options.burst ?? DEFAULT_RATE_LIMIT.burst);
  const refillPerMinute = positive("refillPerMinute", options.refillPerMinute ?? DEFAULT_RATE_LIMIT.refillPerMinute);
  const maxKeys = Math.max(1, Math.floor(positive("maxKeys", options.maxKeys ?? DEFAULT_RATE_LIMIT.maxKeys)));
  const now = options.now ?? (() => performance.now());
  /** Time an empty bucket takes to fill up: any key idle this long is full and can be forgotten. */
  const fullRefillMs = (burst * 60_000) / refillPerMinute;
  /** Insertion order is last-use order (a key is re-inserted on every take). */
  const buckets = new Map<string, Bucket>();

  function tokensAt(bucket: Bucket, time: number): number {
    const elapsed = Math.max(0, time - bucket.at);
    return Math.min(burst, bucket.tokens + (elapsed * refillPerMinute) / 60_000);
  }

  /** Forgets keys idle for a full refill period; stops at the first recent one, so it costs O(forgotten). */
  function forgetIdle(time: number): void {
    for (const [key, bucket] of buckets) {
      if (time - bucket.at < fullRefillMs) break;
      buckets.delete(key);
    }
  }

  return {
    take(key, cost = 1) {
      positive("cost", cost);
      const time = now();
      forgetIdle(time);
      const known = buckets.get(key);
      const bucket: Bucket = known ?? { tokens: burst, at: time, notified: false };
      bucket.tokens = tokensAt(bucket, time);
      bucket.at = time;
      // Full again: the key calmed down, so a later flood earns a new notice.
      if (bucket.tokens >= burst - EPSILON) bucket.notified = false;

      let decision: RateDecision;
      if (bucket.tokens >= cost - EPSILON) {
        bucket.tokens = Math.max(0, bucket.tokens - cost);
        decision = "ok";
      } else if (!bucket.notified) {
        bucket.notified = true;
        decision = "limited-first";
      } else {
        decision = "limited";
      }

      buckets.delete(key);
      buckets.set(key, bucket);
      while (buckets.size > maxKeys) {
        const oldest = buckets.keys().next();
        if (oldest.done) break;
        buckets.delete(oldest.value);
      }
      return decision;
    },
    isLimited(key) {
      const bucket = buckets.get(key);
      return bucket !== undefined && tokensAt(bucket, now()) < 1 - EPSILON;
    },
    get size() {
      return buckets.size;
    },
  };
}
