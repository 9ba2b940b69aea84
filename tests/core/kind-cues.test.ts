import { describe, expect, it } from "vitest";
import { CUED_PATTERNS } from "../../src/core/expectation.js";
import { CUE_NUMBER, CUE_PLACE, CUE_REASON, CUE_TIME, cuesOf } from "../../src/core/kind-cues.js";
import { fixtureKnowledge } from "../helpers/fixture-desk.js";

const kb = fixtureKnowledge();

/** Every word of the patterns' alternatives, as the cue lists should know them. */
const patternWords = CUED_PATTERNS.flatMap(([re]) => re.source.match(/[a-z]{2,}/g) ?? []);

describe("answer-kind cues", () => {
  it("are set for every text a pattern matches: answers, questions, and each pattern word in any case and setting", () => {
    const texts = [
      ...kb.cards.flatMap((c) => [c.answer, ...c.questions]),
      ...patternWords.flatMap((w) => [w, `${w.toUpperCase()}!`, `The ${w[0]!.toUpperCase()}${w.slice(1)}'s`, `x'${w} y`, `a ${w}_b`, `(${w})`, `${w} for more`]),
      "$30 billion",
      "4.5 GW by 2026",
      "eight states",
      "Mr. Smith said",
      "in order to grow",
      "driven by demand",
      "naïve café über",
    ];
    for (const text of texts) {
      for (const [pattern, cue] of CUED_PATTERNS) if (pattern.test(text)) expect(cuesOf(text) & cue, `${pattern.source.slice(0, 30)} on ${text}`).not.toBe(0);
    }
  });

  it("are not set for a text without the words, so its patterns are not tested", () => {
    expect(cuesOf("the plan is approved by the board")).toBe(0);
    expect(cuesOf("the sites were chosen") & CUE_PLACE).not.toBe(0);
    expect(cuesOf("statesman tenancies") & (CUE_PLACE | CUE_NUMBER | CUE_TIME | CUE_REASON)).toBe(0);
  });
});
