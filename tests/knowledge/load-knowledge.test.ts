import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, formatReport, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { cardFile, cardYaml, REAL_KNOWLEDGE, removeTempKnowledge, tempKnowledge, threeProblemKnowledge } from "./temp-knowledge.js";

afterAll(removeTempKnowledge);

/** The problems of a folder that must not load, as the lines a curator reads. */
function problemsOf(dir: string): string[] {
  const result = loadKnowledge(dir);
  if (result.status === "ok") throw new Error(`expected ${dir} to be invalid, but it loaded ${result.kb.cards.length} cards`);
  return result.problems.map(formatProblem);
}

function only(lines: string[]): string {
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe("loadKnowledge on broken folders", () => {
  it("accepts a minimal valid folder (so the broken ones below fail for their own reason)", () => {
    const result = loadKnowledge(tempKnowledge({ "cards/a.yaml": cardFile("A", [cardYaml("alpha"), cardYaml("beta", ["related: [alpha]"])]) }));
    expect(result.status).toBe("ok");
    if (result.status === "ok") {
      expect(result.kb.cards.map((c) => c.id)).toEqual(["alpha", "beta"]);
      expect(result.kb.topics).toEqual([expect.objectContaining({ title: "A", cards: ["alpha", "beta"] })]);
    }
  });

  it("reports a YAML syntax error with the file and the line it is on", () => {
    // Line 5 holds "answer: a: b", which YAML rejects.
    const dir = tempKnowledge({
      "cards/broken.yaml": "topic: A\ncards:\n  - id: alpha\n    questions: [one q, two q, three q]\n    answer: a: b\n    sources: [openai-taps-oracle-cloud-power]\n",
    });
    const line = only(problemsOf(dir));
    expect(line).toContain("broken.yaml");
    expect(line).toMatch(/syntax/i);
    expect(line).toMatch(/\bline 5\b/);
  });

  it("reports a card id used in two files, naming both files", () => {
    const dir = tempKnowledge({
      "cards/first.yaml": cardFile("First", [cardYaml("deal-value")]),
      "cards/second.yaml": cardFile("Second", [cardYaml("deal-value")]),
    });
    const line = only(problemsOf(dir));
    expect(line).toContain('"deal-value"');
    expect(line).toContain("first.yaml");
    expect(line).toContain("second.yaml");
    expect(line).toMatch(/duplicate/i);
  });

  it("reports a source that is not a known article with file, card, field and the id", () => {
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("deal-value", [], "foo")]) });
    const line = only(problemsOf(dir));
    expect(line).toMatch(/cards[\\/]x\.yaml: /);
    expect(line).toContain('card "deal-value"');
    expect(line).toContain('sources[0] "foo"');
    expect(line).toMatch(/not a known article/);
  });

  it("reports a related id that is not a known card", () => {
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("alpha", ["related: [no-such-card]"])]) });
    const line = only(problemsOf(dir));
    expect(line).toContain("x.yaml");
    expect(line).toContain('card "alpha"');
    expect(line).toContain('related[0] "no-such-card"');
    expect(line).toMatch(/not a known card/);
  });

  it("reports an empty question list and a list of fewer than 3 questions, per card", () => {
    const dir = tempKnowledge({
      "cards/x.yaml": [
        "topic: X",
        "cards:",
        "  - id: no-questions",
        "    questions: []",
        "    answer: An answer.",
        "    sources: [openai-taps-oracle-cloud-power]",
        "  - id: two-questions",
        "    questions: [first one, second one]",
        "    answer: An answer.",
        "    sources: [openai-taps-oracle-cloud-power]",
      ].join("\n"),
    });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('card "no-questions"');
    expect(lines[1]).toContain('card "two-questions"');
    for (const line of lines) {
      expect(line).toContain("questions");
      expect(line).toMatch(/\b3\b/);
    }
  });

  it("reports a blank example question by its position", () => {
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("alpha").replace(/questions: \[.*\]/, 'questions: [one q, "  ", three q]')]) });
    const line = only(problemsOf(dir));
    expect(line).toContain('card "alpha"');
    expect(line).toContain("questions[1]");
  });

  it("reports an answer over 500 characters", () => {
    const long = "word ".repeat(120).trim(); // 599 characters
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("alpha").replace(/answer: .*/, `answer: ${long}`)]) });
    const line = only(problemsOf(dir));
    expect(line).toContain('card "alpha"');
    expect(line).toContain("answer");
    expect(line).toContain("500");
  });

  it("accepts an answer of exactly 500 characters", () => {
    const answer = `${"x".repeat(499)}.`;
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("alpha").replace(/answer: .*/, `answer: ${answer}`)]) });
    expect(loadKnowledge(dir).status).toBe("ok");
  });

  it("reports an unknown field by name", () => {
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("alpha", ["colour: red"])]) });
    const line = only(problemsOf(dir));
    expect(line).toContain('card "alpha"');
    expect(line).toMatch(/unknown field/);
    expect(line).toContain('"colour"');
  });

  it("reports every problem at once, one line each, whatever the file order", () => {
    const dir = threeProblemKnowledge();
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes("a.yaml"))).toMatch(/"no-such-article" is not a known article/);
    expect(lines.find((l) => l.includes("b.yaml"))).toMatch(/unknown field "answer-note"/);
    expect(lines.find((l) => l.includes("c.yaml"))).toMatch(/syntax/i);
    const result = loadKnowledge(dir);
    const report = result.status === "invalid" ? formatReport(result.problems) : "";
    expect(report.split("\n")).toHaveLength(4);
    expect(report.split("\n")[0]).toMatch(/3 problems/);
  });

  it("reports a missing cards folder", () => {
    const dir = tempKnowledge({});
    const line = only(problemsOf(dir));
    expect(line).toMatch(/cards/);
    expect(line).toMatch(/missing/);
  });

  it("reports a cards folder without any .yaml file", () => {
    const dir = tempKnowledge({ "cards/readme.txt": "not a card file" });
    const line = only(problemsOf(dir));
    expect(line).toMatch(/cards/);
    expect(line).toMatch(/no \.yaml/);
  });

  it("reports a missing articles.yaml and still checks the cards", () => {
    const dir = tempKnowledge({ "cards/x.yaml": cardFile("X", [cardYaml("alpha", ["colour: red"])]) }, { articles: false });
    const lines = problemsOf(dir);
    expect(lines.some((l) => l.includes("articles.yaml"))).toBe(true);
    expect(lines.some((l) => l.includes('"colour"'))).toBe(true);
  });

  it("reports a folder that does not exist instead of throwing", () => {
    const line = only(problemsOf(join(tempKnowledge({}), "nope")));
    expect(line).toMatch(/nope/);
    expect(line).toMatch(/not a knowledge folder/);
  });

  it("reports a binary file dressed as YAML", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const dir = tempKnowledge({ "cards/good.yaml": cardFile("Good", [cardYaml("alpha")]), "cards/logo.yaml": png });
    const line = only(problemsOf(dir));
    expect(line).toContain("logo.yaml");
    expect(line).toMatch(/binary/);
  });

  it("reports an empty card file in readable words", () => {
    const dir = tempKnowledge({ "cards/good.yaml": cardFile("Good", [cardYaml("alpha")]), "cards/empty.yaml": "" });
    const line = only(problemsOf(dir));
    expect(line).toContain("empty.yaml");
    // "file.yaml: <message>": the message starts right after the colon, and reads as English.
    expect(line).toMatch(/empty\.yaml: \S/);
    expect(line).not.toMatch(/\ba object\b|\ba array\b/);
  });
});

describe("the project's own knowledge folder", () => {
  const result = loadKnowledge(REAL_KNOWLEDGE);

  it("loads without problems", () => {
    expect(result.status === "invalid" ? formatReport(result.problems) : "ok").toBe("ok");
  });

  it("holds at least 60 cards, each with 3+ example questions and sources that exist", () => {
    if (result.status !== "ok") throw new Error("knowledge/ does not load");
    const { kb } = result;
    expect(kb.cards.length).toBeGreaterThanOrEqual(60);
    const articleIds = new Set(kb.articles.map((a) => a.id));
    for (const card of kb.cards) {
      expect(card.questions.length, card.id).toBeGreaterThanOrEqual(3);
      expect(card.sources.length, card.id).toBeGreaterThanOrEqual(1);
      for (const source of card.sources) expect(articleIds.has(source), `${card.id} cites ${source}`).toBe(true);
      expect(existsSync(card.file) || existsSync(join(process.cwd(), card.file)), card.file).toBe(true);
    }
  });

  it("has unique card ids and every card in exactly one topic", () => {
    if (result.status !== "ok") throw new Error("knowledge/ does not load");
    const ids = result.kb.cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.kb.topics.flatMap((t) => t.cards).sort()).toEqual([...ids].sort());
  });
});
