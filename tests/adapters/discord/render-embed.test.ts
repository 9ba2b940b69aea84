import { describe, expect, test } from "vitest";
import type { APIEmbed } from "discord.js";
import { confidenceText } from "../../../src/core/answer.js";
import type { Answer } from "../../../src/core/answer.js";
import { messages } from "../../../src/core/messages.js";
import { questionOf } from "../../../src/adapters/discord/buttons.js";
import { decodeButton, encodeButton } from "../../../src/adapters/discord/custom-ids.js";
import { embedLength } from "../../../src/adapters/discord/embed-fit.js";
import { LIMITS } from "../../../src/adapters/discord/limits.js";
import { MAX_ALTERNATIVES, renderAnswer, renderPrompt } from "../../../src/adapters/discord/render-embed.js";
import type { DiscordReply } from "../../../src/adapters/discord/render-embed.js";
import { renderSources, renderTopics } from "../../../src/adapters/discord/render-lists.js";

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "how much is the oracle deal worth?",
    status: "answered",
    answer: "Reports differ: $30 billion vs up to $300 billion over five years.",
    confidence: 0.92,
    card: "deal-value",
    topic: "Money and contract size",
    sources: [
      { id: "a", title: "OpenAI to buy $300 billion of Oracle computing power", published: "2025-09", url: null },
      { id: "b", title: "OpenAI's models come to Oracle Cloud Infrastructure", published: "2026-06-10", url: "https://example.com/oci" },
    ],
    alternatives: [],
    disputed: null,
    notice: null,
    suggestions: [],
    ...overrides,
  };
}

/** Every Discord limit that applies to a reply. */
function expectWithinLimits(reply: DiscordReply): void {
  expect(reply.embeds.length).toBeLessThanOrEqual(10);
  for (const embed of reply.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of embed.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footerText);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
  expect(reply.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  expect(reply.components.length).toBeLessThanOrEqual(LIMITS.actionRows);
  const ids = new Set<string>();
  for (const row of reply.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      expect("label" in b && b.label ? b.label.length : 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
      const id = "custom_id" in b ? b.custom_id : "";
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
      expect(ids.has(id)).toBe(false);
      ids.add(id);
    }
  }
}

const customIds = (reply: DiscordReply) =>
  reply.components.flatMap((row) => row.components.map((b) => ("custom_id" in b ? b.custom_id : "")));
const fieldNamed = (embed: APIEmbed, name: string) => embed.fields?.find((f) => f.name.includes(name));

describe("renderAnswer", () => {
  test("answered: question as title, answer as description, confidence and topic in the footer", () => {
    const reply = renderAnswer(answer());
    const [embed] = reply.embeds;
    expect(embed?.title).toBe("how much is the oracle deal worth?");
    expect(embed?.description).toContain("$300 billion");
    expect(embed?.footer?.text).toBe(`${confidenceText(0.92)} · Money and contract size`);
    expect(embed?.footer?.text).toContain("High confidence · 92%");
    expectWithinLimits(reply);
  });

  test("sources list title and date, with a link only where the url is known", () => {
    const sources = fieldNamed(renderAnswer(answer()).embeds[0]!, messages.sourcesHeading)!;
    expect(sources.value).toContain("• OpenAI to buy $300 billion of Oracle computing power · 2025-09");
    expect(sources.value).toContain("[OpenAI's models come to Oracle Cloud Infrastructure](https://example.com/oci) · 2026-06-10");
    expect(sources.value).not.toContain("(null)");
  });

  test("disputed answers get a warning field; notices are shown", () => {
    const embed = renderAnswer(answer({ disputed: "The articles disagree on the size.", notice: messages.truncated(1000, 5000) })).embeds[0]!;
    expect(fieldNamed(embed, messages.disputedLabel)?.value).toBe("The articles disagree on the size.");
    expect(fieldNamed(embed, messages.disputedLabel)?.name).toContain("⚠️");
    expect(embed.fields?.some((f) => f.value === messages.truncated(1000, 5000))).toBe(true);
  });

  test("every answer carries 👍 / 👎 buttons that name the card and the question", () => {
    const ids = customIds(renderAnswer(answer()));
    const votes = ids.map(decodeButton).filter((d) => d && d.action !== "alt");
    expect(votes.map((v) => v?.action)).toEqual(["up", "down"]);
    expect(votes.every((v) => v?.card === "deal-value" && v.question === "how much is the oracle deal worth?")).toBe(true);
  });

  test("unsure: the prefix, and at most 3 alternative buttons that decode to their cards", () => {
    const alternatives = ["a", "b", "c", "d", "e"].map((c, i) => ({ card: `card-${c}`, question: `Alternative question ${c}?`, confidence: 0.4 - i / 100 }));
    const reply = renderAnswer(answer({ status: "unsure", confidence: 0.41, alternatives }));
    expect(reply.embeds[0]?.description?.startsWith(messages.unsurePrefix)).toBe(true);
    const alts = customIds(reply).map(decodeButton).filter((d) => d?.action === "alt");
    expect(alts.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    expect(alts.map((a) => a?.card)).toEqual(["card-a", "card-b", "card-c"]);
    const labels = reply.components[0]!.components.map((b) => ("label" in b ? b.label : ""));
    expect(labels).toEqual(["Alternative question a?", "Alternative question b?", "Alternative question c?"]);
    expectWithinLimits(reply);
  });

  test("answered replies show no alternative buttons", () => {
    const alternatives = [{ card: "other", question: "Other?", confidence: 0.3 }];
    expect(customIds(renderAnswer(answer({ alternatives }))).some((id) => id.startsWith("dd:alt:"))).toBe(false);
  });

  test("no_answer: the apology and example questions, no confidence footer", () => {
    const suggestions = ["How much is the Oracle deal worth?", "Where is Abilene?", "Is Microsoft still involved?"];
    const reply = renderAnswer(
      answer({ status: "no_answer", answer: messages.noAnswer, confidence: 0.02, card: null, topic: null, sources: [], suggestions }),
    );
    const embed = reply.embeds[0]!;
    expect(embed.description).toBe(messages.noAnswer);
    const examples = embed.fields?.find((f) => f.name.startsWith("Try asking"));
    expect(examples?.value.split("\n")).toEqual(suggestions.map((s) => `• ${s}`));
    expect(embed.footer).toBeUndefined();
    expectWithinLimits(reply);
  });

  test("mass mentions in the question are defused", () => {
    const embed = renderAnswer(answer({ question: "@everyone @here <@123456789012345678> what is it worth?" })).embeds[0]!;
    expect(embed.title).not.toMatch(/@everyone|@here|<@\d/);
  });

  test("oversized everything still fits Discord's limits", () => {
    const long = "word ".repeat(3000);
    const reply = renderAnswer(
      answer({
        question: `q${"x".repeat(999)}`,
        answer: long,
        disputed: long,
        notice: long,
        topic: "t".repeat(3000),
        sources: Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, title: `Title ${i} ${"y".repeat(300)}`, published: "2025-09", url: `https://example.com/${i}` })),
        status: "unsure",
        alternatives: Array.from({ length: 3 }, (_, i) => ({ card: `card-${i}`, question: "z".repeat(500), confidence: 0.3 })),
      }),
    );
    expectWithinLimits(reply);
    expect(reply.embeds[0]?.fields?.find((f) => f.name === messages.sourcesHeading)?.value).toMatch(/…and \d+ more\.$/);
  });

  test("a card id too long for a custom id drops the buttons rather than breaking the message", () => {
    const reply = renderAnswer(answer({ card: "c".repeat(120) }));
    expectWithinLimits(reply);
    expect(reply.components).toEqual([]);
  });
});

describe("custom ids", () => {
  test("round-trip, cut to 100 characters", () => {
    const id = encodeButton({ action: "alt", card: "deal-value", question: "q".repeat(300) })!;
    expect(id.length).toBe(100);
    expect(decodeButton(id)).toEqual({ action: "alt", card: "deal-value", question: "q".repeat(100 - "dd:alt:deal-value:".length) });
    expect(decodeButton(encodeButton({ action: "down", card: null, question: "hi: there" })!)).toEqual({ action: "down", card: null, question: "hi: there" });
    expect(decodeButton("someone-else:button")).toBeNull();
  });

  test("the embed title supplies the rest of a question the custom id cut short", () => {
    const question = `how much ${"very ".repeat(30)}is the deal worth?`;
    const data = decodeButton(encodeButton({ action: "up", card: "deal-value", question })!)!;
    const message = { embeds: renderAnswer(answer({ question })).embeds } as never;
    expect(questionOf(message, data)).toBe(question);
    expect(questionOf({ embeds: [{ title: "unrelated title" }] } as never, data)).toBe(data.question);
    expect(questionOf(null, data)).toBe(data.question);
  });
});

describe("renderPrompt", () => {
  test("the empty-question prompt with examples", () => {
    const reply = renderPrompt(messages.emptyQuestion, ["Where is Abilene?"]);
    expect(reply.embeds[0]?.description).toBe(messages.emptyQuestion);
    expect(reply.embeds[0]?.fields?.[0]?.value).toBe("• Where is Abilene?");
    expect(reply.components).toEqual([]);
  });
});

describe("lists", () => {
  test("/sources lists every article with date, linking known urls, within limits", () => {
    const reply = renderSources([
      { id: "a", title: "First [draft]", published: "2026-06-10", url: "https://example.com/a" },
      { id: "b", title: "Second", published: "2025", url: null },
    ]);
    expect(reply.embeds[0]?.description).toBe("• [First \\[draft\\]](https://example.com/a) · 2026-06-10\n• Second · 2025");
    const marked = renderSources([{ id: "c", title: "Third", published: "2024", approximate: true, headline: false, url: null }]);
    expect(marked.embeds[0]?.description).toBe("• Third (descriptive title) · c. 2024");
    const many = renderSources(Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, title: `Article ${i} ${"x".repeat(80)}`, published: "2025", url: null })));
    expectWithinLimits(many);
    expect(many.embeds[0]?.description).toMatch(/…and \d+ more\.$/);
  });

  test("/topics: one field per topic, within limits even for a huge knowledge base", () => {
    const reply = renderTopics([{ title: "Money", cards: [{ id: "deal-value", question: "How much is the deal worth?" }] }]);
    expect(reply.embeds[0]?.fields).toEqual([{ name: "Money", value: "• How much is the deal worth?" }]);
    const huge = renderTopics(
      Array.from({ length: 40 }, (_, t) => ({
        title: `Topic ${t}`,
        cards: Array.from({ length: 50 }, (_, c) => ({ id: `c${t}-${c}`, question: `Question ${c} about topic ${t}?` })),
      })),
    );
    expectWithinLimits(huge);
    expect(huge.embeds[0]?.footer?.text).toMatch(/…and \d+ more\.$/);
  });
});
