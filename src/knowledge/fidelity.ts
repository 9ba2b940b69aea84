import { escapeRegExp } from "../core/text/escape-regexp.js";
import { join, relative } from "node:path";
import { copiedPassages, runsOf } from "./copied-runs.js";
import type { KnowledgeBase, KnowledgeProblem } from "./load-knowledge.js";
import type { LexiconEntity } from "./lexicon-schema.js";
import type { Article, Card } from "./schema.js";

/**
 * The fidelity check: a card says only what the articles it cites say. Every number, amount and date in its
 * answer and dispute note, and every person or company it names, must appear in one of its cited articles (their
 * text, or the date and author articles.yaml gives them); and no text the project writes copies a run of words
 * from any article.
 */

const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// "$300 billion", "300bn", "$300B", "4.5", "1,200", "25%"; the scale word is optional.
const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(trillion|billion|million|thousand|tn|bn|mn|b|m|k)\b)?/gi;
const NUMBER_WORD = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join("|")})\\b`, "gi");
// A spelled-out number in a card is checked when it is a quantity ("five years"), not a count the curator made ("eight states").
const NUMBER_WORD_QUANTITY = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join("|")})(?=[\\s-]+(?:years?|months?|weeks?|days?|billion|million|trillion|percent|gigawatts?|GW)\\b)`, "gi");
// Month names as a card writes them: "June", "Sept", "Sep.", "January"; May only next to a day or year.
const MONTH = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?/g;

const key = (value: number) => String(Number(value.toPrecision(12)));

interface Mention {
  /** As written in the card, e.g. "$300 billion". */
  shown: string;
  keys: string[];
}

function amountsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const value = Number(m[1]!.replace(/,/g, ""));
    const scale = m[2] ? SCALES[m[2].toLowerCase()]! : 1;
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    out.push({ shown: `${before === "$" ? "$" : ""}${m[0].trim()}`, keys: [key(value * scale)] });
  }
  for (const m of text.matchAll(NUMBER_WORD_QUANTITY)) out.push({ shown: m[0], keys: [key(NUMBER_WORDS[m[1]!.toLowerCase()]!)] });
  return out;
}

function monthsIn(text: string): { shown: string; month: number }[] {
  const out: { shown: string; month: number }[] = [];
  for (const m of text.matchAll(MONTH)) {
    const word = m[1]!;
    const nextToDigit = /^\s*\d/.test(text.slice(m.index + m[0].length)) || /\d\s*$/.test(text.slice(0, m.index));
    if (word === "May" && !nextToDigit) continue;
    out.push({ shown: word, month: MONTHS.indexOf(word.slice(0, 3).toLowerCase()) });
  }
  return out;
}

/** What one article can vouch for: its numbers (raw and scaled), months, and the text to look names up in. */
interface ArticleFacts {
  numbers: Set<string>;
  months: Set<number>;
  text: string;
}

function factsOf(article: Article, text: string): ArticleFacts {
  const numbers = new Set<string>();
  for (const m of text.matchAll(AMOUNT)) {
    const value = Number(m[1]!.replace(/,/g, ""));
    numbers.add(key(value));
    if (m[2]) numbers.add(key(value * SCALES[m[2].toLowerCase()]!));
  }
  // Dates such as 10.06.2026: every group of digits counts on its own too.
  for (const m of text.matchAll(/\d+/g)) numbers.add(key(Number(m[0])));
  for (const m of text.matchAll(NUMBER_WORD)) numbers.add(key(NUMBER_WORDS[m[1]!.toLowerCase()]!));
  const months = new Set<number>();
  for (const m of text.matchAll(new RegExp(MONTH.source, "gi"))) months.add(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()));
  for (const m of text.matchAll(/\b\d{1,2}[./-](\d{1,2})[./-]\d{4}\b/g)) months.add(Number(m[1]) - 1);
  // articles.yaml's date and author are facts about the article a card may state ("the approx. Sept 2025 report").
  const [year, month, day] = article.published.split("-").map(Number);
  for (const part of [year, month, day]) if (part !== undefined) numbers.add(key(part));
  if (month) months.add(month - 1);
  return { numbers, months, text: `${simplify(text)}\n${simplify(article.author ?? "")}` };
}

function simplify(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").toLowerCase();
}

function wordPattern(form: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form).replace(/\s+/g, "[\\s-]+")}(?![\\p{L}\\p{N}])`, flags);
}

/** Whether the card text names the entity: single-word names count only when written with a capital, so an everyday word that is also a name is not read as the name. */
function namedIn(text: string, entity: LexiconEntity): boolean {
  return [entity.name, ...(entity.aliases ?? [])].some((form) => {
    if (/\s/.test(form)) return wordPattern(form, "iu").test(text);
    for (const m of text.matchAll(wordPattern(form, "giu"))) if (/^\p{Lu}/u.test(m[0])) return true;
    return false;
  });
}

function mentionedIn(simplified: string, entity: LexiconEntity): boolean {
  return [entity.name, ...(entity.aliases ?? [])].some((form) => wordPattern(simplify(form), "u").test(simplified));
}

function list(ids: string[]): string {
  return ids.map((id) => `"${id}"`).join(", ");
}

export interface FidelityInput {
  kb: KnowledgeBase;
  /** Article id → its text; an article without text is reported once, and cards citing it skip the number and name checks. */
  texts: Map<string, string>;
  /** Where the texts were read from, for the messages. */
  articlesDir: string;
}

export function checkFidelity({ kb, texts, articlesDir }: FidelityInput): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const articlesFile = relative(process.cwd(), join(kb.dir, "articles.yaml"));
  const facts = new Map<string, ArticleFacts>();
  for (const article of kb.articles) {
    const text = texts.get(article.id);
    if (text === undefined)
      problems.push({
        file: articlesFile,
        entry: `article "${article.id}"`,
        message: `has no text to check cards against: save the article's text as ${articlesDir}/${article.id}.txt, or point --articles at the folder that holds it`,
      });
    else facts.set(article.id, factsOf(article, text));
  }
  const people = kb.lexicon.entities.filter((e) => e.kind === "person" || e.kind === "company");

  for (const card of kb.cards) {
    const cited = card.sources.map((id) => facts.get(id));
    if (cited.every((f): f is ArticleFacts => Boolean(f))) {
      const fields: [string, string | undefined][] = [["answer", card.answer], ["disputed", card.disputed]];
      for (const [field, text] of fields) if (text) problems.push(...claimsOf(card, field, text, cited, people));
    }
  }
  problems.push(...copies(kb, texts, articlesFile));
  return problems;
}

function claimsOf(card: Card, field: string, text: string, cited: ArticleFacts[], people: LexiconEntity[]): KnowledgeProblem[] {
  const out: KnowledgeProblem[] = [];
  const sources = list(card.sources);
  const reported = new Set<string>();
  const report = (what: string, message: string) => {
    if (reported.has(what)) return;
    reported.add(what);
    out.push({ file: card.file, card: card.id, message: `${field}: ${message}` });
  };
  for (const amount of amountsIn(text))
    if (!amount.keys.some((k) => cited.some((f) => f.numbers.has(k))))
      report(
        `n:${amount.keys[0]}`,
        `"${amount.shown}" appears in none of its sources (${sources}); check the figure against the articles, or cite the article that gives it`,
      );
  for (const month of monthsIn(text))
    if (!cited.some((f) => f.months.has(month.month)))
      report(`m:${month.month}`, `the month "${month.shown}" appears in none of its sources (${sources}); check the date, or cite the article that gives it`);
  for (const entity of people)
    if (namedIn(text, entity) && !cited.some((f) => mentionedIn(f.text, entity)))
      report(`e:${entity.name}`, `names ${entity.name}, which none of its sources (${sources}) mention; cite an article that does, or leave the name out`);
  return out;
}

/** Every text the project writes itself, checked against every article (not only the cited ones). */
function copies(kb: KnowledgeBase, texts: Map<string, string>, articlesFile: string): KnowledgeProblem[] {
  const out: KnowledgeProblem[] = [];
  const articleRuns = [...texts].map(([id, text]) => ({ id, runs: runsOf(text) }));
  const check = (problem: Omit<KnowledgeProblem, "message">, field: string, text: string) => {
    for (const { id, runs } of articleRuns)
      for (const passage of copiedPassages(text, runs))
        out.push({ ...problem, message: `${field} copies ${passage.split(" ").length} words from article "${id}": "${passage}"; say it in your own words` });
  };
  for (const card of kb.cards) {
    const where = { file: card.file, card: card.id };
    card.questions.forEach((q, i) => check(where, `questions[${i}]`, q));
    (card.keywords ?? []).forEach((k, i) => check(where, `keywords[${i}]`, k));
    check(where, "answer", card.answer);
    if (card.disputed) check(where, "disputed", card.disputed);
  }
  for (const article of kb.articles) check({ file: articlesFile, entry: `article "${article.id}"` }, "summary", article.summary);
  return out;
}
