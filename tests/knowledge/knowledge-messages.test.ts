import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { cardFile, cardYaml, FIXTURE_KNOWLEDGE, removeTempKnowledge, tempKnowledge } from "./temp-knowledge.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

afterAll(removeTempKnowledge);

function problemsOf(dir: string): string[] {
  const result = loadKnowledge(dir);
  if (result.status === "ok") throw new Error(`expected ${dir} to be invalid`);
  return result.problems.map(formatProblem);
}

const HOW_TO_FIX = /; \S/;

describe("knowledge:check messages a curator can act on", () => {
  it("a YAML error names the file, the line and the card, in plain words with the quote hint", () => {
    const dir = tempKnowledge({
      "cards/money.yaml": [
        "topic: Money",
        "cards:",
        cardYaml("alpha"),
        "  - id: beta",
        "    questions: [one q, two q, three q]",
        "    answer: The deal: big.",
        "    sources: [openai-taps-oracle-cloud-power]",
      ].join("\n"),
    });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/money\.yaml: card "beta": line 9\b/);
    expect(lines[0]).toMatch(/syntax/i);
    expect(lines[0]).toContain("put quotes around");
    expect(lines[0]).toContain("': '");
    expect(lines[0]).not.toMatch(/implicit|compact mapping/i);
  });

  it("an unquoted ': ' that turns a question into a mapping says so, with the line and the fix", () => {
    const dir = tempKnowledge({
      "cards/x.yaml": ["topic: X", "cards:", "  - id: alpha", "    questions:", "      - first q", "      - prep for a meeting: how much", "      - third q", "    answer: An answer.", "    sources: [openai-taps-oracle-cloud-power]", ""].join("\n"),
    });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('card "alpha"');
    expect(lines[0]).toContain("questions[1]");
    expect(lines[0]).toContain('"prep for a meeting: how much"');
    expect(lines[0]).toMatch(/line 6\b/);
    expect(lines[0]).toContain("put quotes around a question that contains ': '");
    expect(lines[0]).not.toMatch(/got object/);
  });

  it("a card that failed to load is not reported again as an unknown related id", () => {
    const dir = tempKnowledge({
      "cards/a.yaml": cardFile("A", [cardYaml("alpha", ["colour: red"]), cardYaml("beta", ["related: [alpha]"])]),
      "cards/b.yaml": "topic: B\ncards:\n  - id: gamma\n    answer: a: b\n",
      "cards/c.yaml": cardFile("C", [cardYaml("delta", ["related: [gamma]"])]),
    });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toMatch(/not a known card/);
  });

  it("an article that failed to load is not reported again in every card citing it", () => {
    const articles = readFileSync(join(FIXTURE_KNOWLEDGE, "articles.yaml"), "utf8").replace('published: "2026-06-10"', 'published: "10 June 2026"');
    const dir = tempKnowledge(
      {
        "articles.yaml": articles,
        "cards/a.yaml": cardFile("A", ["alpha", "beta", "gamma"].map((id) => cardYaml(id, [], "openai-models-on-oci"))),
      },
      { articles: false },
    );
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/articles\.yaml: article "openai-models-on-oci": articles\[2\]\.published must be YYYY, YYYY-MM or YYYY-MM-DD \(line \d+\); it is "10 June 2026" now/);
  });

  it("an alias that reads as another entity's name ('chatgpt+' is read as 'chatgpt') is refused, saying how it reads", () => {
    const dir = tempKnowledge({
      "cards/money.yaml": ["topic: Money", "cards:", cardYaml("alpha")].join("\n"),
      "lexicon.yaml": ["entities:", "  - { name: ChatGPT, kind: product }", "  - { name: ChatGPT Plus, kind: product, aliases: [chatgpt+] }"].join("\n"),
    });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"chatgpt+" (it reads as "chatgpt") already names ChatGPT');
  });

  it("a duplicate id names both files and both lines, and says to rename one", () => {
    const dir = tempKnowledge({
      "cards/first.yaml": cardFile("First", [cardYaml("deal-value")]),
      "cards/second.yaml": cardFile("Second", [cardYaml("other"), cardYaml("deal-value")]),
    });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/line 7 of \S*second\.yaml/);
    expect(lines[0]).toMatch(/line 3 of \S*first\.yaml/);
    expect(lines[0]).toMatch(/rename one of them/);
  });

  it("a length error gives the actual length", () => {
    const long = "word ".repeat(120).trim(); // 599 characters
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("alpha").replace(/answer: .*/, `answer: ${long}`)]) });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/answer must be at most 500 characters \(it has 599\)/);
    expect(lines[0]).toMatch(/shorten it/);
  });

  it("every message says how to fix it", () => {
    const dir = tempKnowledge({
      "cards/a.yaml": cardFile("A", [
        cardYaml("alpha", [], "no-such-article"),
        cardYaml("beta", ["colour: red"]),
        cardYaml("gamma", ["related: [nowhere]", "about: [Nobody]"]),
        "  - id: delta\n    answer: An answer.\n    sources: [openai-taps-oracle-cloud-power]",
      ]),
    });
    const lines = problemsOf(dir);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).toMatch(HOW_TO_FIX);
  });
});
