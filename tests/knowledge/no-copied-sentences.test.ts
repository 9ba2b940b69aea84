import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RUN_LENGTH, runsOf } from "../../src/knowledge/copied-runs.js";
import { fixtureKnowledge } from "../helpers/fixture-desk.js";

/**
 * The project must hold fact cards in its own words, never the articles' sentences.
 * The articles live outside the repo (../shared/articles); CI has them.
 */
const ARTICLES_DIR = resolve(import.meta.dirname, "../../../shared/articles");
const HAVE_ARTICLES = existsSync(ARTICLES_DIR);
const RUN = RUN_LENGTH;

interface Field {
  where: string;
  text: string;
}

/** Every piece of text the project writes itself: card questions, keywords, answers, disputes, article summaries (not titles). */
function projectTexts(): Field[] {
  const kb = fixtureKnowledge();
  const fields: Field[] = [];
  for (const card of kb.cards) {
    card.questions.forEach((q, i) => fields.push({ where: `${card.file} ${card.id} questions[${i}]`, text: q }));
    (card.keywords ?? []).forEach((k, i) => fields.push({ where: `${card.file} ${card.id} keywords[${i}]`, text: k }));
    fields.push({ where: `${card.file} ${card.id} answer`, text: card.answer });
    if (card.disputed) fields.push({ where: `${card.file} ${card.id} disputed`, text: card.disputed });
  }
  for (const article of kb.articles) fields.push({ where: `articles.yaml ${article.id} summary`, text: article.summary });
  return fields;
}

/** "where: the copied words" for each field sharing a run of 10 words with the article. */
function copiedFrom(articleText: string, fields: Field[]): string[] {
  const articleRuns = runsOf(articleText);
  const hits: string[] = [];
  for (const field of fields) for (const run of runsOf(field.text)) if (articleRuns.has(run)) hits.push(`${field.where}: "${run}"`);
  return hits;
}

const articleFiles = HAVE_ARTICLES ? readdirSync(ARTICLES_DIR).filter((f) => f.endsWith(".txt")).sort() : [];

describe("no sentences copied from the source articles", () => {
  it.skipIf(!HAVE_ARTICLES)("has source articles to compare against, one per article the knowledge base cites", () => {
    expect(articleFiles.length).toBeGreaterThan(0);
    const ids = new Set(articleFiles.map((f) => basename(f, ".txt")));
    const missing = fixtureKnowledge().articles.filter((a) => !ids.has(a.id)).map((a) => `${a.id}.txt`);
    expect(missing, `no text in ${ARTICLES_DIR} for: ${missing.join(", ")}; save each article's text there as <id>.txt`).toEqual([]);
  });

  it("would catch a copied run of 10 words", () => {
    const article = "In a bold move to accelerate the development of next generation artificial intelligence, the firm signed.";
    const planted: Field[] = [{ where: "planted", text: "Note: to accelerate the development of next-generation artificial intelligence, the firm signed up." }];
    expect(copiedFrom(article, planted).length).toBeGreaterThan(0);
    const reworded: Field[] = [{ where: "reworded", text: "The firm signed to speed up work on next-generation AI." }];
    expect(copiedFrom(article, reworded)).toEqual([]);
  });

  const fields = HAVE_ARTICLES ? projectTexts() : [];
  for (const file of articleFiles) {
    it.skipIf(!HAVE_ARTICLES)(`no run of ${RUN} words from ${file} appears in the cards or article summaries`, () => {
      const text = readFileSync(join(ARTICLES_DIR, file), "utf8");
      expect(copiedFrom(text, fields)).toEqual([]);
    });
  }
});
