import { describe, expect, it } from "vitest";
import { classifyStatus, parseRetryAfter, transportFailure, type Verdict } from "../../src/delivery/classify.js";
import { fastClock } from "../../src/delivery/clock.js";
import { createDelivery, type RetryEvent } from "../../src/delivery/deliver.js";
import { backoffDelay, DEFAULT_RETRY_POLICY } from "../../src/delivery/retry-policy.js";
import { virtualClock } from "./virtual-clock.js";

class Fault extends Error {
  constructor(readonly verdict: Verdict) {
    super(verdict.reason);
  }
}
const byVerdict = (error: unknown): Verdict => (error instanceof Fault ? error.verdict : { action: "give-up", reason: "unknown" });
const serverError = () => new Fault({ action: "retry", reason: "500" });

describe("delivery retries", () => {
  it("retries 5xx-like failures with back-off until the send goes through", async () => {
    const clock = virtualClock();
    const retries: RetryEvent[] = [];
    const delivery = createDelivery({ clock, random: () => 0.5, onRetry: (e) => retries.push(e) });
    let tries = 0;
    const result = await delivery.send(
      "C1",
      async () => {
        tries += 1;
        if (tries <= 3) throw serverError();
        return "posted";
      },
      byVerdict,
    );
    expect(result).toBe("posted");
    expect(tries).toBe(4);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3]);
    // Exponential: each wait about twice the previous one.
    expect(clock.slept[1]! / clock.slept[0]!).toBeCloseTo(2);
    expect(clock.slept[2]! / clock.slept[1]!).toBeCloseTo(2);
  });

  it("does not retry what cannot succeed (a 4xx)", async () => {
    const delivery = createDelivery({ clock: virtualClock() });
    let tries = 0;
    await expect(
      delivery.send(
        "C1",
        async () => {
          tries += 1;
          throw new Fault({ action: "give-up", reason: "400" });
        },
        byVerdict,
      ),
    ).rejects.toThrow("400");
    expect(tries).toBe(1);
  });

  it("keeps trying for about 30 s of faults, then gives up with the last error", async () => {
    const clock = virtualClock();
    const giveUps: string[] = [];
    const delivery = createDelivery({ clock, onGiveUp: (e) => giveUps.push(e.reason) });
    const triedAt: number[] = [];
    await expect(
      delivery.send(
        "C1",
        async () => {
          triedAt.push(clock.now());
          throw serverError();
        },
        byVerdict,
      ),
    ).rejects.toThrow("500");
    const last = triedAt.at(-1)!;
    expect(last).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.deadlineMs);
    // It did not stop early: the next back-off would have crossed the deadline.
    expect(last).toBeGreaterThan(DEFAULT_RETRY_POLICY.deadlineMs - DEFAULT_RETRY_POLICY.maxDelayMs);
    expect(triedAt.length).toBeGreaterThanOrEqual(10);
    expect(giveUps).toEqual(["500, out of time"]);
  });

  it("waits exactly the Retry-After of a 429, and rate limits do not use up the fault deadline", async () => {
    const clock = virtualClock();
    const delivery = createDelivery({ clock });
    let tries = 0;
    await delivery.send(
      "C1",
      async () => {
        tries += 1;
        // 40 s of 429s (past the 30 s fault deadline), then one 500, then success.
        if (tries <= 40) throw new Fault({ action: "retry", reason: "429", retryAfterMs: 1000 });
        if (tries === 41) throw serverError();
        return "ok";
      },
      byVerdict,
    );
    expect(tries).toBe(42);
    expect(clock.slept.slice(0, 40)).toEqual(Array(40).fill(1000));
  });
});

describe("lanes", () => {
  it("sends in one lane go one at a time, in order", async () => {
    const delivery = createDelivery({ clock: fastClock(100) });
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const sends = [1, 2, 3, 4, 5].map((n) =>
      delivery.send(
        "C1",
        async () => {
          running += 1;
          most = Math.max(most, running);
          log.push(`start ${n}`);
          await new Promise((r) => setTimeout(r, 5 - n));
          log.push(`end ${n}`);
          running -= 1;
        },
        byVerdict,
      ),
    );
    await Promise.all(sends);
    expect(most).toBe(1);
    expect(log).toEqual([1, 2, 3, 4, 5].flatMap((n) => [`start ${n}`, `end ${n}`]));
    expect(delivery.queue.busyLanes).toBe(0);
  });

  it("a 429 pauses only its own lane: other channels are sent meanwhile, and the paused one is not lost", async () => {
    // 1 s of Retry-After plays out in 50 ms real time.
    const delivery = createDelivery({ clock: fastClock(20) });
    const done: string[] = [];
    let limited = true;
    const busy = [1, 2, 3].map((n) =>
      delivery.send(
        "busy",
        async () => {
          if (limited) {
            limited = false;
            throw new Fault({ action: "retry", reason: "429", retryAfterMs: 1000 });
          }
          done.push(`busy ${n}`);
        },
        byVerdict,
      ),
    );
    const quiet = [1, 2, 3].map((n) => delivery.send("quiet", async () => void done.push(`quiet ${n}`), byVerdict));
    await Promise.all(quiet);
    expect(done).toEqual(["quiet 1", "quiet 2", "quiet 3"]);
    await Promise.all(busy);
    expect(done).toEqual(["quiet 1", "quiet 2", "quiet 3", "busy 1", "busy 2", "busy 3"]);
  });
});

describe("classification", () => {
  it("reads statuses, Retry-After and transport failures", () => {
    expect(classifyStatus(429, 2000)).toEqual({ action: "retry", reason: "429", retryAfterMs: 2000 });
    expect(classifyStatus(503).action).toBe("retry");
    expect(classifyStatus(404).action).toBe("give-up");
    expect(parseRetryAfter("1.5")).toBe(1500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(transportFailure(new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }))).toBe("UND_ERR_SOCKET");
    expect(transportFailure(new DOMException("timed out", "TimeoutError"))).toBe("TimeoutError");
    expect(transportFailure(new Error("invalid_auth"))).toBeNull();
  });

  it("back-off grows, stays under the cap and is jittered", () => {
    const low = backoffDelay(DEFAULT_RETRY_POLICY, 1, () => 0);
    const high = backoffDelay(DEFAULT_RETRY_POLICY, 1, () => 1);
    expect(low).toBeLessThan(high);
    expect(backoffDelay(DEFAULT_RETRY_POLICY, 3, () => 0)).toBe(4 * low);
    expect(backoffDelay(DEFAULT_RETRY_POLICY, 50, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});
