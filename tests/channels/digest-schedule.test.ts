import { describe, expect, it } from "vitest";
import type { ChannelConfig } from "../../src/channels/channels-file.js";
import { DigestScheduler, latestOccurrence, parseDigestSpec } from "../../src/channels/digest-schedule.js";
import { buildDigest, formatDigest } from "../../src/channels/digest.js";
import { createMemoryStore } from "../../src/state/memory-store.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { fixtureKnowledge } from "../helpers/fixture-desk.js";

const at = (iso: string) => Date.parse(iso);

describe("digest", () => {
  it("lists the latest articles newest first, with key facts and disputed ones flagged", () => {
    const kb = fixtureKnowledge();
    const digest = buildDigest(kb);
    const dates = digest.items.map((i) => i.article.published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(digest.items[0]!.article.published).toBe([...kb.articles.map((a) => a.published)].sort().at(-1));
    expect(digest.items.every((i) => i.facts.length > 0)).toBe(true);
    const text = formatDigest(digest, (s) => `*${s}*`);
    expect(text).toContain("⚠ disputed");
    expect(formatDigest(buildDigest({ articles: [], cards: [] }), (s) => s)).toMatch(/no articles/);
  });
});

describe("digest schedule", () => {
  it("finds the last scheduled time in the channel's time zone", () => {
    const spec = parseDigestSpec("mon 09:00")!;
    // Wednesday 2026-11-25 12:00 UTC → Monday 2026-11-23 09:00 UTC.
    expect(latestOccurrence(spec, "UTC", at("2026-11-25T12:00:00Z"))).toBe(at("2026-11-23T09:00:00Z"));
    // 09:00 in Berlin (UTC+1 in winter) is 08:00 UTC.
    expect(latestOccurrence(spec, "Europe/Berlin", at("2026-11-23T08:30:00Z"))).toBe(at("2026-11-23T08:00:00Z"));
    // A minute before the time, it is last week's.
    expect(latestOccurrence(spec, "UTC", at("2026-11-23T08:59:00Z"))).toBe(at("2026-11-16T09:00:00Z"));
    expect(parseDigestSpec("monday 9")).toBeNull();
  });

  it("posts once per period, even across restarts (the store remembers)", async () => {
    const store = createMemoryStore();
    const channel = { platform: "slack", id: "C1", mode: "news", digest: "mon 09:00" } as ChannelConfig;
    const posted: string[] = [];
    let now = at("2026-11-23T08:59:00Z");
    const make = () =>
      new DigestScheduler({
        channels: () => ({ file: null, channels: [channel] }),
        store,
        post: async (c) => void posted.push(`${c.id}@${new Date(now).toISOString()}`),
        logger: createMemoryLogger(),
        now: () => now,
      });
    const first = make();
    await first.tick();
    expect(posted).toEqual([]);
    now = at("2026-11-23T09:00:00Z");
    await first.tick();
    await first.tick();
    expect(posted).toEqual(["C1@2026-11-23T09:00:00.000Z"]);
    const restarted = make();
    now = at("2026-11-23T10:00:00Z");
    await restarted.tick();
    expect(posted).toHaveLength(1);
    now = at("2026-11-30T09:01:00Z");
    await restarted.tick();
    expect(posted).toEqual(["C1@2026-11-23T09:00:00.000Z", "C1@2026-11-30T09:01:00.000Z"]);
  });

  it("does not post a digest more than a day late (a first start mid-week stays quiet)", async () => {
    const posted: string[] = [];
    const scheduler = new DigestScheduler({
      channels: () => ({ file: null, channels: [{ platform: "slack", id: "C1", mode: "news", digest: "mon 09:00" } as ChannelConfig] }),
      store: createMemoryStore(),
      post: async (c) => void posted.push(c.id),
      logger: createMemoryLogger(),
      now: () => at("2026-11-26T12:00:00Z"),
    });
    await scheduler.tick();
    expect(posted).toEqual([]);
  });
});
