import { describe, expect, it } from "vitest";
import { DEFAULT_RECENT_KEYS, RecentKeys } from "../../src/adapters/recent-keys.js";

describe("RecentKeys", () => {
  it("remembers what was added", () => {
    const keys = new RecentKeys(3);
    keys.add("C1:1");
    expect(keys.has("C1:1")).toBe(true);
    expect(keys.has("C1:2")).toBe(false);
  });

  it("holds at most max keys, forgetting the oldest first", () => {
    const keys = new RecentKeys(3);
    for (const k of ["a", "b", "c", "d"]) keys.add(k);
    expect(keys.size).toBe(3);
    expect(keys.has("a")).toBe(false);
    expect(["b", "c", "d"].every((k) => keys.has(k))).toBe(true);
  });

  it("counts a key added again as the newest", () => {
    const keys = new RecentKeys(2);
    keys.add("a");
    keys.add("b");
    keys.add("a");
    keys.add("c");
    expect(keys.has("a")).toBe(true);
    expect(keys.has("b")).toBe(false);
  });

  it("stays at its default bound however many keys arrive", () => {
    const keys = new RecentKeys();
    for (let i = 0; i < DEFAULT_RECENT_KEYS + 500; i += 1) keys.add(`m${i}`);
    expect(keys.size).toBe(DEFAULT_RECENT_KEYS);
    expect(keys.has("m0")).toBe(false);
    expect(keys.has(`m${DEFAULT_RECENT_KEYS + 499}`)).toBe(true);
  });
});
