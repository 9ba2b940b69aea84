import { describe, expect, it } from "vitest";
import type { LexiconData } from "../../../src/knowledge/lexicon-schema.js";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";

// Everything the analyzer knows of names comes from the lexicon: here the frozen fixture copy.
const text = new TextAnalyzer(fixtureKnowledge().lexicon);

/** The entity terms a text is read as naming, in order. */
const named = (t: string) => text.read(t).flatMap((w) => (w.entity ? [w.entity.term] : []));

describe("an alias that describes a name already given ('isn't Acme a widget company?')", () => {
  const lexicon: LexiconData = {
    entities: [{ name: "Acme", kind: "company", aliases: ["widget company", "acme corp"] }],
    synonyms: {},
    details: [],
  };
  const reader = new TextAnalyzer(lexicon);
  const names = (t: string) => reader.read(t).flatMap((w) => (w.entity ? [w.entity.term] : []));

  it("reads the description's words, not the name a second time", () => {
    expect(names("isn't acme a widget company")).toEqual(["acme"]);
  });

  it("still reads the alias as the name where the name was not given", () => {
    expect(names("what does the widget company sell")).toEqual(["acme"]);
  });
});

describe("a person's alias that is a role ('acme ceo')", () => {
  const lexicon: LexiconData = {
    entities: [
      { name: "Acme", kind: "company" },
      { name: "Jane Roe", kind: "person", aliases: ["acme ceo"] },
      { name: "Acme Cloud", kind: "product", aliases: ["acme cloud"] },
    ],
    synonyms: {},
    details: [],
  };
  const reader = new TextAnalyzer(lexicon);
  const names = (t: string) => reader.read(t).flatMap((w) => (w.entity ? [w.entity.term] : []));

  it("reads 'acme's ceo' as that person, as 'acme ceo' is", () => {
    expect(names("any quotes from acme's ceo")).toEqual(names("any quotes from acme ceo"));
    expect(names("any quotes from acme's ceo")).toEqual(names("any quotes from jane roe"));
  });

  it("still reads 'acme's cloud' as naming Acme: only a role is written that way", () => {
    expect(names("is acme's cloud any good")).toEqual(names("is acme any good"));
  });
});

describe("a longer name with a capitals-only word in it", () => {
  it("reads 'Acme-US Trade Council' typed in capitals as the council, not as Acme, the US and two words", () => {
    const lexicon: LexiconData = {
      entities: [
        { name: "United States", kind: "place", aliases: ["US"] },
        { name: "Acme", kind: "company" },
        { name: "Acme-US Trade Council", kind: "organisation" },
      ],
      synonyms: {},
      details: [],
    };
    const council = new TextAnalyzer(lexicon);
    const names = (t: string) => council.read(t).flatMap((w) => (w.entity ? [w.entity.term] : []));
    expect(names("what does the Acme-US Trade Council do")).toEqual(names("what does the acme-us trade council do"));
    expect(names("what does the Acme-US Trade Council do")).toHaveLength(1);
    expect(names("is the US in on it")).toEqual(["unitedstates"]);
  });
});

describe("everyday words that are also names", () => {
  it("reads 'son' and 'intel' in ordinary sentences as words, not as Masayoshi Son or Intel", () => {
    expect(named("my son asked what the deal is worth")).toEqual([]);
    expect(named("any intel on the new site?")).toEqual([]);
    expect(text.entitiesIn("my son asked about it")).toEqual(new Set());
  });

  it("reads them as the entity when written as a name inside a sentence", () => {
    expect(named("what did Masayoshi Son say")).toContain("masayoshison");
    expect(named("did Son comment on it")).toEqual(["masayoshison"]);
    expect(text.kindOf("masayoshison")).toBe("person");
    expect(named("should we ask Intel about chips")).toEqual(["intel"]);
    expect(text.kindOf("intel")).toBe("company");
  });

  it("reads an everyday-word name in lower case when the knowledge's answers write it as a name in several cards", () => {
    const lexicon: LexiconData = { entities: [{ name: "Target", kind: "company" }], synonyms: {}, details: [] };
    const answers = ["Target signed the deal.", "The deal gives Target new stores.", "Analysts said Target gains most."];
    const story = new TextAnalyzer(lexicon, answers);
    expect(story.read("what happened with target's stock").flatMap((w) => (w.entity ? [w.entity.term] : []))).toEqual(["target"]);
    // Mentioned as a name once only, it stays an everyday word: "hit the target" is not the company.
    const passing = new TextAnalyzer(lexicon, [answers[0]!, "We hit the target.", "No target was set."]);
    expect(passing.read("what happened with target's stock").some((w) => w.entity)).toBe(false);
  });

  it("does not take a capital at the start of a sentence for a name", () => {
    expect(named("Intel on the deal, anyone?")).toEqual([]);
    expect(named("Great. Intel on the deal, anyone?")).toEqual([]);
  });
});

describe("the asker's own company", () => {
  it("is context, not what is asked about: 'my team at Apple wants to know'", () => {
    expect(named("my team at Apple wants to know how big the deal is")).toEqual([]);
    expect(named("I work for Intel, can we use the models")).toEqual([]);
    // Asked about, the same name is an entity.
    expect(named("is Apple part of the deal")).toEqual(["apple"]);
  });

  it("keeps the word in the text, so the question still reads the same", () => {
    expect(text.terms("my team at Apple wants to know")).toContain("apple");
  });
});

describe("aliases", () => {
  it("reads a capital-only alias only in capitals: 'US' is the country, 'us' a pronoun", () => {
    expect(named("are the US sites built yet")).toEqual(["unitedstates"]);
    expect(named("can us folks use it")).toEqual([]);
    expect(text.terms("US data centers")).toEqual(text.terms("united states data centers"));
    expect(text.terms("can us folks use it")).not.toContain("unitedstates");
  });

  it("reads a one-letter name only in capitals, even one the answers write often: 'acme x globex' is not the company X", () => {
    const lexicon: LexiconData = { ...fixtureKnowledge().lexicon, entities: [...fixtureKnowledge().lexicon.entities, { name: "X", kind: "company", aliases: ["x corp"], everyday: true }] };
    const withX = new TextAnalyzer(lexicon, [...fixtureKnowledge().cards.map((c) => c.answer), "X, the social network, is Musk's.", "X owns it.", "X and xAI share an owner."]);
    const names = (t: string) => withX.read(t).flatMap((w) => (w.entity ? [w.entity.term] : []));
    expect(names("tl;dr openai x oracle deal")).toEqual(["openai", "oracle"]);
    expect(names("is X suing openai")).toEqual(["x", "openai"]);
  });

  it("reads an alias spelled like chat shorthand only in capitals, however the lexicon writes it: 'ppl' stays people", () => {
    for (const alias of ["ppl", "PPL"]) {
      const lexicon: LexiconData = { ...fixtureKnowledge().lexicon, entities: [...fixtureKnowledge().lexicon.entities, { name: "Globex Power Lines", kind: "company", aliases: [alias] }] };
      const withAlias = new TextAnalyzer(lexicon, fixtureKnowledge().cards.map((c) => c.answer));
      const names = (t: string) => withAlias.read(t).flatMap((w) => (w.entity ? [w.entity.term] : []));
      expect(names("are ppl worried about the deal")).toEqual([]);
      expect(names("does PPL deliver the power")).toHaveLength(1);
    }
  });

  it("reads 'the us' in lower case as the country: a pronoun takes no article", () => {
    expect(named("are all the sites inside the us")).toEqual(["unitedstates"]);
    expect(named("can you tell us more")).toEqual([]);
  });

  it("reads 'us based' and 'us-based' in lower case as the country: no pronoun is based", () => {
    expect(named("all us based?")).toEqual(["unitedstates"]);
    expect(named("are the sites us-based")).toEqual(["unitedstates"]);
  });

  it("reads a name with an 's' and no apostrophe as the name's possessive, as chat types it", () => {
    const kb = fixtureKnowledge();
    const story = new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer));
    expect(story.read("whats oracles revenue").flatMap((w) => (w.entity ? [w.entity.term] : []))).toEqual(["oracle"]);
    expect(story.terms("openais stake")).toEqual(story.terms("openai's stake"));
    // A word that only looks like one stays a word.
    expect(story.read("how many gpus").some((w) => w.entity)).toBe(false);
  });

  it("reads a state code typed in capitals as the state, and the same letters in lower case as words", () => {
    expect(text.terms("OH data center")).toEqual(text.terms("ohio data center"));
    expect(text.terms("oh ok")).not.toContain("ohio");
  });

  it("reads a multi-word alias as the one entity it names", () => {
    expect(named("what did the database giant sign")).toEqual(["oracle"]);
    expect(text.terms("the database giant")).toEqual(text.terms("oracle"));
    expect(text.terms("the ChatGPT maker")).toEqual(text.terms("openai"));
    expect(text.entitiesIn("does the Redmond giant still own a chunk")).toEqual(new Set(["microsoft"]));
  });

  it("folds every way of writing a name to one term", () => {
    for (const alias of ["MSFT", "msft", "Microsoft", "microsoft's"]) expect(text.terms(alias), alias).toEqual(["microsoft"]);
    expect(text.termOf("altman")).toBe(text.termOf("samaltman"));
  });
});

describe("synonyms", () => {
  it("fold to the word they stand for: 'worth' and 'price tag' read like 'value'", () => {
    expect(text.terms("what is it worth")).toEqual(text.terms("what is its value"));
    expect(text.terms("the price tag")).toEqual(text.terms("the value"));
    expect(text.termOf("worth")).toBe(text.termOf("value"));
  });

  it("leave words the lexicon does not list alone", () => {
    expect(text.termOf("salary")).not.toBe(text.termOf("value"));
  });
});

describe("a lexicon is data", () => {
  const lexicon: LexiconData = {
    entities: [
      { name: "Zorblax Dynamics", kind: "company", aliases: ["zorblax", "ZBX", "the widget maker"] },
      { name: "Quill Harrow", kind: "person", aliases: ["harrow"] },
      { name: "Fernvale", kind: "place" },
    ],
    synonyms: { gizmo: ["widget", "widgets", "doohickey"] },
    details: ["royalty rate"],
  };
  const fresh = new TextAnalyzer(lexicon);

  it("reads a brand-new entity, its aliases and its kind with no change to the code", () => {
    expect(fresh.terms("what did the widget maker sign")).toEqual(fresh.terms("what did zorblax dynamics sign"));
    expect(fresh.terms("ZBX stock")).toEqual(fresh.terms("Zorblax stock"));
    expect(fresh.entitiesIn("did harrow visit the Fernvale plant")).toEqual(new Set(["quillharrow", "fernvale"]));
    expect(fresh.kindOf("zorblaxdynamics")).toBe("company");
    expect(fresh.kindOf("quillharrow")).toBe("person");
    expect(fresh.kindOf("fernvale")).toBe("place");
  });

  it("folds its synonyms and compiles its deal terms", () => {
    expect(fresh.terms("how many doohickeys, er, widgets")).toContain(fresh.termOf("gizmo"));
    expect(fresh.details).toEqual([["royalti", "rate"]]);
  });

  it("knows nothing the lexicon does not say: the fixture's names mean nothing to it", () => {
    expect(fresh.entitiesIn("did Oracle and OpenAI sign")).toEqual(new Set());
    expect(text.entitiesIn("did Zorblax sign")).toEqual(new Set());
  });
});

describe("quantifiers", () => {
  it("keeps 'more', 'most' and 'only' as words of the question: 'will we see more deals' asks whether more follow", () => {
    expect(text.terms("will we see more deals like this")).toContain(text.termOf("more"));
    expect(text.terms("is it the only site")).toContain(text.termOf("only"));
    expect(text.terms("who gains most")).toContain(text.termOf("most"));
  });
});

describe("withNames", () => {
  it("writes each name as the knowledge does, and gives null for a text that names nothing by another form", () => {
    expect(text.withNames("oai orcl deal?")).toBe("openai oracle deal");
    expect(text.withNames("openai oracle deal?")).toBeNull();
    expect(text.withNames("how much is it worth")).toBeNull();
  });
});

describe("'something' as people type it", () => {
  it.each(["smth", "sth", "something"])("'do they need to do %s' has no word of substance", (word) => {
    expect(text.terms(`do they need to do ${word}`)).toEqual([]);
  });
});

describe("a name typed with one slip ('wall street jornal', 'sofbtank')", () => {
  const none = () => false;
  it.each([
    ["what did the wall street jornal report", "what did the wall street journal report"],
    ["is anthropc part of it", "is anthropic part of it"],
  ])("'%s' is read as the name", (typed, meant) => {
    expect(text.spellNames(typed, none)).toBe(meant);
    expect(named(text.spellNames(typed, none)).length).toBeGreaterThan(0);
    expect(named(typed)).toEqual([]);
  });

  it.each(["what is the plannd capacity", "any jobs in wisco", "is the journal right", "anthropc"])("leaves '%s' alone unless one name word is one edit away and the word is none the cards write", (typed) => {
    const cardsWrite = (w: string) => w === "anthropc";
    expect(text.spellNames(typed, cardsWrite)).toBe(typed);
  });
});
