import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, confidenceOf, type Features } from "../../src/core/confidence.js";
import { chooseBands, fitLogistic, type Example } from "../../src/eval/fit-calibration.js";

const featuresWith = (overrides: Partial<Features>): Features =>
  ({ ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0.5])), ...overrides }) as Features;

/** 80 examples: right when likeness is high, except a third of those that are wrong anyway. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 80; i++) {
    const likeness = (i % 10) / 10;
    const correct = likeness >= 0.5 && i % 6 !== 0;
    out.push({ features: featuresWith({ likeness }), correct, inScope: true });
  }
  return out;
}

describe("fitLogistic", () => {
  const model = fitLogistic(examples());
  const calibration = { ...model, answerAt: 0.7, unsureAt: 0.4 };

  it("learns that a feature which tells right from wrong raises confidence", () => {
    expect(model.weights.likeness).toBeGreaterThan(1);
    expect(confidenceOf(featuresWith({ likeness: 0.9 }), calibration)).toBeGreaterThan(confidenceOf(featuresWith({ likeness: 0.1 }), calibration));
  });

  it("gives no weight to a feature that never varies: the bias carries it", () => {
    expect(Math.abs(model.weights.coverage)).toBeLessThan(0.01);
  });
});

describe("chooseBands", () => {
  it("puts the no-answer cut between the out-of-scope and in-scope confidences, and answers above it", () => {
    const scored = [
      ...[0.1, 0.2, 0.25].map((confidence) => ({ confidence, correct: false, inScope: false })),
      ...[0.6, 0.7, 0.8, 0.9].map((confidence) => ({ confidence, correct: true, inScope: true })),
    ];
    const bands = chooseBands(scored);
    expect(bands.unsureAt).toBeGreaterThan(0.25);
    expect(bands.unsureAt).toBeLessThanOrEqual(0.6);
    expect(bands.answerAt).toBeGreaterThan(bands.unsureAt);
  });

  it("takes the cut that keeps the most in-scope answers plus declined off-topic questions", () => {
    const scored = [
      ...[0.35, 0.6, 0.7, 0.8, 0.9].map((confidence) => ({ confidence, correct: true, inScope: true })),
      ...[0.1, 0.2, 0.3, 0.4, 0.5].map((confidence) => ({ confidence, correct: false, inScope: false })),
    ];
    // Above 0.5 and up to 0.6: four in five in-scope answers kept and every off-topic question declined;
    // keeping the fifth (a cut at 0.35) would let two off-topic questions through.
    const { unsureAt } = chooseBands(scored);
    expect(unsureAt).toBeGreaterThan(0.5);
    expect(unsureAt).toBeLessThanOrEqual(0.6);
  });

  it("takes the middle of a wide flat stretch, not a two-question bump at its edge", () => {
    // From 0.11 to 0.70 every cut keeps as many in-scope answers as it lets off-topic questions through; an
    // off-topic question at 0.70 and two in-scope ones at 0.72 make 0.71 and 0.72 the best single cuts by a hair.
    const scored = [
      ...Array.from({ length: 40 }, (_, i) => ({ confidence: 0.3 + i / 100, correct: true, inScope: true })),
      ...Array.from({ length: 10 }, () => ({ confidence: 0.72, correct: true, inScope: true })),
      ...Array.from({ length: 31 }, () => ({ confidence: 0.95, correct: true, inScope: true })),
      ...Array.from({ length: 40 }, (_, i) => ({ confidence: 0.305 + i / 100, correct: false, inScope: false })),
      { confidence: 0.7, correct: false, inScope: false },
      ...Array.from({ length: 40 }, () => ({ confidence: 0.1, correct: false, inScope: false })),
    ];
    const { unsureAt } = chooseBands(scored);
    expect(unsureAt).toBeGreaterThan(0.2);
    expect(unsureAt).toBeLessThan(0.6);
  });
});
