import { FEATURE_NAMES, type Calibration, type Features } from "../core/confidence.js";

export interface Example {
  features: Features;
  correct: boolean;
  inScope: boolean;
}

/** Logistic regression by gradient descent with a little L2, so a few hundred examples cannot push weights to extremes. */
export function fitLogistic(examples: Example[], iterations = 4000, rate = 0.3, l2 = 0.002): Pick<Calibration, "bias" | "weights"> {
  const w = new Array<number>(FEATURE_NAMES.length).fill(0);
  let bias = 0;
  const x = examples.map((e) => FEATURE_NAMES.map((name) => e.features[name]));
  const y = examples.map((e) => (e.correct ? 1 : 0));
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(w.length).fill(0);
    let gradBias = 0;
    x.forEach((row, i) => {
      const z = bias + row.reduce((s, v, j) => s + v * w[j]!, 0);
      const error = 1 / (1 + Math.exp(-z)) - y[i]!;
      gradBias += error;
      row.forEach((v, j) => (grad[j]! += error * v));
    });
    bias -= (rate * gradBias) / x.length;
    w.forEach((_, j) => (w[j] = w[j]! - rate * (grad[j]! / x.length + l2 * w[j]!)));
  }
  const weights = Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, round(w[j]!)])) as Calibration["weights"];
  return { bias: round(bias), weights };
}

/**
 * Bands: `unsureAt` maximises in-scope accuracy plus out-of-scope abstention;
 * `answerAt` is the lowest cut at least 0.1 above it where at least 95% of answers are right.
 */
export function chooseBands(scored: { confidence: number; correct: boolean; inScope: boolean }[]): Pick<Calibration, "answerAt" | "unsureAt"> {
  const inScope = scored.filter((s) => s.inScope);
  const outScope = scored.filter((s) => !s.inScope);
  let unsureAt = 0.3;
  let best = -1;
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    const acc = inScope.filter((s) => s.correct && s.confidence >= t).length / Math.max(1, inScope.length);
    const abst = outScope.filter((s) => s.confidence < t).length / Math.max(1, outScope.length);
    if (acc + abst > best + 1e-9) {
      best = acc + abst;
      unsureAt = t;
    }
  }
  // Keep a real middle band, so that "did you mean" has room to appear.
  let answerAt = Math.max(unsureAt + 0.1, 0.5);
  for (let t = answerAt; t <= 0.951; t += 0.01) {
    const given = scored.filter((s) => s.confidence >= t);
    answerAt = t;
    if (given.length && given.filter((s) => s.correct).length / given.length >= 0.95) break;
  }
  return { unsureAt: round(unsureAt, 2), answerAt: round(answerAt, 2) };
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
