import { describe, expect, it } from "vitest";
import { createConversation } from "../../../src/core/conversation/conversation.js";
import { elaborates, isFullQuestion, splitCandidates, withoutRemark } from "../../../src/core/conversation/split-questions.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

/** The candidates' part lists, and which of them the writer marked apart. */
const partsOf = (text: string) => splitCandidates(text).map((c) => c.parts);
const explicitPartsOf = (text: string) => splitCandidates(text).filter((c) => c.explicit).map((c) => c.parts);

describe("splitCandidates: how people join questions", () => {
  it.each([
    ["line breaks", "how much is it worth\nwhere is the site", ["how much is it worth", "where is the site"]],
    ["a dashed list", "- how much is it worth\n- where is the site", ["how much is it worth", "where is the site"]],
    ["a bulleted list", "• how much is it worth\n• where is the site", ["how much is it worth", "where is the site"]],
    ["an inline bulleted list", "• how much is it worth • where is the site", ["how much is it worth", "where is the site"]],
    ["a numbered list with )", "1) how much is it worth 2) where is the site", ["how much is it worth", "where is the site"]],
    ["a numbered list with .", "1. how much is it worth\n2. where is the site", ["how much is it worth", "where is the site"]],
    ["question marks", "how much is it worth? where is the site?", ["how much is it worth?", "where is the site?"]],
    ["a question mark with no space after", "how much is it worth?where is the site?", ["how much is it worth?", "where is the site?"]],
    ["a doubled question mark", "is it 30b or 300b?? and how long does it run", ["is it 30b or 300b??", "and how long does it run"]],
    ["semicolons", "how much is it worth; where is the site", ["how much is it worth", "where is the site"]],
    ["a numbered list after a lead-in", "few qs before my call: 1) how much is it worth 2) where is the site", ["how much is it worth", "where is the site"]],
  ])("%s are marked apart by the writer", (_shape, text, parts) => {
    expect(explicitPartsOf(text)).toContainEqual(parts);
  });

  it.each([
    ["and", "how much is it worth and where is the site?", ["how much is it worth", "where is the site?"]],
    [", and", "how much is it worth, and who signed it?", ["how much is it worth", "who signed it?"]],
    ["also", "how much is it worth also when does it start", ["how much is it worth", "when does it start"]],
    ["plus", "who are the partners plus how many jobs", ["who are the partners", "how many jobs"]],
    ["+", "what's the upside + how much do they make", ["what's the upside", "how much do they make"]],
    ["+ then a fragment", "acme budget + over how many years is that", ["acme budget", "over how many years is that"]],
    ["&", "is it green & what even is the project", ["is it green", "what even is the project"]],
    ["as well as", "how much is it worth as well as where is the site", ["how much is it worth", "where is the site"]],
    ["and then", "when does it start and then how long does it run", ["when does it start", "how long does it run"]],
    ["a fragment after a comma", "what's in it for developers, and for end users?", ["what's in it for developers", "for end users?"]],
  ])("'%s' between two questions splits", (_shape, text, parts) => {
    expect(partsOf(text)).toContainEqual(parts);
  });

  it("a full stop before a question word ends one question and starts the next; one inside a figure does not", () => {
    expect(explicitPartsOf("what even is the project. how many yrs is the spending spread over")).toContainEqual(["what even is the project", "how many yrs is the spending spread over"]);
    expect(partsOf("is it 4.5 gw or 4.5 gigawatts").flat()).not.toContain("5 gw or 4");
  });

  it("'X. Y too?' asks the question before of Y; ', gonna …?' starts a question of its own", () => {
    expect(explicitPartsOf("does mgx have a role. nvidia too?")).toContainEqual(["does mgx have a role.", "nvidia too?"]);
    expect(explicitPartsOf("is this the biggest cloud deal in history, gonna see more like it?")).toContainEqual(["is this the biggest cloud deal in history", "gonna see more like it?"]);
  });

  it("'…in A, one in B, and one in C?' asks the question of each", () => {
    expect(explicitPartsOf("is there a plant in ohio, one in texas, and one in utah?")).toContainEqual(["is there a plant in ohio", "in texas", "in utah"]);
  });

  it("asks the questions after '3 qs for the X thing:' also of X", () => {
    expect(partsOf("2 qs about the plant: how much does it cost, and who runs it")).toContainEqual(["how much does the plant cost", "who runs the plant"]);
    expect(partsOf("ok 2 qs for the x thing: do we need a vendor, how do we pay")).toContainEqual(["do we need a vendor for the x thing?", "how do we pay for the x thing?"]);
  });

  it("reads 'whats acme', typed without its apostrophe, as a question of its own", () => {
    expect(isFullQuestion("whats acme")).toBe(true);
    expect(isFullQuestion("what's acme")).toBe(true);
    expect(isFullQuestion("acme")).toBe(false);
  });

  it("drops a remark after the one question ('…? need it for a slide')", () => {
    expect(withoutRemark("how big is the plant? need it for a slide")).toBe("how big is the plant?");
    expect(withoutRemark("how big is the plant? where is it")).toBeNull();
    expect(withoutRemark("how big is the plant?")).toBeNull();
  });

  it("'X. also Y?' and 'X? + Y' ask the question before of Y", () => {
    expect(explicitPartsOf("is there a plant in ohio. also texas?")).toContainEqual(["is there a plant in ohio.", "texas?"]);
    expect(explicitPartsOf("anything in ohio? + texas")).toContainEqual(["anything in ohio?", "texas?"]);
  });

  it("'for A, for B, for C' asks the question of each", () => {
    expect(explicitPartsOf("what does this mean for devs, for students, for companies?")).toContainEqual(["what does this mean for devs", "for students", "for companies"]);
  });

  it("'when+where was …' is one question: a '+' between two question words joins them", () => {
    const parts = partsOf("when did it start, when+where was the expansion announced, and who signed it");
    expect(parts).toContainEqual(["when did it start", "when+where was the expansion announced", "who signed it"]);
    expect(parts.flat()).not.toContain("when");
  });

  it("a handle typed at the start of a part is not part of the question", () => {
    expect(partsOf("@dealdesk what kinda jobs, how many, and how does it tie into manufacturing")[0]?.[0]).toBe("what kinda jobs");
  });

  it("'and what about X' after a question is marked apart", () => {
    expect(explicitPartsOf("how much is it worth and what about the jobs")).toContainEqual(["how much is it worth", "what about the jobs"]);
  });

  it("a bare question word after 'and' is marked apart, to be read with the question before", () => {
    expect(explicitPartsOf("how much is the deal worth and when?")).toContainEqual(["how much is the deal worth", "when?"]);
  });

  it("'what about A or B' asks about each name", () => {
    expect(partsOf("anything going up in ohio? what about PA or wyoming")).toContainEqual(["anything going up in ohio?", "what about PA?", "what about wyoming?"]);
  });

  it("a topic put first ('for X, Y?') is read as one question about it", () => {
    expect(partsOf("how much is it worth? also, for the project, who are the partners?")).toContainEqual(["how much is it worth?", "who are the partners for the project?"]);
  });

  it("drops greetings and thanks around the questions instead of asking them", () => {
    expect(explicitPartsOf("hey!\nhow much is it worth?\nwhere is the site?\nthanks!")).toContainEqual(["how much is it worth?", "where is the site?"]);
    expect(explicitPartsOf("how much is it worth? where is the site? thanks!")).toContainEqual(["how much is it worth?", "where is the site?"]);
  });

  it.each([
    ["two things: 1. how much is it worth 2. is it confirmed", ["how much is it worth", "is it confirmed"]],
    ["couple of questions -\n- how much is it worth\n- where is the site", ["how much is it worth", "where is the site"]],
    ["quick q: who are the partners? how many jobs?", ["who are the partners?", "how many jobs?"]],
  ])("an opening that announces the questions is not asked (%s)", (text, parts) => {
    expect(explicitPartsOf(text)).toContainEqual(parts);
  });

  it("a remark after the question mark is not asked, a question worded as 'I wonder…' is", () => {
    expect(partsOf("30b or 300b?? i keep seeing both numbers and it's driving me nuts")).toEqual([]);
    expect(partsOf("how much is it worth? i wonder where the site is")).toContainEqual(["how much is it worth?", "i wonder where the site is"]);
  });

  it.each([
    "what's the deal between acme and globex worth?",
    "is acme and globex working together on this?",
    "how much is it worth",
    "price/performance of the gpus, in dollars",
  ])("never splits one question (%s)", (text) => {
    expect(partsOf(text)).toEqual([]);
  });
});

describe("a part that only says more of the question before it", () => {
  it("stays with that question ('is it a lot?? like vs the whole country')", () => {
    const parts = partsOf("is 4.5gw a lot?? like vs all the power in the country");
    expect(parts).not.toContainEqual(["is 4.5gw a lot??", "like vs all the power in the country"]);
  });
});

describe("a last word or two after ', and'", () => {
  it("is offered as a part of its own, read with the question before ('…, and michigan?')", () => {
    expect(partsOf("anything planned in new mexico for stargate, and michigan?")).toContainEqual(["anything planned in new mexico for stargate", "michigan?"]);
    // A bare question word is split as before, not as a name.
    expect(partsOf("how much is it worth, and when?")).not.toContainEqual(["how much is it worth", "when??"]);
  });
});

describe("splitCandidates: a topic put first", () => {
  it("'Acme's six-year deal with Globex, when does it begin' is one question about the deal, never the bare topic and an 'it' of its own", () => {
    expect(partsOf("acme's six year deal with globex, when does it begin")).toEqual([]);
  });

  it("a first part that asks something still splits ('how much is it worth, when does it start')", () => {
    expect(partsOf("how much is it worth, when does it start")).toContainEqual(["how much is it worth", "when does it start"]);
  });
});

describe("a ' + ' between two asks", () => {
  it("marks them apart as the writer's list: 'stargate budget + how many yrs'", () => {
    expect(explicitPartsOf("stargate budget + how many yrs")).toContainEqual(["stargate budget", "how many yrs"]);
  });
});

describe("a part that only gives examples of the one before", () => {
  it.each(["cooling know-how, efficiency, that kind of thing?", "just hard hats or also engineers?", "like gpus or cpus?", "jobs, taxes etc?"])("'%s' elaborates", (part) => {
    expect(elaborates(part)).toBe(true);
  });

  it.each(["and what kind of jobs?", "is it just texas or also ohio?", "what about taxes", "how many jobs"])("'%s' is a question of its own", (part) => {
    expect(elaborates(part)).toBe(false);
  });

  it("keeps a message of a question and its examples one question", () => {
    const reply = createConversation(fixtureDesk()).reply({ text: "what kinda roles tho? just hard hats or also engineers?" });
    expect(reply.kind).toBe("fact");
  });
});
