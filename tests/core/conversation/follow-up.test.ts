import { describe, expect, it } from "vitest";
import { leansOnPrevious, readFollowUp, subjectOf } from "../../../src/core/conversation/follow-up.js";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";

const reader = new TextAnalyzer(fixtureKnowledge().lexicon);

/** The subject a follow-up's "it" or "and when?" is read with: it shows in "(reading this as: …)". */
describe("the subject of a question", () => {
  it.each([
    ["what is stargate anyway", "stargate"],
    ["how much is the deal worth, exactly", "the deal"],
    ["when does the contract start", "the contract"],
    ["is this the biggest cloud deal in history", "the biggest cloud deal"],
    ["where r the stargate sites being built", "the stargate sites"],
    ["give me the short version of the oracle deal", "the oracle deal"],
    ["why 4.5 gw specifically, seems random", "4.5 gw"],
    ["where and when was the acme expansion announced", "the acme expansion"],
    ["the acme expansion - when was it announced?", "the acme expansion"],
    ["how much $$ is acme?", "acme"],
    ["what even is stargate", "stargate"],
    ["wtf is stargate", "stargate"],
    ["what's stargate in a nutshell", "stargate"],
    ["how much is the plant gonna cost overall", "the plant"],
    ["when does the big contract kick in", "the big contract"],
    ["how much does it cost stargate?", "stargate"],
    ["how long does stargate last?", "stargate"],
    ["can our team use oai models thru oci", "oai models thru oci"],
    ["why is it 4.5 gigawatts?", "4.5 gigawatts"],
    ["why is it the first site?", "the first site"],
    ["how would we pay for gpt models through oci?", "gpt models through oci"],
    ["how do we pay for the models", "the models"],
  ])("%s → %s", (question, subject) => {
    expect(subjectOf(question)).toBe(subject);
  });
});

describe("'X too?' asks the question before of X", () => {
  it.each(["nvidia too?", "and nvidia as well"])("%s leans on the question before, read without the 'too'", (text) => {
    expect(leansOnPrevious(text, reader)).toBe(true);
    const reading = readFollowUp(text, "does mgx have a role", reader);
    expect(reading.kind === "rewrite" && reading.question).toMatch(/nvidia/);
    expect(reading.kind === "rewrite" && reading.question).not.toMatch(/\btoo\b|as well/);
  });
});

describe("a bare question word leans on the question before", () => {
  it.each(["when?", "since when?", "and where exactly?", "how many?"])("%s is read with the previous question's subject", (text) => {
    expect(leansOnPrevious(text, reader)).toBe(true);
    const reading = readFollowUp(text, "how much is the contract worth", reader);
    expect(reading.kind === "rewrite" && reading.question).toContain("the contract");
  });
});

describe("a bare question word after a question whose verb follows its question word", () => {
  it("swaps the question word, keeping the verb: 'where was it announced?' + 'and when?'", () => {
    const reading = readFollowUp("and when?", "where was the 4.5gw expansion announced", reader);
    expect(reading.kind === "rewrite" && [reading.question, ...(reading.others ?? [])]).toContain("when was the 4.5gw expansion announced?");
  });
});

describe("a question with a single word of substance", () => {
  it("leans on the thread weakly, however many small words it has", () => {
    expect(leansOnPrevious("what hardware are we talking", reader)).toBe("weakly");
    expect(leansOnPrevious("what hardware does the abilene site run on", reader)).toBe(false);
  });

  it("counts question words as no substance: 'how do we pay' leans weakly, 'how do we pay for gpus in texas' not", () => {
    expect(leansOnPrevious("how do we pay", reader)).toBe("weakly");
    expect(leansOnPrevious("how do we pay for gpus in texas", reader)).toBe(false);
  });
});

describe("a pronoun next to a name the follow-up gives", () => {
  it("stands for the other party of the question before, not for that name", () => {
    expect(leansOnPrevious("how much of oai do they own again", reader)).toBe("weakly");
    const reading = readFollowUp("how much of oai do they own again", "does microsoft have anything to do with the oracle deal", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("how much of oai do microsoft own again?");
  });
  it("reads 'so does <name> change any of that?' with the thread: 'that' is what was asked before", () => {
    expect(leansOnPrevious("so would the oracle deal alter any of that?", reader)).toBe("weakly");
    expect(leansOnPrevious("so is oracle the bigger partner now?", reader)).toBe(false);
  });
  it("leaves a follow-up that names its subject and has no pronoun alone", () => {
    expect(leansOnPrevious("how much of oai does microsoft own", reader)).toBe(false);
  });
});

describe("a demonstrative before a measure", () => {
  it("is a measure ('contracts this size'), while 'that' alone stands for the subject", () => {
    const sized = readFollowUp("will we see more contracts this size?", "how much is the contract worth", reader);
    expect(sized.kind === "rewrite" && sized.question).toContain("contracts this size");
    const pointed = readFollowUp("is that confirmed?", "how much is the contract worth", reader);
    expect(pointed.kind === "rewrite" && pointed.question).toContain("the contract");
  });
});

describe("a subject that is a clause", () => {
  it("stands as the names it gives, once: 'it' and 'its' are not read again inside the subject put in", () => {
    const reading = readFollowUp("is all of it inside the us?", "where is stargate building its sites", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("is all of stargate inside the us?");
  });
});

describe("a follow-up after a follow-up", () => {
  it("is read with what the one before was read with, not 'regarding … regarding …'", () => {
    const reading = readFollowUp("and which one's first?", "what about new mexico regarding the stargate sites?", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("which one's first regarding the stargate sites?");
  });

  it("that gave a subject of its own naming nothing is read with the name it was read with ('the budget' of stargate)", () => {
    const reading = readFollowUp("how many years", "what's the budget regarding the stargate consortium?", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("how many years regarding the budget of the stargate consortium?");
  });

  it("that gave a subject of its own is read with that subject ('and when does the big contract start?')", () => {
    const reading = readFollowUp("how long does it run", "when does the big contract start regarding acme using oracle?", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("how long does the big contract run?");
  });
});

describe("'what kind?' after 'what about X?'", () => {
  it("asks the kinds of X, the thing just turned to, not of the subject before it", () => {
    const reading = readFollowUp("what kind tho", "what about jobs regarding stargate trying to achieve?", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("what kind of jobs?");
  });
});

describe("a time phrase after a question", () => {
  it("is added to the question before ('and after this deal?')", () => {
    const reading = readFollowUp("and after this deal?", "what's oracle's data center revenue in 2025", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("what's oracle's data center revenue in 2025 after this deal?");
  });
});

describe("a question about the figure just given", () => {
  it("asks the question before again with it ('is that an actual number or a projection?')", () => {
    const reading = readFollowUp("is that an actual number or a projection?", "how much does oracle make from data centers", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("how much does oracle make from data centers: is that an actual number or a projection?");
  });
  it("leaves 'is that the biggest ever?' to stand for the subject", () => {
    const reading = readFollowUp("is that the biggest ever?", "how much is the deal worth", reader);
    expect(reading.kind === "rewrite" && reading.question).toContain("the deal");
  });
});

describe("a name asked the same of", () => {
  it("takes the place of the whole name before it, not one of its words ('new mexico' → 'michigan', never 'new michigan')", () => {
    const reading = readFollowUp("and michigan?", "anything planned in new mexico for stargate", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("anything planned in michigan for stargate?");
  });
});

describe("'they're' typed without its apostrophe", () => {
  it("'but theyre on a bunch of clouds now' is read with the company asked about before", () => {
    const reading = readFollowUp("but theyre on a bunch of clouds now right", "is oai leaving azure for oracle", reader);
    expect(reading.kind === "rewrite" && reading.question).toMatch(/^oai is on a bunch of clouds/);
  });
});

describe("a contraction standing for the subject", () => {
  it("reads 'what if they're late?' with the subject and its verb apart, not 'the contract're'", () => {
    const reading = readFollowUp("what if they're late?", "when does the contract start", reader);
    expect(reading.kind === "rewrite" && reading.question).toBe("what if the contract are late?");
  });
});
