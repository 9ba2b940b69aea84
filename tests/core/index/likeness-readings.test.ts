import { describe, expect, it } from "vitest";
import { likenessReadings } from "../../../src/core/index/likeness-readings.js";
import { likeness, trigramsOf } from "../../../src/core/index/trigrams.js";

const words = (t: string) => t.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const example = trigramsOf("what does acme get out of it");

describe("likeness readings", () => {
  it("reads a question without its chat filler, as close to the example as the plain question", () => {
    const readings = likenessReadings("lol what does acme get out of it tho", words);
    const best = Math.max(...readings.map((r) => r.share * likeness(r.grams, example)));
    expect(best).toBe(1);
  });

  it("reads each clause of a longer message, each counting for less than the whole", () => {
    const readings = likenessReadings("ok so my boss asked me this, what does acme get out of it", words);
    const clauses = readings.filter((r) => r.share < 1);
    expect(clauses.length).toBe(2);
    const best = Math.max(...clauses.map((r) => r.share * likeness(r.grams, example)));
    expect(best).toBeGreaterThan(0.5);
    expect(best).toBeLessThan(1);
  });

  it("spells out chat spellings ('r' for 'are'), as example questions are written", () => {
    const readings = likenessReadings("which states r getting acme sites", words);
    const best = Math.max(...readings.map((r) => likeness(r.grams, trigramsOf("which states are getting acme sites"))));
    expect(best).toBe(1);
  });

  it("adds nothing for a short plain question", () => {
    expect(likenessReadings("what does acme get", words)).toEqual([]);
  });
});
