import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticleTexts } from "../../src/knowledge/article-texts.js";
import { checkFidelity } from "../../src/knowledge/fidelity.js";
import { formatProblem, loadKnowledge, type KnowledgeBase } from "../../src/knowledge/load-knowledge.js";
import { cardFile, REAL_KNOWLEDGE, removeTempKnowledge, tempKnowledge } from "./temp-knowledge.js";

const textDirs: string[] = [];
afterAll(() => {
  removeTempKnowledge();
  for (const dir of textDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ARTICLE_IDS = [
  "openai-taps-oracle-cloud-power",
  "stargate-4-5-gw-expansion",
  "openai-models-on-oci",
  "oracle-compute-for-chatgpt-inference",
  "openai-300-billion-oracle-contract",
];

/** Made-up article texts (fictional firms), so the check is tested without the real articles. */
const TEXTS: Record<string, string> = {
  "openai-taps-oracle-cloud-power":
    "Acme Corp said on September 22, 2025 that it will rent 4.5 gigawatts of capacity from Globex in a deal worth $300bn. " +
    "In a bold move to accelerate the development of next generation widgets, the two firms signed a pact.",
  "stargate-4-5-gw-expansion": "Initech plans more sites; the contract lasts five years.",
  "openai-models-on-oci": "Globex offers the widgets to its customers.",
  "oracle-compute-for-chatgpt-inference": "Acme runs its service on Globex hardware.",
  "openai-300-billion-oracle-contract": "Acme may spend more later.",
};

const LEXICON = [
  "entities:",
  "  - { name: Acme, kind: company, aliases: [acme corp] }",
  "  - { name: Globex, kind: company }",
  "  - { name: Initech, kind: company }",
  "  - { name: Hank Scorpio, kind: person, aliases: [scorpio] }",
].join("\n");

function articleTexts(skip: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "deal-desk-articles-"));
  textDirs.push(dir);
  for (const id of ARTICLE_IDS) if (!skip.includes(id)) writeFileSync(join(dir, `${id}.txt`), TEXTS[id]!);
  return dir;
}

function card(id: string, answer: string, extra: string[] = [], source = "openai-taps-oracle-cloud-power"): string {
  return [`  - id: ${id}`, `    questions: [first ${id}?, second ${id}?, third ${id}?]`, `    answer: "${answer}"`, `    sources: [${source}]`, ...extra.map((l) => `    ${l}`)].join("\n");
}

function kbWith(cards: string[]): KnowledgeBase {
  const loaded = loadKnowledge(tempKnowledge({ "cards/a.yaml": cardFile("A", cards), "lexicon.yaml": LEXICON }));
  if (loaded.status !== "ok") throw new Error(`test knowledge does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.kb;
}

function findings(cards: string[], texts = articleTexts()): string[] {
  const kb = kbWith(cards);
  return checkFidelity({ kb, texts: readArticleTexts(texts, kb.articles.map((a) => a.id)), articlesDir: texts }).map(formatProblem);
}

describe("the fidelity check (cards against the texts of the articles they cite)", () => {
  it("accepts numbers, amounts and dates written in other formats than the article's", () => {
    expect(
      findings([
        card("formats", "Acme rents 4.5 GW from Globex for $300 billion, announced Sept 22, 2025; also written $300B and 300bn."),
      ]),
    ).toEqual([]);
  });

  it("fails a card with a wrong amount, naming file, card, field, the figure and how to fix it", () => {
    const lines = findings([card("wrong-amount", "Acme rents 4.5 GW from Globex for $30 billion.")]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/a\.yaml: card "wrong-amount": answer: "\$30 billion" appears in none of its sources/);
    expect(lines[0]).toContain('"openai-taps-oracle-cloud-power"');
    expect(lines[0]).toMatch(/check the figure/);
  });

  it("fails a wrong number in the disputed note and a wrong month, but not a figure its second source gives", () => {
    const lines = findings([
      card("dated", "Acme and Globex announced it in March 2025.", ["disputed: Initech says the contract lasts 7 years."]),
      card("second-source", "Acme's contract lasts five years, per the other article.", [], "openai-taps-oracle-cloud-power, stargate-4-5-gw-expansion"),
    ]);
    expect(lines.some((l) => /card "dated": answer: the month "March"/.test(l))).toBe(true);
    expect(lines.some((l) => /card "dated": disputed: "7"/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('"second-source"'))).toBe(false);
  });

  it("fails a card naming a company or person its sources never mention (aliases count)", () => {
    const lines = findings([
      card("stray-name", "Acme Corp rents capacity from Globex, and Initech is involved."),
      card("stray-person", "Scorpio approved the Globex deal."),
      card("alias-ok", "The Acme Corp deal with Globex."),
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/card "stray-name": answer: names Initech, which none of its sources .* mention; cite an article that does, or leave the name out/);
    expect(lines[1]).toMatch(/card "stray-person": answer: names Hank Scorpio/);
  });

  it("fails a card that copies a run of 10 words from any article, quoting the run", () => {
    const copied = "Acme and Globex moved to accelerate the development of next-generation widgets, the two firms said.";
    const lines = findings([card("copied", copied)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/card "copied": answer copies 11 words from article "openai-taps-oracle-cloud-power"/);
    expect(lines[0]).toContain('"to accelerate the development of next generation widgets the two firms"');
    expect(lines[0]).toMatch(/own words/);
    // Eight shared words in a row are fine.
    expect(findings([card("eight", "Acme and Globex moved to accelerate the development of next-generation widgets quickly.")])).toEqual([]);
  });

  it("checks example questions and keywords for copying too", () => {
    const lines = findings([card("q-copy", "Acme rents from Globex.", []).replace("first q-copy?", "is it true that in a bold move to accelerate the development of next generation widgets")]);
    expect(lines.some((l) => /card "q-copy": questions\[0\] copies/.test(l))).toBe(true);
  });

  it("reports a missing article text once, in plain words, and skips the cards citing it instead of failing each", () => {
    const texts = articleTexts(["openai-taps-oracle-cloud-power"]);
    const lines = findings([card("one", "Acme rents 9 GW."), card("two", "Globex sells 8 GW.")], texts);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/articles\.yaml: article "openai-taps-oracle-cloud-power": has no text to check cards against/);
    expect(lines[0]).toContain(join(texts, "openai-taps-oracle-cloud-power.txt"));
    expect(lines[0]).not.toMatch(/expected|true|false/);
  });
});

const ARTICLES_DIR = resolve(import.meta.dirname, "../../../shared/articles");

describe("the project's own cards", () => {
  it.skipIf(!existsSync(ARTICLES_DIR))("match the article texts they cite", () => {
    const loaded = loadKnowledge(REAL_KNOWLEDGE);
    if (loaded.status !== "ok") throw new Error("knowledge/ does not load");
    const { kb } = loaded;
    const problems = checkFidelity({ kb, texts: readArticleTexts(ARTICLES_DIR, kb.articles.map((a) => a.id)), articlesDir: ARTICLES_DIR });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
