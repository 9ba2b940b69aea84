import { describe, expect, it } from "vitest";
import { answerFacts, askedKind, Expectations, inferGives, type Unmet } from "../../src/core/expectation.js";
import { TextAnalyzer } from "../../src/core/text/analyzer.js";
import { fixtureKnowledge } from "../helpers/fixture-desk.js";

// Names and deal terms come from the (frozen) fixture lexicon, as they would from knowledge/lexicon.yaml.
const text = new TextAnalyzer(fixtureKnowledge().lexicon);
const expectations = new Expectations(text);

/** What an answer (on a card with no example questions or keywords) fails to give that the question asks for. */
function unmetExpectation(question: string, answer: string): Unmet {
  return expectations.unmet(question, answerFacts({ answer, questions: [], keywords: [] }, text));
}

/** 1 when the answer lacks the kind of fact the question asks for. */
function expectationMissed(question: string, answer: string): number {
  return unmetExpectation(question, answer).kind;
}

describe("what a question asks for", () => {
  it("reads amounts, counts, dates and places from the wording", () => {
    expect(askedKind("how much is the deal worth")).toBe("amount");
    expect(askedKind("how many GPUs are in abilene")).toBe("count");
    expect(askedKind("when does the contract start")).toBe("date");
    expect(askedKind("where are the data centers")).toBe("place");
    expect(askedKind("which WSJ reporter broke the story")).toBe("person");
    expect(askedKind("who heads softbank")).toBe("person");
    expect(askedKind("where does that leave microsoft")).toBeNull();
    expect(askedKind("who's in charge of the stargate project")).toBe("person");
    expect(askedKind("why did they pick oracle")).toBe("reason");
    expect(askedKind("is microsoft still involved")).toBeNull();
  });

  it("reads 'how many years' as a duration, a date as 'how long' is, and 'how many GPUs' as a count", () => {
    expect(askedKind("how many years is the contract for")).toBe("date");
    expect(askedKind("how many more months until it starts")).toBe("date");
    expect(askedKind("how many GPUs per year")).toBe("count");
  });

  it("reads a yes-or-no question as asking no figure, even when it names one or a size, unless it weighs figures", () => {
    expect(askedKind("has anyone confirmed the $300b number")).toBeNull();
    expect(askedKind("will contracts this size become common")).toBeNull();
    expect(askedKind("is it $30 billion or $300 billion")).toBe("amount");
    expect(askedKind("is it $30b or $300b")).toBe("amount");
    expect(askedKind("so how big is the deal")).toBe("amount");
  });

  it("reads a leading 'which/what <noun>' as asking for that noun, a later cue only setting the scene", () => {
    expect(askedKind("which industries gain the most from the extra capacity")).toBeNull();
    expect(askedKind("what price did they agree on")).toBe("amount");
    expect(askedKind("which year does the contract start")).toBe("date");
  });

  it("reads a 'when' clause that sets the scene before the question as asking no date", () => {
    expect(askedKind("when I ask chatgpt something, could the answer be computed in an oracle DC?")).toBeNull();
    expect(askedKind("remember when chatgpt was down constantly, is the extra compute meant to fix that")).toBeNull();
    expect(askedKind("when the deal starts, how many gw")).toBe("count");
    expect(askedKind("when, roughly, does it start")).toBe("date");
    expect(askedKind("when will we know")).toBe("date");
  });

  it("flags an answer that lacks the unit a number question names", () => {
    const gigawatts = "How many gigawatts does the Abilene site get?";
    expect(expectationMissed(gigawatts, "Abilene, Texas is the first site; seven other states follow.")).toBe(1);
    expect(expectationMissed(gigawatts, "Oracle adds 4.5 GW of capacity.")).toBe(0);
    const money = "how much is google's deal with openai worth";
    expect(expectationMissed(money, "OpenAI signed a cloud deal with Google in the spring of 2025.")).toBe(1);
    expect(expectationMissed(money, "Up to $300 billion over five years.")).toBe(0);
  });

  it("does not count a bare year as an amount", () => {
    expect(expectationMissed("how big is it", "It was announced in 2025.")).toBe(1);
    expect(expectationMissed("how big is it", "About a quarter of US data-center power.")).toBe(0);
  });

  it("wants a date for when and a place for where, and asks nothing of other questions", () => {
    expect(expectationMissed("when does it start", "Spending begins in 2027.")).toBe(0);
    expect(expectationMissed("when does it start", "Oracle supplies the compute.")).toBe(1);
    expect(expectationMissed("where are they building", "Texas, Ohio and six other states.")).toBe(0);
    expect(expectationMissed("is microsoft still involved", "Yes.")).toBe(0);
  });
});

describe("what an answer gives", () => {
  it("reads amounts, dates, places and people from the answer, and names through the lexicon", () => {
    expect([...inferGives("Up to $300 billion over five years.", text)]).toEqual(expect.arrayContaining(["amount", "count", "date"]));
    // "Abilene" gives a place only because the lexicon says it is one; no place word is in the sentence.
    expect(inferGives("Abilene first.", text).has("place")).toBe(true);
    expect(inferGives("Sam Altman signed it.", text).has("person")).toBe(true);
    expect(inferGives("Oracle supplies the compute.", text).has("place")).toBe(false);
    expect(inferGives("Oracle supplies the compute.", text).has("amount")).toBe(false);
  });

  it("reads a figure with the thing counted as a count ('100,000 GPUs', '230 MW', '350 people'), a year alone as a date only", () => {
    for (const answer of ["The site will house 100,000 Nvidia GPUs.", "The campus starts at 230 MW.", "It employs 350 people."]) {
      expect(inferGives(answer, text).has("count")).toBe(true);
    }
    expect(inferGives("The lease started in 2027.", text).has("count")).toBe(false);
    expect(expectationMissed("how many people does it employ", "It employs 350 people.")).toBe(0);
  });

  it("takes a card's declared kinds over what its answer seems to give", () => {
    const facts = answerFacts({ answer: "Oracle supplies the compute.", questions: [], keywords: [], gives: "date" }, text);
    expect(expectations.unmet("when does it start", facts).kind).toBe(0);
  });
});

describe("details no card may state", () => {
  it("wants the unit of measure a question names (acres, microseconds), not just any number", () => {
    expect(expectationMissed("how many acres is the abilene site", "Abilene, Texas is the first of the sites.")).toBe(1);
    expect(expectationMissed("latency in microseconds?", "OCI's RDMA network gives low latency.")).toBe(1);
    expect(expectationMissed("how many acres is it", "The campus covers 875 acres.")).toBe(0);
  });

  it("wants a day when the question asks for the exact day, not only a month or year", () => {
    expect(expectationMissed("what exact day did the WSJ publish it", "The WSJ reported it in September 2025.")).toBe(1);
    expect(expectationMissed("what exact day was it announced", "Announced on 10 June 2026.")).toBe(0);
  });

  it("wants a person's name when the question asks who holds a role", () => {
    expect(expectationMissed("which WSJ reporter broke the story", "The WSJ reported it; neither company commented.")).toBe(1);
    expect(expectationMissed("who wrote the inference article", "Alicia Shapiro wrote it.")).toBe(0);
    // A role mentioned in passing is not a question about a person.
    expect(expectationMissed("our CFO wants to try openai models, can we use our credits", "Yes, with Oracle Universal Credits.")).toBe(0);
  });

  it("reads what a person gets paid as asking a salary, and what a company gets paid as an amount", () => {
    const answer = "Sam Altman said Oracle's capacity is key; the deal is put at $300 billion.";
    expect(unmetExpectation("how much does sam altman get paid", answer).detail).toBe(1);
    expect(unmetExpectation("how much does sam altman make", answer).detail).toBe(1);
    expect(unmetExpectation("how much is oracle getting paid", answer).detail).toBe(0);
  });

  it("reads a market cap as money and an interest rate as a percentage", () => {
    expect(expectationMissed("oracle market cap after the pop?", "Oracle's shares jumped on the news.")).toBe(1);
    expect(expectationMissed("whats the interest rate on the contract", "Up to $300 billion over five years.")).toBe(1);
  });

  it("wants a deal term of several words said as such: 'valued at' is not met by 'the value … at'", () => {
    expect(unmetExpectation("how much is acme valued at", "The value of the deal stands at $30 billion.").detail).toBe(1);
    expect(unmetExpectation("how much is acme valued at", "Acme was valued at $30 billion in its last round.").detail).toBe(0);
  });
});

describe("how-many questions", () => {
  it("want a number next to the thing counted, not some other figure", () => {
    expect(expectationMissed("how many GPUs are in abilene", "Abilene is the first site, with 4.5 GW planned overall.")).toBe(1);
    expect(expectationMissed("how many GPUs are in abilene", "Current NVIDIA GPUs, in the thousands.")).toBe(0);
    expect(expectationMissed("over how many years", "Five years, from 2027.")).toBe(0);
    expect(expectationMissed("how many gigawatts", "4.5 GW of extra capacity.")).toBe(0);
  });

  it("read the unit counted in capitals as in lower case: 'how many GW' is met by '4.5 gigawatts (GW)'", () => {
    expect(expectationMissed("how many GW does acme get?", "Acme gets 4.5 gigawatts (GW) of capacity.")).toBe(0);
  });
});

describe("answers that say a detail is not given", () => {
  it("count as answering a question for that detail", () => {
    expect(expectationMissed("how much will api access cost", "Pricing and access terms are not announced yet.")).toBe(0);
    expect(expectationMissed("how many jobs exactly", "No firm count is given; the articles speak of thousands.")).toBe(0);
    expect(expectationMissed("how much will api access cost", "Developers will reach it through the API.")).toBe(1);
  });

  it("are marked as answering with that alone, apart from answers that give the detail", () => {
    expect(unmetExpectation("when will the site open", "Yes, the state is on the list; no opening date is given.").notGiven).toBe(1);
    expect(unmetExpectation("when will the site open", "The site opens in 2026; its size is not disclosed.").notGiven).toBe(0);
    expect(unmetExpectation("is the state on the list", "Yes, the state is on the list; no opening date is given.").notGiven).toBe(0);
  });

  it("but only for a detail they name: 'no consumption figure' does not answer how much water is used", () => {
    const answer = "A great deal of electricity; the articles give no exact consumption figure.";
    expect(unmetExpectation("how much water will the data centers use", answer).detail).toBe(1);
    expect(unmetExpectation("how much electricity will they use", answer).detail).toBe(0);
  });
});

describe("Expectations.unmet", () => {
  it("tells a missing precise detail (a person, the exact day, a unit) from a missing kind of fact", () => {
    expect(unmetExpectation("which WSJ reporter broke the story", "The WSJ reported it.")).toEqual({ kind: 1, detail: 1, notGiven: 0 });
    expect(unmetExpectation("when does it start", "Oracle supplies the compute.")).toEqual({ kind: 1, detail: 0, notGiven: 0 });
    expect(unmetExpectation("when does it start", "Spending begins in 2027.")).toEqual({ kind: 0, detail: 0, notGiven: 0 });
  });

  it("wants the role of the company asked about: OpenAI's CEO does not answer who Oracle's CEO is", () => {
    const answer = "OpenAI CEO Sam Altman said Oracle's chips are key.";
    expect(unmetExpectation("who is oracle's ceo", answer).detail).toBe(1);
    expect(unmetExpectation("who's the ceo of oracle", answer).detail).toBe(1);
    expect(unmetExpectation("what did openai's ceo say about oracle", answer).detail).toBe(0);
  });
});

describe("deal terms the answer must name", () => {
  it("does not take a card on the contract's size as an answer about its interest rate, penalty or financing", () => {
    const answer = "OpenAI agreed to buy up to $300 billion of Oracle compute over five years from 2027.";
    for (const q of ["whats the interest rate on the 300bn contract", "penalty if openai walks away?", "how is oracle financing the build-out", "any termination clause?"]) {
      expect(unmetExpectation(q, answer).detail, q).toBe(1);
    }
    expect(unmetExpectation("how big is the contract", answer).detail).toBe(0);
    expect(unmetExpectation("how much debt is oracle taking on", "Oracle is taking on debt, but no figure is reported.").detail).toBe(0);
  });

  it("takes its deal terms from the lexicon: with none listed, an interest-rate question asks no term of the answer", () => {
    const bare = new TextAnalyzer({ ...fixtureKnowledge().lexicon, details: [] });
    const answer = "OpenAI agreed to buy up to $300 billion of Oracle compute over five years from 2027.";
    const facts = answerFacts({ answer, questions: [], keywords: [] }, bare);
    expect(new Expectations(bare).unmet("penalty if openai walks away?", facts).detail).toBe(0);
    expect(unmetExpectation("penalty if openai walks away?", answer).detail).toBe(1);
  });

  it("does not take an announcement date for when a site goes live, or one business's revenue for the company's", () => {
    expect(unmetExpectation("when will abilene be fully up and running", "Abilene was announced in July 2025 as the first site.").detail).toBe(1);
    expect(unmetExpectation("when does the site come online", "The site is expected to be operational in 2026.").detail).toBe(0);
  });

  it("wants a company's total revenue, not one business's, when the lexicon lists 'total revenue' as a deal term", () => {
    const lexicon = fixtureKnowledge().lexicon;
    const withTotal = new TextAnalyzer({ ...lexicon, details: [...lexicon.details, "total revenue"] });
    const facts = answerFacts({ answer: "Oracle's data-center revenue is put at $10.3 billion.", questions: [], keywords: [] }, withTotal);
    expect(new Expectations(withTotal).unmet("oracle's total revenue, not just data centers", facts).detail).toBe(1);
    expect(new Expectations(withTotal).unmet("oracle's data center revenue", facts).detail).toBe(0);
  });

  it("finds a deal term the answer writes with a hyphen, or that a synonym folds into one word", () => {
    const lexicon = fixtureKnowledge().lexicon;
    const terms = new TextAnalyzer({ ...lexicon, details: [...lexicon.details, "breakup fee", "exchange ratio"], synonyms: { ...lexicon.synonyms, exchangeratio: ["exchange ratio", "swap ratio"] } });
    const check = new Expectations(terms);
    const fee = answerFacts({ answer: "Whether a break-up fee is owed was not disclosed.", questions: [], keywords: [] }, terms);
    expect(check.unmet("is there a breakup fee", fee).detail).toBe(0);
    const ratio = answerFacts({ answer: "The offer was a fixed exchange ratio of 0.1235 shares.", questions: [], keywords: [] }, terms);
    expect(check.unmet("what was the exchange ratio", ratio).detail).toBe(0);
    expect(check.unmet("is there a breakup fee", ratio).detail).toBe(1);
  });

  it("wants a reaction asked of someone reported as theirs: Altman's quote answers Altman, not Nadella or Musk", () => {
    const quote = "OpenAI CEO Sam Altman said Oracle's chips are key to its scaling.";
    expect(unmetExpectation("what did altman say about oracle", quote).detail).toBe(0);
    expect(unmetExpectation("what did nadella say about the deal", quote).detail).toBe(1);
    expect(unmetExpectation("did elon react to the deal", "xAI, Elon Musk's AI company, is also an Oracle customer.").detail).toBe(1);
    expect(unmetExpectation("is elon involved", "xAI, Elon Musk's AI company, is also an Oracle customer.").detail).toBe(0);
  });

  it("wants a model version asked about on OCI named in the answer", () => {
    const answer = "Yes: OCI customers can use OpenAI's models, including GPT-5, through the OCI Generative AI service.";
    expect(unmetExpectation("is gpt-4o on oci?", answer).detail).toBe(1);
    expect(unmetExpectation("is GPT5 on oracle cloud yet", answer).detail).toBe(0);
    // A quarter or a fiscal year is not a model version.
    expect(unmetExpectation("what did oracle report for q3 fy26", "Oracle reported strong cloud growth.").detail).toBe(0);
  });

  it("reads a model's plural as the model: 'gb300s' asks about the GB300 the answer names", () => {
    const answer = "The racks are Nvidia GB300 systems.";
    expect(unmetExpectation("gb300s in the racks?", answer).detail).toBe(0);
    expect(unmetExpectation("h100s in the racks?", answer).detail).toBe(1);
  });

  it("wants the payment schedule, the cloud regions, the earnings call or the tweet asked about, not the deal's headline", () => {
    const answer = "OpenAI agreed to buy up to $300 billion of Oracle compute over five years from 2027.";
    for (const q of ["is the 300b paid upfront or monthly", "which utility supplies the power", "what's the payment schedule", "which OCI regions get the models", "what did ellison say on the earnings call", "did altman tweet about it"]) {
      expect(unmetExpectation(q, answer).detail, q).toBe(1);
    }
    expect(unmetExpectation("which OCI regions get the models", "The models run in every OCI region.").detail).toBe(0);
    // In any form: "protesting" asks about protests, and "protesters" in the answer names them.
    expect(unmetExpectation("are locals protesting the site", answer).detail).toBe(1);
    expect(unmetExpectation("are locals protesting the site", "Protesters gathered at the site.").detail).toBe(0);
    // Short terms take no endings: "slack" is not "SLA".
    expect(unmetExpectation("is there slack in the schedule", answer).detail).toBe(0);
  });
});

describe("askedKind: the earliest cue wins", () => {
  it("reads 'why … when …' as asking for a reason, and 'when … how much' as asking for a date", () => {
    expect(askedKind("why would openai go with amd when everyone runs on nvidia")).toBe("reason");
    expect(askedKind("when does it start and how much is it")).toBe("date");
    expect(askedKind("how much is it, and when does it start")).toBe("amount");
  });
});
