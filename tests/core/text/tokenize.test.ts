import { describe, expect, it } from "vitest";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { normalizeText, plainTerm, plainWords, splitWords, stem } from "../../../src/core/text/tokenize.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";

// Index terms as the engine reads them: the lexicon-free tokenizer plus the (frozen) fixture lexicon.
const text = new TextAnalyzer(fixtureKnowledge().lexicon);
const terms = (t: string) => text.terms(t);
const words = (t: string) => text.words(t);

/** Each pair must fold to the same index terms. */
function expectSameTerms(pairs: [string, string][]): void {
  for (const [typed, meant] of pairs) expect(terms(typed), typed).toEqual(terms(meant));
}

describe("normalizeText", () => {
  it("writes money figures as number and unit words", () => {
    for (const raw of ["$300bn", "$300B", "$300 billion", "300bn", "300 billion dollars"]) {
      const text = normalizeText(raw);
      expect(text, raw).toMatch(/\b300\b/);
      expect(text, raw).toMatch(/\bbillion\b/);
    }
  });

  it("reads a day of the month as a word of its own, so the 10 of 'June 10' never matches the 10 of '10 GW'", () => {
    expect(terms("announced June 10, 2026")).not.toContain("10");
    expect(terms("10 gw when")).toContain("10");
    expect(terms("june 10?").filter((t) => /10/.test(t))).toEqual(terms("dated 10th of June 2026").filter((t) => /10/.test(t)));
    expect(terms("the 2.5 gw june build")).toContain("2.5");
  });

  it("reads a dollar sign with no figure as money ('how much $$ is going into it')", () => {
    expect(plainWords("how much $$ is going into it")).toContain("dollar");
    expect(plainWords("$300bn").filter((w) => w === "dollar")).toHaveLength(1);
  });

  it("reads 'own' as the verb of owning, except in 'its own', 'openai's own'", () => {
    expect(normalizeText("does msft own a chunk of openai")).toContain("owns");
    expect(normalizeText("their own data centers")).toBe("their own data centers");
    expect(normalizeText("openai's own chips")).toBe("openai's own chips");
  });

  it("reads 'hw' as hardware after 'what' or a name and at the end, and as 'how' before 'much' or a verb", () => {
    expect(normalizeText("what hw do they run")).toBe("what hardware do they run");
    expect(normalizeText("orcl hw?")).toBe("orcl hardware?");
    expect(normalizeText("hw much is it")).toBe("hw much is it");
    expect(normalizeText("hw do i use this")).toBe("hw do i use this");
  });

  it("reads 'where does X fit in' as the role X plays, not a place", () => {
    expect(normalizeText("where does mgx fit in all this")).toBe("what role does mgx play in all this");
    expect(normalizeText("where is the first site")).toBe("where is the first site");
  });

  it("lowercases and strips accents", () => {
    expect(normalizeText("ABILÈNE")).toBe("abilene");
    expect(normalizeText("Crème Brûlée Café")).toBe("creme brulee cafe");
  });

  it("reads power figures the same however they are written", () => {
    expect(terms("4.5GW")).toEqual(terms("4.5 gigawatts"));
    expect(terms("4.5 GW")).toEqual(terms("4.5 gigawatts"));
  });
});

describe("the lexicon-free tokenizer", () => {
  it("splits normalised text into words, decimals kept together", () => {
    expect(splitWords(normalizeText("It is 4.5 GW, isn't it?"))).toEqual(["it", "is", "4.5", "gigawatt", "isn't", "it"]);
    expect(plainWords("$300bn deal")).toEqual(["300", "billion", "dollar", "deal"]);
  });

  it("folds shorthand and drops stop words without any lexicon", () => {
    expect(plainTerm("the")).toBeNull();
    expect(plainTerm("wat")).toBeNull();
    expect(plainTerm("wher")).toBe(plainTerm("where"));
    expect(plainTerm("contracts")).toBe(plainTerm("contract"));
  });

  it("reads 'may' as the month after an article or preposition, or before a figure, and as the verb otherwise", () => {
    const month = terms("the may expansion").filter((t) => !terms("the expansion").includes(t));
    expect(month).toHaveLength(1);
    for (const dated of ["the May 2025 expansion", "signed in may", "signed May 12"]) expect(terms(dated), dated).toContain(month[0]);
    expect(terms("it may be delayed")).toEqual(terms("it be delayed"));
  });

  it("reads idioms whose meaning lies in stop words as what they ask", () => {
    expectSameTerms([
      ["what's in it for acme", "benefit for acme"],
      ["what does acme get out of it", "what does acme gain from it"],
      ["what does acme get from this", "what does acme gain from this"],
      ["why did they pick acme in the first place", "why did they pick acme"],
      ["acme n globex", "acme and globex"],
      ["wheres acme in all this", "what role does acme play in this"],
    ]);
    // Getting something from a party asks what it supplies, not what it gains.
    expect(terms("what does acme get from globex")).not.toContain("gain");
    expect(terms("what's in it for acme")).not.toEqual(terms("acme"));
  });

  it("reads 'when' tying two events together as no question of a date, and 'when' after a verb of asking as one", () => {
    expect(terms("what happened to the stock when the news broke")).not.toContain("when");
    expect(terms("my boss asks when the contract starts")).toContain("when");
    expect(terms("and when the contract starts?")).toContain("when");
  });

  it("reads an irregular past form as its verb ('paid' as 'pay', 'bought' as 'buy')", () => {
    expectSameTerms([
      ["how much is acme getting paid", "how much is acme getting pay"],
      ["who bought the site", "who buy the site"],
    ]);
  });

  it("reads '-wise' and 'are we talking' as the filler they are", () => {
    expectSameTerms([
      ["how big is it money-wise", "how big is it money"],
      ["what hardware are we talking", "what hardware"],
    ]);
  });

  it("folds chat abbreviations of units and measures", () => {
    expect(plainTerm("hr")).toBe(plainTerm("hour"));
    expect(plainTerm("wks")).toBe(plainTerm("week"));
    expect(plainTerm("rev")).toBe(plainTerm("revenue"));
  });

  it("stems words but leaves numbers and words Porter would merge alone", () => {
    expect(stem("building")).toBe(stem("builds"));
    expect(stem("4.5")).toBe("4.5");
    expect(stem("news")).not.toBe(stem("new"));
  });
});

describe("words and terms", () => {
  it("keeps decimals together", () => {
    expect(words("it is 4.5 GW")).toContain("4.5");
  });

  it("folds '$300bn' to terms containing 300 and billion", () => {
    const t = terms("$300bn");
    expect(t).toContain("300");
    expect(t).toContain("billion");
  });

  it("finds the same figure in '$300 billion', '$300bn' and '300 billion'", () => {
    for (const raw of ["$300 billion", "$300bn", "$300B", "300 billion", "300bn"]) {
      expect(terms(raw), raw).toEqual(expect.arrayContaining(["300", "billion"]));
    }
  });

  it("gives the same terms whatever the case, accents and punctuation", () => {
    expect(terms("ABILÈNE??")).toEqual(terms("abilene"));
    expect(terms("How much is the Oracle deal WORTH?!")).toEqual(terms("how much is the oracle deal worth"));
  });

  it("joins split spellings of product names", () => {
    expectSameTerms([
      ["open ai", "openai"],
      ["star gate", "stargate"],
      ["Open-AI", "openai"],
    ]);
  });

  it("reads 'data center' however it is written, as the lexicon's synonyms say", () => {
    expectSameTerms([
      ["data-centre takings", "datacenter takings"],
      ["data centers in texas", "datacenters in texas"],
      ["a data center", "a dc"],
    ]);
  });

  it("drops stop words but keeps the question words that say what is asked", () => {
    const t = terms("how much is the deal");
    expect(t).not.toContain("is");
    expect(t).not.toContain("the");
    expect(t).toContain("how");
    expect(t).toContain("much");
  });

  it("reads question words typed short as the words ('wher', 'whn', 'hw')", () => {
    expectSameTerms([
      ["wher is it", "where is it"],
      ["whn does it start", "when does it start"],
      ["hw much", "how much"],
      ["wat is stargate", "what is stargate"],
    ]);
  });

  it("reads a few chat emoji as words: 'ORCL 📈🚀' is about the stock going up", () => {
    expect(terms("ORCL 📈🚀")).toEqual([...terms("oracle"), ...terms("rise surge")]);
    expect(terms("⚡ how much")).toEqual(terms("power how much"));
  });

  it("keeps 'expense' apart from 'expensive': an expense report is not a pricey deal", () => {
    expect(terms("expense report")[0]).not.toBe(terms("expensive")[0]);
  });

  it("drops contractions: 'doesn't' and 'they're' say nothing about the subject", () => {
    expect(terms("why doesn't oracle say, they're quiet")).toEqual(["why", ...terms("oracle"), "quiet"]);
  });

  it("returns only strings, even for words that name JavaScript object properties", () => {
    for (const word of ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "prototype"]) {
      for (const term of terms(`the ${word} of the deal`)) expect(typeof term, `${word} → ${String(term)}`).toBe("string");
    }
  });

  it("handles empty and junk input", () => {
    expect(terms("")).toEqual([]);
    expect(terms("?!… — ***")).toEqual([]);
  });
});

describe("spelled-out numbers", () => {
  it("reads amounts typed in words the same as in digits", () => {
    expectSameTerms([
      ["three hundred billion", "300 billion"],
      ["thirty bil?", "30bn"],
      ["four and a half gigawatts", "4.5 GW"],
      ["forty-nine percent", "49%"],
    ]);
    expect(normalizeText("one says fifty, another five hundred")).toBe("one says 50, another 500");
  });

  it("leaves a bare 'one' or 'a' alone: 'quick one' is not a number", () => {
    expect(normalizeText("hey bot, quick one")).toBe("hey bot, quick one");
    expect(normalizeText("half a billion")).toBe("half a billion");
  });
});

describe("names the news uses instead of company names", () => {
  it("reads 'the ChatGPT maker', 'the database giant' and 'the Redmond giant' as the companies", () => {
    expectSameTerms([
      ["what did the ChatGPT maker sign", "what did openai sign"],
      ["the database giant", "oracle"],
      ["does the Redmond giant still own a chunk", "does microsoft still own a chunk"],
      ["the Wall Street Journal story", "the wsj story"],
    ]);
  });

  it("reads those names with a possessive too: 'the database giant's stock' is Oracle's stock", () => {
    expectSameTerms([
      ["the database giant's stock", "oracle's stock"],
      ["the ChatGPT maker's deal", "openai's deal"],
    ]);
  });
});

describe("state codes and bare percent signs", () => {
  it("reads a capitalised state code as the state, but not 'oh' in lower case", () => {
    expect(terms("OH data center")).toEqual(terms("ohio data center"));
    expect(terms("TX site?")).toEqual(terms("texas site"));
    expect(terms("oh ok")).not.toContain("ohio");
  });

  it("reads a bare % as percent", () => {
    expect(terms("what % does microsoft own")).toContain("percent");
  });
});

describe("a short verb or noun in vowel + 'y'", () => {
  it.each([["pay", "paying", "pays", "paid"], ["buy", "buying", "buys", "bought"], ["day", "days"]])("'%s' is one term with its other forms", (word, ...forms) => {
    for (const form of forms) expect(plainTerm(form)).toBe(plainTerm(word));
  });

  it("keeps other short words as typed", () => {
    expect(plainTerm("gw")).toBe("gw");
    expect(plainTerm("why")).toBe("why");
  });
});
