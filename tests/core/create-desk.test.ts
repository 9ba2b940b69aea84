import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/answer.js";
import { createDesk } from "../../src/core/create-desk.js";
import { MAX_QUESTION_CHARS, messages } from "../../src/core/messages.js";
import { fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";

const desk = fixtureDesk();
const kb = fixtureKnowledge();
const cardById = new Map(kb.cards.map((c) => [c.id, c]));
const STATUSES = ["answered", "unsure", "no_answer"];

/** A desk over the real cards whose bands make every match "unsure", so the unsure path is exercised whatever the tuning. */
function alwaysUnsureDesk() {
  return createDesk(kb, { calibration: { ...kb.calibration, answerAt: 2, unsureAt: 0.01 } });
}

/** Half-typed versions of the cards' example questions: on topic, but not word for word an example. */
const halfTyped = kb.cards.flatMap((c) => c.questions.map((q) => q.split(" ").slice(0, -1).join(" "))).filter((q) => q.split(" ").length >= 2);

/** The shape every Answer must have, whatever the input. */
function expectWellFormed(answer: Answer): void {
  expect(STATUSES).toContain(answer.status);
  expect(typeof answer.question).toBe("string");
  expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  expect(answer.question).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(typeof answer.answer).toBe("string");
  expect(answer.answer.trim()).not.toBe("");
  expect(answer.confidence).toBeGreaterThanOrEqual(0);
  expect(answer.confidence).toBeLessThanOrEqual(1);
  expect(Number.isFinite(answer.confidence)).toBe(true);
  expect(answer.alternatives.length).toBeLessThanOrEqual(3);
  if (answer.status === "no_answer") {
    expect(answer.card).toBeNull();
    expect(answer.sources).toEqual([]);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  } else {
    expect(answer.card).not.toBeNull();
    expect(cardById.has(answer.card!)).toBe(true);
    expect(answer.answer).toBe(cardById.get(answer.card!)!.answer.trim());
    expect(answer.sources.length).toBeGreaterThan(0);
  }
}

/** The card a user is shown: the answer's card when it is answered or a best guess. */
function shownCard(answer: Answer): string | null {
  return answer.status === "no_answer" ? null : answer.card;
}

describe("desk.ask on the real knowledge base", () => {
  it("answers a plain question with the right card and dated, titled sources", () => {
    const answer = desk.ask("how much is the oracle deal worth?");
    expectWellFormed(answer);
    expect(answer.status).toBe("answered");
    expect(answer.card).toBe("deal-value");
    expect(answer.topic).toBe(cardById.get("deal-value")!.topic);
    expect(answer.sources.map((s) => s.id)).toEqual(cardById.get("deal-value")!.sources);
    for (const s of answer.sources) {
      expect(s.title.trim()).not.toBe("");
      expect(s.published).toMatch(/^\d{4}/);
    }
  });

  it("reaches the same card through typos", () => {
    const clean = desk.ask("the oracle deal worth");
    const typo = desk.ask("teh oracle deal wroth");
    expect(shownCard(clean)).toBe("deal-value");
    expect(shownCard(typo)).toBe(clean.card);
    expect(desk.ask("where is the first stargate site").card).toBe(desk.ask("wehre is the frist stargate site").card);
  });

  it("answers a misspelt name alone as the name itself ('stargte?')", () => {
    const typo = desk.ask("stargte?");
    expect(typo.status).not.toBe("no_answer");
    expect(typo.card).toBe(desk.ask("stargate?").card);
  });

  it("reads a question typed with tickers and nicknames as the same question with the names ('oai orcl deal?')", () => {
    const named = desk.ask("openai oracle deal?");
    const short = desk.ask("oai orcl deal?");
    expect(short.card).toBe(named.card);
    expect(short.confidence).toBeCloseTo(named.confidence, 2);
    expect(desk.ask("orcl hw?").card).toBe("oracle-hardware");
  });

  it("answers keyword-only questions", () => {
    const abilene = desk.ask("abilene");
    expect(abilene.status).toBe("answered");
    expect(abilene.card).toBe("abilene-first-site");
    const size = desk.ask("deal size?");
    expect(shownCard(size)).toBe("deal-value");
  });

  it("ignores chatty filler around the question", () => {
    const plain = desk.ask("how much is the oracle deal worth?");
    for (const chatty of ["hey bot, quick one: how much is the oracle deal worth?", "hi! how much is the oracle deal worth? thanks"]) {
      const answer = desk.ask(chatty);
      expect(answer.card, chatty).toBe(plain.card);
      expect(answer.status, chatty).toBe(plain.status);
    }
  });

  it("is as sure of a question with chat filler in it as without ('whats in it for oracle lol tho')", () => {
    const plain = desk.ask("whats in it for oracle");
    const chatty = desk.ask("whats in it for oracle lol tho");
    expect(chatty.card).toBe(plain.card);
    expect(chatty.confidence).toBeGreaterThanOrEqual(plain.confidence - 0.02);
  });

  it("answers outright a question followed by a clause that says it again ('…, like what do they get')", () => {
    const answer = desk.ask("yo, whats in it for oracle, like what do they get");
    expect(answer.card).toBe(desk.ask("whats in it for oracle").card);
    expect(answer.status).toBe("answered");
  });

  it("finds the question at the end of a long message full of context", () => {
    const plain = desk.ask("how much electricity will these data centers use?");
    const long =
      "Quick context: my manager keeps talking about Microsoft, Azure and the stock market in every standup, and I'm lost. " +
      "Anyway, my real question: how much electricity will these data centers use?";
    const answer = desk.ask(long);
    expect(answer.card).toBe(plain.card);
    expect(answer.status).not.toBe("no_answer");
  });

  it("ignores case, punctuation and accents", () => {
    const plain = desk.ask("abilene");
    for (const variant of ["ABILÈNE??", "Abilene!!!", "  abilène  "]) {
      expect(desk.ask(variant).card, variant).toBe(plain.card);
      expect(desk.ask(variant).status, variant).toBe(plain.status);
    }
  });

  it("reads a money figure the same with or without the dollar sign and unit spelling", () => {
    const ways = ["what is the $300 billion oracle contract?", "what is the $300bn oracle contract?", "what is the 300 billion oracle contract?"];
    const answers = ways.map((q) => desk.ask(q));
    expect(shownCard(answers[0]!)).not.toBeNull();
    for (const [i, answer] of answers.entries()) expect(answer.card, ways[i]).toBe(answers[0]!.card);
  });

  it("reads through Slack and Discord markup, and never echoes a ping", () => {
    const plain = desk.ask("how much is the oracle deal worth");
    for (const raw of [
      "<@U123> <!channel> <#C1|news> how much is the oracle deal worth",
      "@everyone how much is the oracle deal worth",
      "<@123456789012345678> how much is the oracle deal worth @here",
    ]) {
      const answer = desk.ask(raw);
      expect(answer.card, raw).toBe(plain.card);
      expect(answer.status, raw).toBe(plain.status);
      expect(answer.question).toBe("how much is the oracle deal worth");
      expect(answer.question).not.toMatch(/<@|<!|<#|@everyone|@here|@channel/);
    }
  });

  it("says it has no answer for off-topic questions, with suggestions and no sources", () => {
    for (const q of ["what's the weather in paris", "tell me a joke", "recipe for banana bread"]) {
      const answer = desk.ask(q);
      expectWellFormed(answer);
      expect(answer.status, q).toBe("no_answer");
      expect(answer.answer).toBe(messages.noAnswer);
      expect(answer.sources).toEqual([]);
      expect(answer.disputed).toBeNull();
      expect(answer.suggestions.length).toBeGreaterThan(0);
    }
  });

  it("answers 'is there a site in California?' with the list of states, not with one site's card", () => {
    const answer = desk.ask("is there a site in California?");
    expect(answer.card).toBe("stargate-states");
    expect(answer.answer).toMatch(/eight US states/);
  });

  it("does not answer about the Wyoming site when asked when Abilene opens", () => {
    const answer = desk.ask("when does the abilene site come online");
    expect(answer.card ?? "", answer.answer).not.toMatch(/^site-/);
  });

  it("does not claim to answer near misses no card covers", () => {
    for (const q of [
      "how much is anthropic paying amazon for compute",
      "how many employees does nvidia have",
      "who is the ceo of meta",
      "what's sam altman's salary",
      "how much did microsoft pay for activision",
    ]) {
      const answer = desk.ask(q);
      expectWellFormed(answer);
      expect(answer.status, q).not.toBe("answered");
    }
  });

  it("keeps confidence in [0,1] and answers well-formed across many kinds of question", () => {
    const questions = [
      ...kb.cards.flatMap((c) => c.questions.slice(0, 2)),
      "oracle",
      "?",
      "how",
      "money money money",
      "stargate stargate stargate stargate",
      "1",
      "2027",
      "$$$",
      "who what when where why how",
    ];
    for (const q of questions) expectWellFormed(desk.ask(q));
  });

  it("offers at most 3 alternatives when unsure, best first, none of them the main card", () => {
    const unsureDesk = alwaysUnsureDesk();
    let unsure = 0;
    let withAlternatives = 0;
    for (const q of halfTyped) {
      for (const answer of [unsureDesk.ask(q), desk.ask(q)]) {
        if (answer.status !== "unsure") continue;
        unsure++;
        if (answer.alternatives.length) withAlternatives++;
        expect(answer.alternatives.length).toBeLessThanOrEqual(3);
        const ids = answer.alternatives.map((a) => a.card);
        expect(ids).not.toContain(answer.card);
        expect(new Set(ids).size).toBe(ids.length);
        for (const alt of answer.alternatives) {
          expect(alt.question).toBe(cardById.get(alt.card)!.questions[0]);
        }
      }
    }
    expect(unsure).toBeGreaterThan(0);
    expect(withAlternatives).toBeGreaterThan(0);
  });

  it("never offers a did-you-mean it is more confident in than the answer it gives", () => {
    const upsideDown: string[] = [];
    for (const q of [...kb.cards.flatMap((c) => c.questions), ...halfTyped]) {
      const answer = desk.ask(q);
      const better = answer.alternatives.filter((a) => a.confidence > answer.confidence);
      if (better.length) upsideDown.push(`"${q}": ${answer.card} ${answer.confidence} < ${better.map((a) => `${a.card} ${a.confidence}`).join(", ")}`);
    }
    expect(upsideDown).toEqual([]);
  });

  it("lists alternatives best first: no alternative shown above one the desk is more confident in", () => {
    const unordered: string[] = [];
    for (const q of [...kb.cards.flatMap((c) => c.questions), ...halfTyped]) {
      const answer = desk.ask(q);
      const confidences = answer.alternatives.map((a) => a.confidence);
      if (confidences.some((c, i) => i > 0 && c > confidences[i - 1]!)) unordered.push(`"${q}": ${answer.alternatives.map((a) => `${a.card} ${a.confidence}`).join(", ")}`);
    }
    expect(unordered).toEqual([]);
  });

  it("greets an empty or blank question with the friendly prompt", () => {
    for (const q of ["", "   ", "\n\t", "<@U123>", "\u0000\u0000"]) {
      const answer = desk.ask(q);
      expectWellFormed(answer);
      expect(answer.status).toBe("no_answer");
      expect(answer.answer).toBe(messages.emptyQuestion);
      expect(answer.question).toBe("");
      expect(answer.suggestions.length).toBeGreaterThan(0);
    }
  });

  it("reads only the first 1,000 characters of a 5,000-character question, and says so", () => {
    const long = `how much is the oracle deal worth? ${"and also ".repeat(600)}`.slice(0, 5000);
    const answer = desk.ask(long);
    expectWellFormed(answer);
    expect(answer.question.length).toBeLessThanOrEqual(1000);
    expect(answer.question.startsWith("how much is the oracle deal worth?")).toBe(true);
    expect(answer.notice).toContain("1,000");
    expect(desk.ask("how much is the oracle deal worth?").notice).toBeNull();
  });

  it("survives binary junk", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 150; round++) {
      const bytes = Buffer.alloc(1 + (next() % 3000));
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() % 256;
      const answer = desk.ask(bytes.toString("latin1"));
      expectWellFormed(answer);
    }
    expectWellFormed(desk.ask("\u0000\u0001\u0002oracle\u0000deal\u001b[31m worth\u007f\ufffd"));
    expectWellFormed(desk.ask(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xdc]).toString("utf8")));
  });

  it("answers a chosen card directly, keeping the question as asked", () => {
    for (const card of kb.cards) {
      const answer = desk.ask({ text: "something else entirely", card: card.id });
      expect(answer.status).toBe("answered");
      expect(answer.card).toBe(card.id);
      expect(answer.answer).toBe(card.answer.trim());
      expect(answer.sources.map((s) => s.id)).toEqual(card.sources);
      expect(answer.question).toBe("something else entirely");
      expect(answer.disputed).toBe(card.disputed?.trim() ?? null);
    }
  });

  it("explains politely when a chosen card no longer exists", () => {
    let answer: Answer | undefined;
    expect(() => (answer = desk.ask({ text: "how much is the oracle deal worth?", card: "no-such-card" }))).not.toThrow();
    expect(answer!.status).toBe("no_answer");
    expect(answer!.answer).toBe(messages.unknownCard);
    expect(answer!.card).toBeNull();
    expect(answer!.suggestions.length).toBeGreaterThan(0);
  });

  it("answers every question it lists under topics with that question's card", () => {
    const wrong: string[] = [];
    for (const topic of desk.topics()) {
      for (const { id, question } of topic.cards) {
        const answer = desk.ask(question);
        if (shownCard(answer) !== id) wrong.push(`"${question}" → ${answer.status} ${answer.card ?? "-"} (want ${id})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers the example questions it suggests after a no_answer", () => {
    const suggestions = desk.ask("tell me a joke").suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const q of suggestions) {
      const answer = desk.ask(q);
      expect(answer.status, q).toBe("answered");
      expect(cardById.get(answer.card!)!.questions, q).toContain(q);
    }
  });
});

describe("desk.suggest", () => {
  it("completes a partial question with at most 25 short example questions", () => {
    const out = desk.suggest("oracle");
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(25);
    for (const s of out) expect(s.length).toBeLessThanOrEqual(100);
    expect(out.some((s) => s.toLowerCase().includes("oracle"))).toBe(true);
    expect(new Set(out).size).toBe(out.length);
  });

  it("respects a smaller limit and length", () => {
    const out = desk.suggest("stargate", 5, 20);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(5);
    for (const s of out) expect(s.length).toBeLessThanOrEqual(20);
  });

  it("offers example questions for an empty box", () => {
    const out = desk.suggest("");
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(25);
    const allQuestions = new Set(kb.cards.flatMap((c) => c.questions));
    for (const s of out) expect(allQuestions.has(s), s).toBe(true);
  });

  it("copes with half-typed and junk input", () => {
    for (const partial of ["ora", "how mu", "zzzzqqq", "\u0000", "<@U1>"]) {
      const out = desk.suggest(partial);
      expect(out.length).toBeLessThanOrEqual(25);
      for (const s of out) expect(typeof s).toBe("string");
    }
    expect(desk.suggest("ora").some((s) => s.toLowerCase().includes("oracle"))).toBe(true);
  });
});

describe("desk.articles, topics and examples", () => {
  it("lists every article, newest first, with title and date", () => {
    const articles = desk.articles();
    expect(articles.map((a) => a.id).sort()).toEqual(kb.articles.map((a) => a.id).sort());
    expect(articles.length).toBe(5);
    const dates = articles.map((a) => a.published);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const a of articles) expect(a.title.trim()).not.toBe("");
  });

  it("covers every card exactly once across topics, labelled by its first question", () => {
    const topics = desk.topics();
    const ids = topics.flatMap((t) => t.cards.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(kb.cards.map((c) => c.id).sort());
    for (const t of topics) {
      expect(t.title.trim()).not.toBe("");
      for (const c of t.cards) expect(c.question).toBe(cardById.get(c.id)!.questions[0]);
    }
  });

  it("gives as many examples as asked for, up to one per topic", () => {
    expect(desk.examples(3)).toHaveLength(3);
    expect(desk.examples(0)).toEqual([]);
    expect(desk.examples(1000).length).toBe(desk.topics().length);
  });
});

describe("a name typed with one slip", () => {
  it("is read as the name, and the answer echoes the question as typed", () => {
    const words = desk.explain("what did the wall street jornal report about the deal").words;
    expect(words.some((w) => w.entity?.startsWith("Wall Street Journal"))).toBe(true);
    expect(desk.ask("what did the wall street jornal report about the deal").question).toBe("what did the wall street jornal report about the deal");
  });
});
