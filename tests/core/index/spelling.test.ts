import { describe, expect, it } from "vitest";
import { SpellingCorrector } from "../../../src/core/index/spelling.js";

const known = new Map<string, number>([
  ["oracle", 40],
  ["the", 100],
  ["deal", 30],
  ["worth", 12],
  ["stargate", 25],
  ["infrastructure", 6],
  ["card", 9],
  ["cart", 1],
  ["abilene", 4],
]);

describe("SpellingCorrector", () => {
  const speller = new SpellingCorrector(known);

  it("keeps known words", () => {
    expect(speller.has("oracle")).toBe(true);
    expect(speller.correct("oracle")).toBe("oracle");
  });

  it("corrects one typo to the word meant", () => {
    expect(speller.correct("oracel")).toBe("oracle");
    expect(speller.correct("wroth")).toBe("worth");
    expect(speller.correct("stragate")).toBe("stargate");
    expect(speller.correct("abilne")).toBe("abilene");
  });

  it("corrects two typos in a long word", () => {
    expect(speller.correct("infrastucure")).toBe("infrastructure");
  });

  it("prefers the more frequent word when two are equally close", () => {
    expect(speller.correct("carx")).toBe("card");
  });

  it("among equally close words, keeps the first letter, however frequent the other ('wisco' is 'wisc', not 'cisco')", () => {
    const speller = new SpellingCorrector(new Map([["cisco", 50], ["wisc", 2]]));
    expect(speller.correct("wisco")).toBe("wisc");
  });

  it("does not read a longer word as a known word with two letters added ('linkedin' is not 'linked')", () => {
    const speller = new SpellingCorrector(new Map([["linked", 3], ["infrastructure", 2]]));
    expect(speller.correct("linkedin")).toBeNull();
    expect(speller.correct("infrastructurs")).toBe("infrastructure");
    expect(new SpellingCorrector(new Map([["campus", 3]])).correct("campuses")).toBe("campus");
  });

  it("accepts only a letter swap for three-letter words", () => {
    expect(speller.correct("teh")).toBe("the");
    expect(speller.correct("thx")).toBeNull();
  });

  it("returns null for words that are nowhere near a known word", () => {
    expect(speller.correct("banana")).toBeNull();
    expect(speller.correct("weather")).toBeNull();
    expect(speller.correct("orcale")).toBe("oracle");
    expect(speller.correct("orxxle")).toBeNull();
  });

  it("leaves numbers and very short words alone", () => {
    expect(speller.correct("300")).toBeNull();
    expect(speller.correct("ab")).toBeNull();
  });
});
