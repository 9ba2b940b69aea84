import { describe, expect, it } from "vitest";
import { DEFAULT_DEDUPE_TTL_MS, EventDedupe } from "../../../src/adapters/slack/event-dedupe.js";

describe("EventDedupe", () => {
  it("lets a key through once and drops repeats", () => {
    const dedupe = new EventDedupe();
    expect(dedupe.claim("Ev1")).toBe(true);
    expect(dedupe.claim("Ev1")).toBe(false);
    expect(dedupe.claim("Ev1")).toBe(false);
    expect(dedupe.claim("Ev2")).toBe(true);
  });

  it("forgets keys after the TTL (10 minutes by default)", () => {
    let now = 1_000_000;
    const dedupe = new EventDedupe({ now: () => now });
    expect(DEFAULT_DEDUPE_TTL_MS).toBe(10 * 60 * 1000);
    expect(dedupe.claim("Ev1")).toBe(true);
    now += DEFAULT_DEDUPE_TTL_MS - 1;
    expect(dedupe.claim("Ev1")).toBe(false);
    now += 1;
    expect(dedupe.has("Ev1")).toBe(false);
    expect(dedupe.claim("Ev1")).toBe(true);
  });

  it("drops expired entries so the cache does not grow", () => {
    let now = 0;
    const dedupe = new EventDedupe({ ttlMs: 100, now: () => now });
    for (let i = 0; i < 50; i++) dedupe.claim(`old${i}`);
    now = 200;
    dedupe.claim("fresh");
    expect(dedupe.size).toBe(1);
  });

  it("is bounded: the oldest keys go first when full", () => {
    const dedupe = new EventDedupe({ maxEntries: 3 });
    for (const key of ["a", "b", "c", "d"]) expect(dedupe.claim(key)).toBe(true);
    expect(dedupe.size).toBe(3);
    expect(dedupe.has("a")).toBe(false);
    expect(dedupe.claim("d")).toBe(false);
    expect(dedupe.claim("a")).toBe(true);
  });
});
