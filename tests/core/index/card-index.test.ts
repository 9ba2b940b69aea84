import { describe, expect, it } from "vitest";
import { CardIndex, type IndexDoc } from "../../../src/core/index/card-index.js";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";

const text = new TextAnalyzer(fixtureKnowledge().lexicon);

const docs: IndexDoc[] = [
  {
    id: "deal-value",
    questions: ["How much is the Oracle deal worth?", "oracle deal size"],
    keywords: ["price tag"],
    answer: "The deal is put at $30 billion in one article and $300 billion over five years in another.",
    context: [],
  },
  {
    id: "abilene-site",
    questions: ["Where is the first Stargate site?", "abilene?"],
    keywords: ["Texas"],
    answer: "The first Stargate campus is in Abilene, Texas.",
    context: [],
  },
  {
    id: "microsoft-stake",
    questions: ["How much of OpenAI does Microsoft own?"],
    keywords: ["49%"],
    answer: "Microsoft invested $13 billion for a 49% stake.",
    context: [],
  },
];

describe("CardIndex", () => {
  const index = new CardIndex(docs, text);

  it("reads both names of an either/or as options, so the one no card knows is not a stranger ('samsung or oracle?')", () => {
    const query = index.analyze("samsung or oracle, who built the first site?");
    expect(query.terms.find((t) => t.term === "samsung")?.contrast).toBe(true);
    expect(index.lacks(query, 1).stranger).toBe(false);
    expect(index.lacks(index.analyze("did samsung build the first site?"), 1).stranger).toBe(true);
  });
  it("leaves out a figure no card states when the question checks a claim ('wasn't it 45%?'), not when it asks for it", () => {
    const terms = (q: string) => index.analyze(q).terms.map((t) => t.term);
    expect(terms("microsoft owns 45% of openai, right?")).not.toContain("45");
    expect(terms("someone said microsoft paid $17 billion for its stake")).not.toContain("17");
    expect(terms("microsoft owns 45% of openai")).toContain("45");
    expect(terms("microsoft owns 49% of openai, right?")).toContain("49");
  });
  it("leaves out a place no card knows given as where something is ('the first site is in austin?'), not one asked about", () => {
    const terms = (q: string) => index.analyze(q).terms.map((t) => t.term);
    expect(terms("the first stargate site is in austin?")).not.toContain("austin");
    expect(terms("isnt it in oklahoma, the first site")).not.toContain("oklahoma");
    expect(terms("which town in oklahoma gets a site")).toContain("oklahoma");
    expect(index.lacks(index.analyze("abilene is in oklahoma right? the first stargate site"), 1).foreign).toBe(false);
    // A place some card knows stays the question's subject.
    expect(terms("how many gpus are in abilene")).toContain("abilene");
  });

  it("reads a name after 'than' as what is compared with, not as the subject ('bigger than samsung')", () => {
    const query = index.analyze("is the oracle deal bigger than samsung's");
    expect(query.terms.find((t) => t.term === "samsung")?.contrast).toBe(true);
    expect(index.lacks(query, 0).foreign).toBe(false);
  });
  const top = (q: string) => docs[index.search(index.analyze(q))[0]!.doc]!.id;

  it("ranks the card that shares the question's words first", () => {
    expect(top("what's the oracle deal worth")).toBe("deal-value");
    expect(top("where's the stargate site")).toBe("abilene-site");
    expect(top("microsoft's stake")).toBe("microsoft-stake");
  });

  it("finds a card through its keywords and answer, not only its example questions", () => {
    expect(top("anything in texas?")).toBe("abilene-site");
    expect(top("the 13 billion investment")).toBe("microsoft-stake");
  });

  it("says what a card lacks: a named company, and how many of the question's words it never states", () => {
    const query = index.analyze("how much is google's deal worth in cash");
    const lack = index.lacks(query, 0);
    expect(lack.foreign).toBe(true);
    // "google" and "cash" are nowhere on the deal card.
    expect(lack.absent).toBe(2);
    expect(index.lacks(index.analyze("oracle deal worth"), 0)).toMatchObject({ foreign: false, absent: 0, unlisted: 0 });
  });

  it("reads a question about another place as foreign to a card about one place, even when its answer names that place in passing", () => {
    const places = new CardIndex([
      { id: "states", questions: ["which states?"], keywords: ["Texas", "Ohio", "Michigan", "Georgia", "Wyoming"], answer: "Five states.", context: [] },
      { id: "ohio", questions: ["ohio site?", "anything in ohio"], keywords: [], answer: "Ohio is on the list, after the first site in Abilene.", context: [] },
    ], text);
    const abilene = places.analyze("when does the abilene site open");
    expect(places.lacks(abilene, 1).foreign).toBe(true);
    expect(places.lacks(places.analyze("when does the ohio site open"), 1).foreign).toBe(false);
    // A card listing many places answers for any of them: its list says "not California".
    expect(places.lacks(places.analyze("any sites in california"), 0).foreign).toBe(false);
    expect(places.lacks(places.analyze("any sites in california"), 1).foreign).toBe(true);
  });

  it("reads '<name>'s <thing>' as foreign to a card whose questions ask only of someone else's, though its answer names both", () => {
    const revenue = new CardIndex([
      { id: "oracle-revenue", questions: ["what's oracle's data center revenue", "oracle dc revenue annually?"], keywords: [], answer: "Oracle expects $10.3 billion of data center revenue, helped by OpenAI.", context: [] },
    ], text);
    expect(revenue.lacks(revenue.analyze("what's openai's annual revenue"), 0).foreign).toBe(true);
    expect(revenue.lacks(revenue.analyze("what's oracle's annual revenue"), 0).foreign).toBe(false);
    // Not possessive: the card's answer naming OpenAI still counts.
    expect(revenue.lacks(revenue.analyze("oracle revenue from openai"), 0).foreign).toBe(false);
  });

  it("reads a question naming only another company than the one the card's questions ask of as foreign, though its answer names it", () => {
    const revenue = new CardIndex([
      { id: "oracle-revenue", questions: ["how much does oracle make from data centers", "oracle dc revenue this year?", "what are orcl's data center sales"], keywords: [], answer: "Oracle expects $10.3 billion of data center revenue this year, helped by OpenAI and the Stargate project.", context: [] },
    ], text);
    expect(revenue.lacks(revenue.analyze("how much revenue does openai make a year"), 0).foreign).toBe(true);
    expect(revenue.lacks(revenue.analyze("how much revenue does oracle make a year"), 0).foreign).toBe(false);
    // A project the answer places the revenue in is not another company.
    expect(revenue.lacks(revenue.analyze("how much data center revenue comes from stargate"), 0).foreign).toBe(false);
  });

  it("leaves out what a question sets aside: 'stargate (the AI one, not the TV show)' asks nothing about shows", () => {
    const terms = (q: string) => index.analyze(q).terms.map((t) => t.term);
    expect(terms("the stargate site (the AI one, not the TV show)")).toEqual(terms("the stargate site (the AI one)"));
    expect(terms("oracle deal rather than google's")).toEqual(terms("oracle deal"));
    // A plain "not" is part of the question.
    expect(terms("is the deal not confirmed")).toContain("confirm");
  });

  it("does not count a company named as the alternative set aside as foreign ('oracle and not google')", () => {
    expect(index.lacks(index.analyze("why the oracle deal and not google"), 0).foreign).toBe(false);
    expect(index.lacks(index.analyze("oracle deal rather than google's?"), 0).foreign).toBe(false);
    expect(index.lacks(index.analyze("google's deal, not oracle's"), 0).foreign).toBe(true);
  });

  it("reads something of theirs that no card mentions as another subject ('Microsoft's salary bill')", () => {
    expect(index.lacks(index.analyze("microsoft's payroll"), 2).foreign).toBe(true);
    expect(index.lacks(index.analyze("microsoft's stake"), 2).foreign).toBe(false);
    // Not after a possessive, an unknown word is noise, not a subject.
    expect(index.lacks(index.analyze("microsoft stake payroll"), 2).foreign).toBe(false);
    // The same with "of" or "in": the weather in Abilene is not the Abilene site.
    expect(index.lacks(index.analyze("the weather in abilene"), 1).foreign).toBe(true);
    expect(index.lacks(index.analyze("the site in abilene"), 1).foreign).toBe(false);
  });

  it("counts words found only in the answer as unlisted: the card states them but no example asks that way", () => {
    const lack = index.lacks(index.analyze("first stargate campus"), 1);
    expect(lack.absent).toBe(0);
    expect(lack.unlisted).toBe(1);
  });
  it("knows the entities of a card's context (its topic, its sources' titles) without matching on them", () => {
    const withContext = (context: string[]) =>
      new CardIndex([docs[0]!, { ...docs[1]!, context }, docs[2]!], text);
    const question = "did softbank pay for the abilene site";
    const bare = withContext([]);
    expect(bare.lacks(bare.analyze(question), 1).foreign).toBe(true);
    const titled = withContext(["SoftBank, OpenAI and Oracle pick Abilene for the first Stargate site"]);
    expect(titled.lacks(titled.analyze(question), 1).foreign).toBe(false);
    // Context is not matched: the card's ranking for a question about SoftBank alone does not change.
    expect(titled.search(titled.analyze("softbank"))).toEqual([]);
  });

  it("does not count a word that only weighs what is asked ('good for Texas?') as one the card must cover", () => {
    expect(index.lacks(index.analyze("is it good for abilene"), 1).uncovered).toBe(0);
    expect(index.lacks(index.analyze("is it cheap for abilene"), 1).uncovered).toBe(1);
  });

  it("counts a name in a source's title for every card citing it only when a third of them name it too", () => {
    const title = "Oracle lands a big deal, widening its roster beyond SoftBank";
    const question = "how much is softbank paying for the first site";
    // Card 1 and card 0 cite the title; neither names SoftBank: a passing name in the headline.
    const passing = new CardIndex([{ ...docs[0]!, titles: [title] }, { ...docs[1]!, titles: [title] }, docs[2]!], text);
    expect(passing.lacks(passing.analyze(question), 1).foreign).toBe(true);
    // One of the two names SoftBank: the headline's name is the scene of both.
    const named = { ...docs[0]!, answer: `${docs[0]!.answer} SoftBank pays part.`, titles: [title] };
    const scene = new CardIndex([named, { ...docs[1]!, titles: [title] }, docs[2]!], text);
    expect(scene.lacks(scene.analyze(question), 1).foreign).toBe(false);
  });

  it("tells the question's head noun: lacking when no card knows it, or when this card does not", () => {
    expect(index.lacks(index.analyze("what's the population of abilene"), 1).focus).toBe(1);
    expect(index.lacks(index.analyze("how many campuses are there"), 1).focus).toBe(0);
    expect(index.lacks(index.analyze("how many campuses are there"), 2).focus).toBe(0.5);
    // "a chunk of OpenAI" asks about a share of it, not about chunks.
    expect(index.lacks(index.analyze("does microsoft own a chunk of openai"), 2).focus).toBe(0);
  });

  it("reads a capitalised everyday name as an entity, but not when it is the asker's own company", () => {
    const entityOf = (q: string, word: string) => index.analyze(q).terms.find((t) => t.typed.startsWith(word))?.entity;
    expect(entityOf("does the deal involve Apple at all", "apple")).toBe("company");
    expect(entityOf("my team at Apple wants the deal size", "apple")).toBeUndefined();
    expect(index.lacks(index.analyze("does the oracle deal involve Apple"), 0).foreign).toBe(true);
    expect(index.lacks(index.analyze("my team at Apple wants the oracle deal size"), 0).foreign).toBe(false);
  });
});
