import { describe, expect, it } from "vitest";
import { escapeText, safeLink, safeText, safeUrl, splitSafe, truncateSafe, unescapeText } from "../../../src/adapters/slack/safe-text.js";

describe("safe-text", () => {
  it("escapes exactly &, < and > the way Slack asks", () => {
    expect(escapeText(`Tom & Jerry <3 > "quotes" 'single'`)).toBe(`Tom &amp; Jerry &lt;3 &gt; "quotes" 'single'`);
    expect(unescapeText(escapeText("a < b & c > d &amp;"))).toBe("a < b & c > d &amp;");
  });

  it("turns every ping sequence into inert text", () => {
    const hostile = "<!channel> <!here> <!everyone> <@U123ABC> <@U1|bob> <!subteam^S1|@team> <#C1|news> @here @channel @everyone";
    const out = safeText(hostile);
    for (const ping of ["<!channel>", "<!here>", "<!everyone>", "<@U", "<!subteam^", "<#C1"]) expect(out).not.toContain(ping);
    expect(out).not.toMatch(/@(here|channel|everyone)\b/);
    expect(out).toContain("&lt;!channel&gt;");
  });

  it("truncates without splitting an entity or a surrogate pair, and marks the cut", () => {
    const text = escapeText("x".repeat(95) + "&&&&&&&&&&");
    const cut = truncateSafe(text, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toMatch(/&[a-z]{0,3}…$/);
    const emoji = "😀".repeat(60);
    const cutEmoji = truncateSafe(emoji, 51);
    expect(cutEmoji.length).toBeLessThanOrEqual(51);
    expect(cutEmoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(truncateSafe("short", 100)).toBe("short");
  });

  it("splits long text into pieces within the limit, cutting at spaces", () => {
    const text = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(" ");
    const pieces = splitSafe(text, 3000, 10);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    expect(pieces.join(" ")).toBe(text);
    const capped = splitSafe(text.repeat(20), 3000, 3);
    expect(capped).toHaveLength(3);
    expect(capped[2]!.endsWith("…")).toBe(true);
  });

  it("links only http(s) URLs that cannot break out of <url|label>", () => {
    expect(safeUrl("https://example.com/a?b=1&c=2")).toBe("https://example.com/a?b=1&amp;c=2");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("https://example.com/|<!channel>")).toBeNull();
    expect(safeUrl(null)).toBeNull();
    expect(safeLink("https://example.com", "A & B <!here>")).toBe("<https://example.com|A &amp; B &lt;!here&gt;>");
    expect(safeLink(null, "Plain <b>")).toBe("Plain &lt;b&gt;");
  });
});
