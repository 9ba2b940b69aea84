import type { EvalItem } from "./eval-set.js";

/** One system's verdict on one eval question. */
export interface Prediction {
  card: string | null;
  abstained: boolean;
  confidence: number;
  sources: string[];
}

export interface Metrics {
  inScopeAccuracy: number;
  strictAccuracy: number;
  outOfScopeAbstention: number;
  nearMissAbstention: number;
  sourceAccuracy: number;
  /** Of the replies given as answered (not unsure), in or out of scope, the share with a right card. */
  answeredPrecision: number;
  ece: number;
}

/**
 * in-scope accuracy: not abstained and the best card is an expected one;
 * abstention: out-of-scope questions the system declined;
 * source accuracy: of in-scope answers given, how many cite exactly an expected card's articles;
 * ECE: 10 equal-width bins of confidence against "the best card is right".
 */
export function computeMetrics(items: EvalItem[], predictions: Prediction[], sourcesOf: (card: string) => string[], answered: (p: Prediction) => boolean): Metrics {
  const inScope = items.map((item, i) => ({ item, p: predictions[i]! })).filter((x) => x.item.kind === "in-scope");
  const outScope = items.map((item, i) => ({ item, p: predictions[i]! })).filter((x) => x.item.kind !== "in-scope");
  const right = (x: { item: EvalItem; p: Prediction }) => x.p.card !== null && x.item.expected.includes(x.p.card);
  const given = inScope.filter((x) => !x.p.abstained);
  const sameSources = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, hits: 0 }));
  items.forEach((item, i) => {
    const p = predictions[i]!;
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))]!;
    bin.n++;
    bin.conf += p.confidence;
    bin.hits += p.card !== null && item.expected.includes(p.card) ? 1 : 0;
  });
  const ece = bins.reduce((sum, b) => sum + (b.n ? (b.n / items.length) * Math.abs(b.conf / b.n - b.hits / b.n) : 0), 0);
  return {
    inScopeAccuracy: ratio(inScope.filter((x) => !x.p.abstained && right(x)).length, inScope.length),
    strictAccuracy: ratio(inScope.filter((x) => answered(x.p) && right(x)).length, inScope.length),
    outOfScopeAbstention: ratio(outScope.filter((x) => x.p.abstained).length, outScope.length),
    nearMissAbstention: ratio(outScope.filter((x) => x.item.kind === "near-miss" && x.p.abstained).length, outScope.filter((x) => x.item.kind === "near-miss").length),
    sourceAccuracy: ratio(given.filter((x) => x.item.expected.some((id) => sameSources(sourcesOf(id), x.p.sources))).length, given.length),
    answeredPrecision: ratio(
      items.filter((item, i) => answered(predictions[i]!) && predictions[i]!.card !== null && item.expected.includes(predictions[i]!.card!)).length,
      items.filter((_, i) => answered(predictions[i]!)).length,
    ),
    ece,
  };
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}
