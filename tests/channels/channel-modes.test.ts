import { describe, expect, it } from "vitest";
import { ChannelRouter, readsAsQuestion, type ChannelPost } from "../../src/channels/channel-modes.js";
import type { ChannelConfig } from "../../src/channels/channels-file.js";
import { fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";

const desk = fixtureDesk();
let nextPost = 0;

function router(channels: Partial<ChannelConfig>[], options: { repliesPerHour?: number; now?: () => number } = {}) {
  const config = {
    file: "c.yaml",
    channels: channels.map((c) => ({ platform: "slack", id: "C1", mode: "mention", ...c }) as ChannelConfig),
  };
  return new ChannelRouter({ channels: () => config, desk, knowledge: fixtureKnowledge, ...options });
}

function post(text: string, fields: Partial<ChannelPost> = {}): ChannelPost {
  return { platform: "slack", channel: "C1", post: String(++nextPost), text, author: "person", mentionsBot: false, inThread: false, ...fields };
}

describe("reads as a question", () => {
  it.each(["how much is the deal worth", "is it 30 or 300 billion", "deal size?", "so what did the report say"])("%s", (text) =>
    expect(readsAsQuestion(text)).toBe(true),
  );
  it.each(["thanks all", "lunch at noon", "", "https://example.com/a"])("not: %s", (text) => expect(readsAsQuestion(text)).toBe(false));
});

describe("channel router", { timeout: 30_000 }, () => {
  it("answer mode: a confident question is answered; small talk and unsure questions are left alone", () => {
    const r = router([{ mode: "answer" }]);
    expect(r.decide(post("how much is the OpenAI-Oracle deal worth?")).kind).toBe("answer");
    expect(r.decide(post("thanks everyone, great call"))).toEqual({ kind: "ignore", reason: "not a question" });
    expect(r.decide(post("how was your weekend?"))).toEqual({ kind: "ignore", reason: "not sure enough" });
  });

  it("min_confidence is the channel's: above every answer's confidence, the bot stays silent", () => {
    const r = router([{ mode: "answer", min_confidence: 1 }]);
    expect(r.decide(post("how much is the OpenAI-Oracle deal worth?")).kind).toBe("ignore");
  });

  it("mention channels (and unlisted ones) are left to the mention handler", () => {
    const r = router([{ mode: "mention" }]);
    expect(r.decide(post("how much is the deal worth?")).kind).toBe("ignore");
    expect(r.decide(post("how much is the deal worth?", { channel: "C9" })).kind).toBe("ignore");
    expect(r.takesMentions("slack", "C1")).toBe(false);
  });

  it("never its own posts; other bots only in news channels, top-level", () => {
    const news = router([{ mode: "news" }]);
    expect(news.decide(post("Oracle shares jump after OpenAI cloud contract news", { author: "self" })).kind).toBe("ignore");
    expect(news.decide(post("Oracle shares jump after OpenAI cloud contract news", { author: "bot" })).kind).toBe("news");
    expect(news.decide(post("Oracle shares jump after OpenAI cloud contract news", { author: "bot", inThread: true })).kind).toBe("ignore");
    const answer = router([{ mode: "answer" }]);
    expect(answer.decide(post("how much is the OpenAI-Oracle deal worth?", { author: "bot" })).kind).toBe("ignore");
  });

  it("one reply per post, and at most N per channel per hour", () => {
    let now = 0;
    const r = router([{ mode: "news" }], { repliesPerHour: 2, now: () => now });
    const first = post("Oracle shares jump after OpenAI cloud contract news");
    expect(r.decide(first).kind).toBe("news");
    expect(r.decide(first)).toEqual({ kind: "ignore", reason: "already replied" });
    expect(r.decide(post("Oracle shares jump after OpenAI cloud contract news")).kind).toBe("news");
    expect(r.decide(post("Oracle shares jump after OpenAI cloud contract news"))).toEqual({ kind: "ignore", reason: "hourly cap reached" });
    now += 60 * 60 * 1000 + 1;
    expect(r.decide(post("Oracle shares jump after OpenAI cloud contract news")).kind).toBe("news");
  });

  it("a mention in an answer channel is always answered, unsure or not", () => {
    const r = router([{ mode: "answer" }]);
    const decision = r.decide(post("how was your weekend?", { mentionsBot: true }));
    expect(decision).toMatchObject({ kind: "answer", asked: true });
    expect(r.takesMentions("slack", "C1")).toBe(true);
  });

  it("huge and link-only posts do not crash and get no reply", () => {
    const r = router([{ mode: "news" }, { id: "C2", mode: "answer" }]);
    expect(r.decide(post("lorem ipsum ".repeat(200_000))).kind).toBe("ignore");
    expect(r.decide(post("https://example.com/some/story")).kind).toBe("ignore");
    expect(r.decide(post("what? ".repeat(100_000), { channel: "C2" })).kind).toBe("ignore");
  });
});
