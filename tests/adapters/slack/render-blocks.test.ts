import { describe, expect, it } from "vitest";
import { ACTION, MAX_BUTTON_VALUE, decodeButtonValue, encodeButtonValue } from "../../../src/adapters/slack/action-values.js";
import { SLACK_LIMITS, renderAnswer, type KnownBlock, type SlackMessage } from "../../../src/adapters/slack/render-blocks.js";
import { renderArticles, renderHelp } from "../../../src/adapters/slack/render-help.js";
import type { Answer, SourceRef } from "../../../src/core/answer.js";
import { messages } from "../../../src/core/messages.js";

const PINGS = ["<!channel>", "<!here>", "<!everyone>", "<@U", "<!subteam^"];

const oracle: SourceRef = {
  id: "oracle-300bn",
  title: "OpenAI to buy $300 billion of Oracle computing power",
  published: "2025-09-10",
  url: "https://example.com/oracle?a=1&b=2",
};

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "how much is the oracle deal worth?",
    status: "answered",
    answer: "About $300 billion over five years.",
    confidence: 0.92,
    card: "deal-value",
    topic: "Money",
    sources: [oracle],
    alternatives: [],
    disputed: null,
    notice: null,
    suggestions: [],
    ...overrides,
  };
}

type AnyBlock = {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text?: string | { type: string; text: string }; action_id?: string; value?: string }[];
};

/** Every text field, flattened, with where it came from. */
function texts(message: SlackMessage): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [{ where: "fallback", text: message.text }];
  for (const block of message.blocks as AnyBlock[]) {
    if (block.text) out.push({ where: `${block.type}.text`, text: block.text.text });
    for (const el of block.elements ?? []) {
      if (typeof el.text === "string") out.push({ where: `${block.type}.element`, text: el.text });
      else if (el.text) out.push({ where: "button.text", text: el.text.text });
      if (el.value) out.push({ where: "button.value", text: el.value });
    }
  }
  return out;
}

function buttons(message: SlackMessage) {
  return (message.blocks as AnyBlock[])
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.type === "button") as { action_id: string; value: string; text: { text: string } }[];
}

/** Slack's limits, checked on every field of a rendered message. */
function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  for (const block of message.blocks as AnyBlock[]) {
    if (block.type === "section") {
      expect(block.text!.text.length).toBeGreaterThan(0);
      expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    if (block.type === "actions") expect(block.elements!.length).toBeLessThanOrEqual(25);
  }
  for (const b of buttons(message)) {
    expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(b.value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(b.action_id.length).toBeLessThanOrEqual(255);
  }
  const ids = (message.blocks as AnyBlock[]).filter((b) => b.type === "actions").map((b) => (b.elements ?? []).map((e) => e.action_id));
  for (const group of ids) expect(new Set(group).size).toBe(group.length);
}

describe("renderAnswer", () => {
  it("answered: answer section, confidence context, sources with link and date, feedback buttons", () => {
    const message = renderAnswer(answer());
    expectWithinLimits(message);
    const [first, second] = message.blocks as AnyBlock[];
    expect(first).toMatchObject({ type: "section", text: { type: "mrkdwn", text: "About $300 billion over five years." } });
    expect(second!.type).toBe("context");
    expect(JSON.stringify(second)).toContain("Money · High confidence · 92%");
    const all = JSON.stringify(message.blocks);
    expect(all).toContain(`*${messages.sourcesHeading}*`);
    expect(all).toContain("<https://example.com/oracle?a=1&amp;b=2|OpenAI to buy $300 billion of Oracle computing power> · 2025-09-10");
    expect(buttons(message).map((b) => b.action_id)).toEqual([ACTION.voteUp, ACTION.voteDown]);
    expect(decodeButtonValue(buttons(message)[0]!.value)).toMatchObject({ card: "deal-value", plainQuestion: "how much is the oracle deal worth?" });
    expect(message.text).toBe("About $300 billion over five years.");
    expect(all).not.toContain(":warning:");
  });

  it("shows a warning line when sources disagree, and the notice", () => {
    const message = renderAnswer(answer({ disputed: "One article says $30bn a year, another $300bn in total.", notice: messages.truncated(1000, 4200) }));
    const all = JSON.stringify(message.blocks);
    expect(all).toContain(`:warning: *${messages.disputedLabel}:* One article says $30bn a year, another $300bn in total.`);
    expect(all).toContain("I read only the first 1,000");
    expectWithinLimits(message);
  });

  it("a source without a URL is its title, unlinked", () => {
    const message = renderAnswer(answer({ sources: [{ ...oracle, url: null }, { ...oracle, id: "x", url: "javascript:alert(1)", title: "Bad link" }] }));
    const all = JSON.stringify(message.blocks);
    expect(all).toContain("• OpenAI to buy $300 billion of Oracle computing power · 2025-09-10");
    expect(all).toContain("• Bad link · 2025-09-10");
    expect(all).not.toContain("javascript:");
  });

  it("unsure: best guess, then at most 3 did-you-mean buttons carrying card and question", () => {
    const alternatives = Array.from({ length: 5 }, (_, i) => ({
      card: `card-${i}`,
      question: i === 0 ? `A very long example question ${"that keeps going ".repeat(10)}?` : `Alternative ${i}?`,
      confidence: 0.3,
    }));
    const message = renderAnswer(answer({ status: "unsure", confidence: 0.4, alternatives }));
    expectWithinLimits(message);
    const all = JSON.stringify(message.blocks);
    expect(all).toContain(messages.unsurePrefix);
    expect(all).toContain(messages.didYouMean);
    expect(all).toContain("Low confidence · 40%");
    const picks = buttons(message).filter((b) => b.action_id.startsWith(ACTION.pickPrefix));
    expect(picks).toHaveLength(3);
    expect(picks[0]!.text.text.length).toBeLessThanOrEqual(75);
    expect(picks[0]!.text.text.endsWith("…")).toBe(true);
    expect(picks.map((p) => decodeButtonValue(p.value)?.card)).toEqual(["card-0", "card-1", "card-2"]);
    expect(decodeButtonValue(picks[1]!.value)?.plainQuestion).toBe("how much is the oracle deal worth?");
    expect(message.text.startsWith(messages.unsurePrefix)).toBe(true);
  });

  it("no_answer: the apology and exactly 3 example questions, no confidence line", () => {
    const message = renderAnswer(
      answer({
        status: "no_answer",
        answer: messages.noAnswer,
        confidence: 0.05,
        card: null,
        topic: null,
        sources: [],
        suggestions: ["How much is the Oracle deal worth?", "Where is Abilene?", "Is Microsoft still involved?", "Fourth?", "Fifth?"],
      }),
      { share: true },
    );
    expectWithinLimits(message);
    const all = JSON.stringify(message.blocks);
    expect(all).toContain(messages.noAnswer);
    expect(all).toContain(messages.tryAsking);
    const bullets = all.match(/• /g) ?? [];
    expect(bullets).toHaveLength(3);
    expect(all).toContain("Where is Abilene?");
    expect(all).not.toContain("Fourth?");
    expect(all).not.toContain("confidence");
    expect(buttons(message).map((b) => b.action_id)).toEqual([ACTION.voteUp, ACTION.voteDown]);
  });

  it("share and showQuestion options: a Share button and the question above the answer", () => {
    const message = renderAnswer(answer(), { share: true, showQuestion: true });
    expectWithinLimits(message);
    expect((message.blocks[0] as AnyBlock).type).toBe("context");
    expect(JSON.stringify(message.blocks[0])).toContain("how much is the oracle deal worth?");
    const share = buttons(message).find((b) => b.action_id === ACTION.share);
    expect(share).toBeDefined();
    expect(decodeButtonValue(share!.value)).toMatchObject({ card: "deal-value" });
  });

  it("escapes everything built from the question, card or articles: no pings, no raw markup", () => {
    const hostile = "<!channel> <!here> <!everyone> <@U123> <!subteam^S1|@team> @here & <b>";
    const message = renderAnswer(
      answer({
        question: `${hostile} how much?`,
        answer: `Answer ${hostile}`,
        topic: `Topic ${hostile}`,
        disputed: `Disputed ${hostile}`,
        notice: `Notice ${hostile}`,
        sources: [{ ...oracle, title: `Title ${hostile}`, published: `2025 ${hostile}` }],
        status: "unsure",
        alternatives: [{ card: "c1", question: `Alt ${hostile}`, confidence: 0.3 }],
      }),
      { share: true, showQuestion: true },
    );
    for (const { where, text } of texts(message)) {
      for (const ping of PINGS) expect(text, `${where}: ${text}`).not.toContain(ping);
      expect(text, where).not.toContain("<b>");
      // Button values are never displayed; everything shown must not carry a bare @here either.
      if (where !== "button.value") expect(text, where).not.toMatch(/@(here|channel|everyone)\b/);
    }
    expect(JSON.stringify(message)).toContain("&lt;!channel&gt;");
    expect(message.text).toContain("&amp;");
  });

  it("a very long answer stays within 3,000 characters per section and 50 blocks", () => {
    const long = Array.from({ length: 6000 }, (_, i) => `fact${i}`).join(" ");
    const message = renderAnswer(
      answer({
        answer: long,
        sources: Array.from({ length: 300 }, (_, i) => ({ ...oracle, id: `s${i}`, title: `Article ${i} ${"x".repeat(80)}` })),
        disputed: "d".repeat(5000),
        notice: "n".repeat(5000),
        question: "q".repeat(1000),
      }),
      { share: true, showQuestion: true },
    );
    expectWithinLimits(message);
    const sections = (message.blocks as AnyBlock[]).filter((b) => b.type === "section");
    expect(sections[0]!.text!.text.startsWith("fact0 fact1")).toBe(true);
    expect(JSON.stringify(message.blocks)).toMatch(/…and \d+ more\./);
    for (const block of message.blocks as AnyBlock[]) {
      for (const el of block.elements ?? []) if (typeof el.text === "string") expect(el.text.length).toBeLessThanOrEqual(3000);
    }
  });

  it("button values stay under 2,000 characters even for a 1,000-character question full of &", () => {
    const question = "&<>".repeat(333) + "?";
    const value = encodeButtonValue({ card: "deal-value", question });
    expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(value).not.toContain("<");
    const decoded = decodeButtonValue(value);
    expect(decoded?.card).toBe("deal-value");
    expect(question.startsWith(decoded!.plainQuestion.slice(0, 100))).toBe(true);
    expect(decodeButtonValue("not json")).toBeNull();
    expect(decodeButtonValue(JSON.stringify({ c: 5, q: "x" }))).toBeNull();
  });
});

describe("renderHelp and renderArticles", () => {
  it("help shows usage and the example questions", () => {
    const message = renderHelp("/deal", ["How much is the Oracle deal worth?", "Where is Abilene?"]);
    const all = JSON.stringify(message.blocks);
    expect(all).toContain("/deal &lt;question&gt;");
    expect(all).toContain("/deal sources");
    expect(all).toContain("/deal digest");
    expect(all).toContain(messages.examplesHeading);
    expect(all).toContain("Where is Abilene?");
    expect(message.text.length).toBeGreaterThan(0);
  });

  it("articles: every title and date, escaped, linked when there is a url", () => {
    const message = renderArticles([oracle, { ...oracle, id: "b", title: "Stargate & <!here> Abilene", url: null, published: "2025" }]);
    const all = JSON.stringify(message.blocks);
    expect(all).toContain(messages.articlesHeading(2));
    expect(all).toContain("<https://example.com/oracle?a=1&amp;b=2|");
    expect(all).toContain("Stargate &amp; &lt;!here&gt; Abilene · 2025");
    for (const ping of PINGS) expect(all).not.toContain(ping);
  });

  it("source lines mark an approximate date ('c. Sept 2025') and a descriptive title", () => {
    const all = JSON.stringify(renderAnswer(answer({ sources: [{ ...oracle, published: "2025-09", approximate: true, headline: false }] })).blocks);
    expect(all).toContain("|OpenAI to buy $300 billion of Oracle computing power> (descriptive title) · c. Sept 2025");
    expect(all).not.toContain("· 2025-09");
  });

  it("a long article list is spread over sections within the limits", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ ...oracle, id: `a${i}`, title: `Article number ${i} ${"y".repeat(60)}` }));
    const message = renderArticles(many);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const block of message.blocks as KnownBlock[] as AnyBlock[]) expect(block.text!.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(message.blocks)).toContain("Article number 399");
  });
});
