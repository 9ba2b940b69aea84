import { describe, expect, it } from "vitest";
import { buildNewsReply, formatNewsReply, knownArticle } from "../../src/channels/news-reply.js";
import { figuresIn } from "../../src/channels/figures.js";
import { fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";

const desk = fixtureDesk();
const kb = fixtureKnowledge();
const bold = (s: string) => `*${s}*`;

describe("What we know", () => {
  it("gives 2–3 facts with sources and the sources' disagreement for a related post", () => {
    const reply = buildNewsReply("Oracle deal worth $30bn, says report", desk, kb, 0.8);
    expect(reply).not.toBeNull();
    expect(reply!.facts.length).toBeGreaterThanOrEqual(2);
    expect(reply!.facts.length).toBeLessThanOrEqual(3);
    const text = formatNewsReply(reply!, bold);
    expect(text).toMatch(/^\*What we know\*/);
    expect(text).toMatch(/Source: .*\(2025(-\d\d)?\)/);
    expect(text).toContain("Sources disagree:");
    expect(text).not.toContain("Our sources differ");
  });

  it("flags a posted figure that differs from the cards", () => {
    const reply = buildNewsReply("Report: OpenAI's Oracle deal is worth $3 billion", desk, kb, 0.8);
    expect(formatNewsReply(reply!, bold)).toMatch(/Our sources differ: \$3 billion vs \$30 billion, up to \$300 billion/);
  });

  it("recognises a known article by its title and gives its top facts", () => {
    const article = kb.articles.find((a) => a.title.includes("$300 billion"))!;
    const reply = buildNewsReply(`Worth a read: “${article.title}”`, desk, kb, 0.8);
    expect(reply?.known?.id).toBe(article.id);
    const text = formatNewsReply(reply!, bold);
    expect(text).toContain(`We have this one: ${article.title} (${article.published})`);
    expect(reply!.facts.every((f) => f.sources.some((s) => s.id === article.id))).toBe(true);
  });

  it("recognises a known article by its URL, whatever the markup around it", () => {
    const view = { ...kb, articles: kb.articles.map((a, i) => (i === 0 ? { ...a, url: "https://news.example.com/story/1" } : a)) };
    expect(knownArticle("<https://www.news.example.com/story/1/?utm=x|news.example.com>", view)?.id).toBe(kb.articles[0]!.id);
    expect(knownArticle("https://news.example.com/story/2", view)).toBeNull();
  });

  it("says nothing about unrelated or link-only posts", () => {
    expect(buildNewsReply("Lunch menu today: pasta and salad", desk, kb, 0.8)).toBeNull();
    expect(buildNewsReply("https://example.com/unrelated", desk, kb, 0.8)).toBeNull();
  });

  it("reads money figures", () => {
    expect(figuresIn("up to $300 billion, or $30bn, USD 4.5 billion; 30 m away").map((f) => f.text)).toEqual([
      "up to $300 billion",
      "$30 billion",
      "$4.5 billion",
    ]);
  });
});
