import { describe, expect, it } from "vitest";
import { MAX_QUESTION_CHARS, messages } from "../../../src/core/messages.js";
import { cleanQuestion } from "../../../src/core/text/clean-question.js";

describe("cleanQuestion", () => {
  it("keeps a plain question as typed, whitespace folded", () => {
    expect(cleanQuestion("  how much is\tthe   oracle\n deal worth?  ")).toEqual({ text: "how much is the oracle deal worth?", notice: null });
  });

  it("strips Slack user, group, channel and broadcast markup", () => {
    const { text } = cleanQuestion("<@U123ABC> <@U1|bob> <!channel> <!here> <!subteam^S1|@team> <#C1|news> how big is the deal");
    expect(text).toBe("how big is the deal");
  });

  it("strips Discord user, role, channel and emoji markup", () => {
    const { text } = cleanQuestion("<@123456789012345678> <@!1> <@&2> <#3> <:oracle:4> <a:party:5> how big is the deal");
    expect(text).toBe("how big is the deal");
  });

  it("strips plain @everyone / @here / @channel pings", () => {
    for (const ping of ["@everyone", "@here", "@channel", "@EVERYONE"]) {
      expect(cleanQuestion(`${ping} how big is the deal`).text).toBe("how big is the deal");
      expect(cleanQuestion(`how big is the deal ${ping}`).text).toBe("how big is the deal");
    }
  });

  it("leaves no ping markup behind, however the ping is written", () => {
    const hostile = [
      "hey,@everyone how big is the deal",
      "(@here) how big is the deal",
      "@everyone@here how big is the deal",
      // Slack sends a typed "<" as &lt;: decoding must not bring the ping back.
      "&lt;!channel&gt; how big is the deal",
      "&lt;@U123&gt; how big is the deal",
    ];
    for (const raw of hostile) {
      const { text } = cleanQuestion(raw);
      expect(text, raw).not.toMatch(/<[@!#]/);
      expect(text, raw).not.toMatch(/@(everyone|here|channel)\b/i);
      expect(text, raw).toContain("how big is the deal");
    }
  });

  it("keeps the label of a Slack link, or the URL when there is none", () => {
    expect(cleanQuestion("is <https://example.com/a|this story> right?").text).toBe("is this story right?");
    expect(cleanQuestion("is <https://example.com/a> right?").text).toBe("is https://example.com/a right?");
  });

  it("decodes Slack's escaped &, < and >", () => {
    expect(cleanQuestion("AT&amp;T vs 4.5 GW &gt; 1 GW").text).toBe("AT&T vs 4.5 GW > 1 GW");
  });

  it("drops control characters, NULs and zero-width marks", () => {
    const { text } = cleanQuestion("how\u0000 big\u0007 is\u200B the\uFEFF deal\u0085?");
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\ufeff]/);
    expect(text.split(" ")).toEqual(["how", "big", "is", "the", "deal", "?"]);
  });

  it("returns empty text for whitespace, markup or junk only", () => {
    for (const raw of ["", "   \n\t ", "<@U123> <!here>", "\u0000\u0001\u200b"]) expect(cleanQuestion(raw)).toEqual({ text: "", notice: null });
  });

  it("cuts a long message at 1,000 characters and says so", () => {
    const raw = "how much is the oracle deal worth ".repeat(150); // 5,100 characters
    const { text, notice } = cleanQuestion(raw);
    expect(text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(text.length).toBeGreaterThan(MAX_QUESTION_CHARS - 10);
    expect(raw.startsWith(text)).toBe(true);
    expect(notice).toBe(messages.truncated(MAX_QUESTION_CHARS, raw.trim().length));
    expect(notice).toContain("1,000");
  });

  it("does not flag a message of exactly 1,000 characters", () => {
    const { text, notice } = cleanQuestion("a".repeat(MAX_QUESTION_CHARS));
    expect(text).toHaveLength(MAX_QUESTION_CHARS);
    expect(notice).toBeNull();
  });

  it("never cuts an emoji in half", () => {
    const { text, notice } = cleanQuestion("🚀".repeat(1200));
    expect(notice).not.toBeNull();
    expect(Array.from(text)).toHaveLength(MAX_QUESTION_CHARS);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("cashtags", () => {
  it("keeps the ticker of a cashtag and drops its sign; a sum of money keeps its sign", () => {
    expect(cleanQuestion("did $ACME pop on the news?").text).toBe("did ACME pop on the news?");
    expect(cleanQuestion("$acme").text).toBe("acme");
    expect(cleanQuestion("how many $b is it, $5bn or $50bn").text).toBe("how many $b is it, $5bn or $50bn");
    expect(cleanQuestion("is it 300 $bn").text).toBe("is it 300 $bn");
  });
});
