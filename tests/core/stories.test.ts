import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { openDesk } from "../../src/app/open-desk.js";
import { createConversation } from "../../src/core/conversation/conversation.js";
import { openWithPack } from "../../src/eval/merge-pack.js";
import { FIXTURE_KNOWLEDGE_DIR, fixtureKnowledge } from "../helpers/fixture-desk.js";
import { Stories } from "../../src/core/stories.js";
import { TextAnalyzer } from "../../src/core/text/analyzer.js";
import type { Card } from "../../src/knowledge/schema.js";

/** The fixture knowledge with a pack (a folder under tests/) added, opened; a pack that does not load fails the file. */
function openFixtureWithPack(folder: string) {
  const opened = openWithPack(FIXTURE_KNOWLEDGE_DIR, new URL(`../${folder}`, import.meta.url).pathname);
  if (opened.status !== "ok") throw new Error(`the pack in ${folder} does not load`);
  return opened;
}

/**
 * A second deal added as data (the AMD pack) next to the main story: questions that name neither keep their
 * old answers, and questions that name the new deal get its cards.
 */
const opened = openFixtureWithPack("fixtures/packs/amd-openai");
const desk = opened.desk;

describe("a new deal next to the main story", () => {
  it("leaves a question that names no deal with the main story's card, offering the new deal's card as an alternative", () => {
    const answer = desk.ask("how many gigawatts is it");
    expect(answer.card).toBe("capacity-4-5-gw");
    expect(answer.alternatives.map((a) => a.card)).toContain("amd-openai-6-gigawatts");
  });

  it("answers from the new deal's cards when the question names it", () => {
    expect(desk.ask("how many gigawatts is the amd deal").card).toBe("amd-openai-6-gigawatts");
  });

  it("scores a question about the main story as before the new deal was added, its words' weights unchanged", () => {
    const base = openDesk(FIXTURE_KNOWLEDGE_DIR);
    if (base.status !== "ok") throw new Error("the fixture knowledge does not load");
    for (const question of ["why oracle", "what chips are in the oracle data centers", "is the deal official or still a rumour"]) {
      const before = base.desk.candidates(question)[0]!;
      const after = desk.candidates(question)[0]!;
      expect(after.card.id).toBe(before.card.id);
      for (const [feature, value] of Object.entries(before.features)) expect([feature, after.features[feature as keyof typeof before.features]]).toEqual([feature, expect.closeTo(value, 2)]);
    }
  });
});

/** Questions people asked of the main story, written by people who never saw the cards: every eval file's. */
const QUESTIONS = readdirSync(new URL("../eval/", import.meta.url))
  .filter((file) => file.endsWith(".yaml"))
  .flatMap((file) => (parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), "utf8")) as { questions: { q: string }[] }).questions.map((q) => q.q));

/** The names of the companies, people and places a pack adds to the lexicon, and their aliases. */
function packNames(pack: string): string[] {
  const lexicon = parse(readFileSync(new URL(`../fixtures/packs/${pack}/lexicon.yaml`, import.meta.url), "utf8")) as { entities?: { name: string; aliases?: string[] }[] } | null;
  return (lexicon?.entities ?? []).flatMap((e) => [e.name, ...(e.aliases ?? [])]).map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

describe("a deal pack added next to the main story", () => {
  const base = openDesk(FIXTURE_KNOWLEDGE_DIR);
  if (base.status !== "ok") throw new Error("the fixture knowledge does not load");
  const before = QUESTIONS.map((q) => base.desk.ask(q).card);
  const old = new Set(base.kb.cards.map((c) => c.id));
  // Packs whose names and words mark none of these questions as theirs.
  it.each(["amd-openai", "aws-openai", "coreweave-openai"])("%s: every answer the main story gave stays, none moves to another old card or to no answer", (pack) => {
    const added = openFixtureWithPack(`fixtures/packs/${pack}`);
    // A question naming one of the pack's own companies ("is Amazon a Stargate partner?" next to an AWS deal) may go to it.
    const own = packNames(pack);
    const moved = QUESTIONS.flatMap((q, i) => {
      if (before[i] === null || own.some((name) => new RegExp(`\\b${name}\\b`, "i").test(q))) return [];
      const after = added.desk.ask(q).card;
      return after !== before[i] && (after === null || old.has(after)) ? [`${q}: ${before[i]} → ${after}`] : [];
    });
    expect(moved).toEqual([]);
  });
});

describe("a question naming a company both deals name", () => {
  const nvidia = openFixtureWithPack("fixtures/packs/nvidia-openai");
  const base = openDesk(FIXTURE_KNOWLEDGE_DIR);
  if (base.status !== "ok") throw new Error("the fixture knowledge does not load");
  it("keeps the main story's answer, at the confidence it had, unless a new card reads better", () => {
    for (const question of ["is nvidia in on this", "is nvidia involved in this deal at all"]) {
      const before = base.desk.ask(question);
      const after = nvidia.desk.ask(question);
      expect([after.card, after.status, after.confidence], question).toEqual([before.card, before.status, before.confidence]);
    }
  });
});

describe("a word only one of the new deal's cards uses", () => {
  it("is, for a question about the main story, still a word no card knows: the main story's cards score as before", () => {
    const base = openDesk(FIXTURE_KNOWLEDGE_DIR);
    if (base.status !== "ok") throw new Error("the fixture knowledge does not load");
    // "slip" and "guidance" appear in one AMD card each and in no card of the main story.
    for (const question of ["when does the oracle contract slip", "what guidance did oracle give"]) {
      const before = base.desk.candidates(question)[0]!;
      const after = desk.candidates(question).find((c) => c.card.id === before.card.id);
      expect(after, question).toBeDefined();
      for (const [feature, value] of Object.entries(before.features)) expect([feature, after!.features[feature as keyof typeof before.features]]).toEqual([feature, expect.closeTo(value, 2)]);
    }
  });
});

describe("a deal whose company the main story mentions in passing", () => {
  // The main story names Nvidia as a GPU supplier in a few cards; the Nvidia pack is about Nvidia in every card.
  const nvidia = openFixtureWithPack("fixtures/packs/nvidia-openai");

  it("answers a question naming that company from the new deal's cards", () => {
    expect(nvidia.desk.ask("nvda oai deal?").card).toMatch(/^nvidia-openai-/);
    expect(nvidia.desk.ask("how did nvda stock react").card).toBe("nvidia-openai-market-reaction");
  });
});

describe("a question about another deal than the one a card describes", () => {
  const base = openDesk(FIXTURE_KNOWLEDGE_DIR);
  const aws = openFixtureWithPack("fixtures/packs/aws-openai");
  if (base.status !== "ok") throw new Error("the fixture knowledge does not load");

  it("is not answered outright with the main deal's value before that deal is known", () => {
    expect(base.desk.ask("how much is openai's AWS deal worth").status).not.toBe("answered");
    expect(base.desk.ask("how much is the deal worth").card).toBe("deal-value");
  });

  it("gets that deal's card once it is added, and the main deal keeps its own question", () => {
    expect(aws.desk.ask("how much is openai's AWS deal worth").card).toBe("aws-deal-value");
    const main = aws.desk.ask("how much is the deal worth");
    expect(main.card).toBe("deal-value");
    expect(main.status).toBe("answered");
  });

  it("keeps 'tl;dr?' with the main deal's overview and gives 'tl;dr on the AWS deal' that deal's", () => {
    const before = createConversation(base.desk).reply({ text: "tl;dr?" });
    const after = createConversation(aws.desk);
    const plain = after.reply({ text: "tl;dr?" });
    const named = after.reply({ text: "tl;dr on the aws deal" });
    if (before.kind !== "fact" || plain.kind !== "fact" || named.kind !== "fact") throw new Error("not read as a fact");
    expect(plain.answer.card).toBe(before.answer.card);
    expect(named.answer.card).toBe("aws-deal-overview");
  });

  it("reads a name that is also an everyday word as the new deal's company once its cards write it so ('paying amazon')", () => {
    // Before the pack, "amazon" in lower case is a word like any other, and the main deal's value card answered.
    expect(base.desk.ask("how many billions is oai paying amazon").card).not.toBe("aws-deal-value");
    expect(aws.desk.ask("how many billions is oai paying amazon").card).toBe("aws-deal-value");
  });

  it("reads 'explain the AWS deal in 2 sentences for my vp' as that deal's overview: the length and audience are not the subject", () => {
    const reply = createConversation(aws.desk).reply({ text: "explain the aws deal in like 2 sentences for my vp" });
    expect(reply.kind === "fact" && reply.answer.card).toBe("aws-deal-overview");
  });
});

describe("an overview asked by the name a new deal is about", () => {
  // The CoreWeave pack has both an overview card and a card defining CoreWeave ("What is CoreWeave?").
  const coreweave = openFixtureWithPack("fixtures/packs/coreweave-openai");
  const conversation = createConversation(coreweave.desk);
  const cardOf = (text: string) => {
    const reply = conversation.reply({ text });
    return reply.kind === "fact" ? reply.answer.card : reply.kind;
  };

  it("gets that deal's overview, not the card defining the company nor its topic list", () => {
    expect(cardOf("tl;dr on coreweave")).toBe("coreweave-overview");
    expect(cardOf("summarize the crwv thing")).toBe("coreweave-overview");
  });

  it("'what's the <names> thing everyone is talking about' gets the overview of the deal the names are about", () => {
    expect(cardOf("wait whats the openai crwv thing everyone is talking about")).toBe("coreweave-overview");
    expect(cardOf("whats the gpu thing")).not.toBe("coreweave-overview");
  });

  it("leaves a name the main deal is about with the card defining it", () => {
    expect(cardOf("eli5 stargate")).toBe("what-is-stargate");
    expect(cardOf("tl;dr?")).not.toMatch(/^coreweave-/);
  });
});

describe("a question naming only a word the new deal's cards use", () => {
  // "wafers" is in several of the memory-chip pack's cards and in none of the main story's.
  const memory = openFixtureWithPack("heldout/packs/samsung-sk-hynix-openai");

  it("is about the new deal, as a name of it would be", () => {
    expect(memory.desk.ask("how many wafers does openai want per month").card).toBe("memory-demand-900k-wafers");
  });

  it("leaves questions in the main story's words with the main story", () => {
    expect(memory.desk.ask("how much is the deal worth").card).toBe("deal-value");
  });
});

describe("a new deal whose cards share everyday words with questions about the main story", () => {
  // The IREN pack: a financing card says "convertible notes", several cards say "liquid", "dense", "fund".
  const base = openDesk(FIXTURE_KNOWLEDGE_DIR);
  const iren = openFixtureWithPack("heldout/packs/iren-microsoft");
  if (base.status !== "ok") throw new Error("the fixture knowledge does not load");

  it("does not answer a question with a new card that matches only a word the main story never uses ('convert' for 'convertible')", () => {
    const answer = iren.desk.ask("convert 72 fahrenheit to celsius");
    expect(answer.status).toBe("no_answer");
    expect(answer.card).toBeNull();
  });

  it("scores a question naming a party only the main story names as before, though the new deal's cards use its other words", () => {
    for (const question of ["is the abilene site liquid cooled", "are the oracle racks dense"]) {
      const before = base.desk.ask(question);
      const after = iren.desk.ask(question);
      expect([question, after.card, after.confidence]).toEqual([question, before.card, expect.closeTo(before.confidence, 2)]);
    }
  });

  it("reads a sentence of a longer message with the names its other questions give: the new deal's card never names Oracle", () => {
    const question = "is oracle issuing bonds to fund the buildout? how much debt are they taking on";
    const financing = iren.desk.candidates(question).filter((c) => c.card.id === "iren-financing");
    expect(financing.length).toBeGreaterThan(0);
    expect(financing.every((c) => c.features.foreign === 1)).toBe(true);
  });
});

describe("a name only a new deal's cards mention", () => {
  // The Nebius pack names AMD in passing (as a chip supplier); the main story never does.
  const nebius = openFixtureWithPack("heldout/packs/microsoft-nebius-gpu");

  it("is still a stranger to the main story's cards: a question about a deal with it is not given the main deal's overview", () => {
    const answer = nebius.desk.ask("what's the deal between openai and amd");
    expect(answer.card).not.toBe("deal-overview");
    expect(answer.status).toBe("no_answer");
  });
});

describe("a place only the main story names", () => {
  // The Nscale pack's GPU card lists the new deal's sites; Abilene is the main story's alone.
  const nscale = openFixtureWithPack("heldout/packs/nscale-microsoft");

  it("is another subject to the new deal's cards: 'how many GPUs are going into abilene' is not answered with the new deal's GPU count", () => {
    const answer = nscale.desk.ask("how many GPUs are going into abilene exactly");
    expect(answer.card).not.toBe("nscale-gpu-count");
    expect(answer.alternatives.map((a) => a.card)).not.toContain("nscale-gpu-count");
  });

  it("leaves the new deal's GPU count answering a question that names the new deal", () => {
    expect(nscale.desk.ask("how many GPUs is nscale giving microsoft").card).toBe("nscale-gpu-count");
  });
});

describe("an everyday word only a new deal's cards use", () => {
  const reader = new TextAnalyzer(fixtureKnowledge().lexicon);
  const card = (id: string, source: string, questions: string[], answer: string) => ({ id, questions, answer, sources: [source] }) as unknown as Card;
  const main = ["one", "two", "three"].map((n) => card(`main-${n}`, "main-article", [`how big is site ${n}`], `Site ${n} is large.`));
  const smaller = ["a", "b"].map((n) => card(`chip-${n}`, "chip-article", [`how many wafers go into account ${n}`], `The wafers on account ${n} are counted.`));
  const stories = new Stories([...main, ...smaller], reader);

  it("does not mark a question as the new deal's ('account'), where a rare word it uses does ('wafers')", () => {
    expect(stories.namesSmaller(new Set(reader.terms("what happened to my retirement account")))).toBe(false);
    expect(stories.namesSmaller(new Set(reader.terms("how many wafers")))).toBe(true);
  });
});
