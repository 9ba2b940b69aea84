import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT, createRateLimiter, type RateDecision } from "../../src/adapters/rate-limit.js";

/** A limiter on a clock the test moves by hand. */
function limiterAt(options: { burst?: number; refillPerMinute?: number; maxKeys?: number } = {}) {
  let time = 1_000_000;
  const limiter = createRateLimiter({ ...options, now: () => time });
  return {
    limiter,
    advance(ms: number) {
      time += ms;
    },
    takeMany(key: string, count: number): RateDecision[] {
      return Array.from({ length: count }, () => limiter.take(key));
    },
  };
}

describe("createRateLimiter", () => {
  it("allows a burst, then says limited-first once, then limited", () => {
    const { takeMany } = limiterAt({ burst: 3, refillPerMinute: 12 });
    expect(takeMany("a", 6)).toEqual(["ok", "ok", "ok", "limited-first", "limited", "limited"]);
  });

  it("defaults to 12 at once and 12 a minute", () => {
    expect(DEFAULT_RATE_LIMIT).toMatchObject({ burst: 12, refillPerMinute: 12, maxKeys: 10_000 });
    const { takeMany, advance } = limiterAt();
    expect(takeMany("a", 12).every((d) => d === "ok")).toBe(true);
    expect(takeMany("a", 2)).toEqual(["limited-first", "limited"]);
    advance(5_000);
    expect(takeMany("a", 2)).toEqual(["ok", "limited"]);
  });

  it("refills over time, one token per 60/refillPerMinute seconds, up to the burst", () => {
    const { limiter, takeMany, advance } = limiterAt({ burst: 2, refillPerMinute: 12 });
    expect(takeMany("a", 3)).toEqual(["ok", "ok", "limited-first"]);
    advance(4_999);
    expect(limiter.take("a")).toBe("limited");
    advance(1);
    expect(limiter.take("a")).toBe("ok");
    // Still flooding: already told, so no second notice.
    expect(limiter.take("a")).toBe("limited");
    advance(60_000);
    // Refill stops at the burst.
    expect(takeMany("a", 3)).toEqual(["ok", "ok", "limited-first"]);
  });

  it("gives a new notice only after the bucket has filled up again", () => {
    const { limiter, takeMany, advance } = limiterAt({ burst: 2, refillPerMinute: 12 });
    expect(takeMany("a", 3)).toEqual(["ok", "ok", "limited-first"]);
    // A steady flood at the refill rate: answered at that rate, never told twice.
    for (let i = 0; i < 5; i += 1) {
      advance(5_000);
      expect(takeMany("a", 3)).toEqual(["ok", "limited", "limited"]);
    }
    advance(10_000);
    expect(takeMany("a", 3)).toEqual(["ok", "ok", "limited-first"]);
    expect(limiter.take("a")).toBe("limited");
  });

  it("keeps one bucket per key", () => {
    const { limiter, takeMany } = limiterAt({ burst: 2, refillPerMinute: 12 });
    expect(takeMany("a", 3)).toEqual(["ok", "ok", "limited-first"]);
    expect(takeMany("b", 3)).toEqual(["ok", "ok", "limited-first"]);
    expect(limiter.take("a")).toBe("limited");
  });

  it("takes fractional costs", () => {
    const { limiter } = limiterAt({ burst: 1, refillPerMinute: 12 });
    expect([0, 1, 2, 3].map(() => limiter.take("a", 0.25))).toEqual(["ok", "ok", "ok", "ok"]);
    expect(limiter.take("a", 0.25)).toBe("limited-first");
    expect(() => limiter.take("a", 0)).toThrow(RangeError);
  });

  it("isLimited spends nothing and does not use up the notice", () => {
    const { limiter, advance } = limiterAt({ burst: 1, refillPerMinute: 12 });
    expect(limiter.isLimited("a")).toBe(false);
    expect(limiter.size).toBe(0);
    expect(limiter.take("a")).toBe("ok");
    expect(limiter.isLimited("a")).toBe(true);
    expect(limiter.isLimited("a")).toBe(true);
    expect(limiter.take("a")).toBe("limited-first");
    advance(5_000);
    expect(limiter.isLimited("a")).toBe(false);
    expect(limiter.take("a")).toBe("ok");
  });

  it("a clock going backwards adds no tokens", () => {
    const { limiter, takeMany, advance } = limiterAt({ burst: 1, refillPerMinute: 12 });
    expect(takeMany("a", 2)).toEqual(["ok", "limited-first"]);
    advance(-60_000);
    expect(limiter.take("a")).toBe("limited");
  });

  it("forgets keys whose bucket is full again", () => {
    const { limiter, takeMany, advance } = limiterAt({ burst: 2, refillPerMinute: 12 });
    takeMany("a", 3);
    limiter.take("b");
    expect(limiter.size).toBe(2);
    advance(9_999);
    limiter.take("c");
    expect(limiter.size).toBe(3);
    // A full refill period (2 tokens at 12/min = 10 s) after their last use, a and b are full and forgotten.
    advance(1);
    limiter.take("c");
    expect(limiter.size).toBe(1);
    // Forgotten means a fresh bucket (and a fresh notice).
    expect(takeMany("a", 3)).toEqual(["ok", "ok", "limited-first"]);
  });

  it("holds at most maxKeys keys, dropping the least recently used", () => {
    const { limiter } = limiterAt({ burst: 1, refillPerMinute: 1, maxKeys: 3 });
    expect(limiter.take("a")).toBe("ok");
    expect(limiter.take("a")).toBe("limited-first");
    limiter.take("b");
    limiter.take("c");
    expect(limiter.take("a")).toBe("limited"); // a is now the most recently used
    limiter.take("d"); // drops b
    expect(limiter.size).toBe(3);
    expect(limiter.isLimited("a")).toBe(true);
    expect(limiter.isLimited("b")).toBe(false);
  });

  it("stays bounded under a flood of distinct keys", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 25_000; i += 1) limiter.take(`user-${i}`);
    expect(limiter.size).toBe(DEFAULT_RATE_LIMIT.maxKeys);
  });

  it("rejects nonsense options", () => {
    expect(() => createRateLimiter({ burst: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ refillPerMinute: -1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ maxKeys: Number.NaN })).toThrow(RangeError);
  });
});
