import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { knowledgeDirFrom, openDesk, PROJECT_ROOT } from "../app/open-desk.js";
import { createDesk } from "../core/create-desk.js";
import { confidenceOf, type Calibration } from "../core/confidence.js";
import { loadEvalSet, type EvalItem } from "../eval/eval-set.js";
import { chooseBands, fitLogistic, type Example } from "../eval/fit-calibration.js";
import { createFuseBaseline } from "../eval/fuse-baseline.js";
import { computeMetrics, type Metrics, type Prediction } from "../eval/metrics.js";

const argv = process.argv.slice(2);
const evalPath = resolve(PROJECT_ROOT, "tests/eval/questions.yaml");
const opened = openDesk(knowledgeDirFrom(argv));
if (opened.status === "invalid") {
  process.stderr.write(`${opened.report}\n`);
  process.exit(1);
}
const { kb } = opened;
const cardSources = new Map(kb.cards.map((c) => [c.id, c.sources]));
const sourcesOf = (id: string) => cardSources.get(id) ?? [];
const loaded = loadEvalSet(evalPath, new Set(cardSources.keys()));
if (loaded.status === "invalid") {
  process.stderr.write(`${loaded.problems.join("\n")}\n`);
  process.exit(1);
}
const items = loaded.items;
const isRight = (item: EvalItem, card: string | null) => card !== null && item.expected.includes(card);

function examplesFor(subset: EvalItem[]): Example[] {
  return subset.flatMap((item) => {
    const [top] = opened.status === "ok" ? opened.desk.candidates(item.question) : [];
    return top ? [{ features: top.features, correct: isRight(item, top.card.id), inScope: item.kind === "in-scope" }] : [];
  });
}

function fit(subset: EvalItem[]): Calibration {
  const examples = examplesFor(subset);
  const model = fitLogistic(examples);
  const draft: Calibration = { ...model, answerAt: 0.6, unsureAt: 0.3 };
  const scored = subset.map((item) => {
    const [top] = opened.status === "ok" ? opened.desk.candidates(item.question) : [];
    return { confidence: top ? confidenceOf(top.features, draft) : 0, correct: top ? isRight(item, top.card.id) : false, inScope: item.kind === "in-scope" };
  });
  return { ...model, ...chooseBands(scored) };
}

let fitted: Calibration | undefined;
if (argv.includes("--fit")) {
  const calibration = fit(items);
  fitted = calibration;
  const file = resolve(PROJECT_ROOT, "src/core/calibration.ts");
  writeFileSync(
    file,
    `// Written by \`npm run eval -- --fit\`: logistic weights and status bands fitted on tests/eval/questions.yaml.\nimport type { Calibration } from "./confidence.js";\n\nexport const FITTED_CALIBRATION: Calibration = ${JSON.stringify(calibration, null, 2)};\n`,
  );
  process.stdout.write(`Fitted calibration written to src/core/calibration.ts:\n${JSON.stringify(calibration)}\n\n`);
  // 5-fold cross-validation: fit on four fifths, score the held-out fifth, so the figures above are not only in-sample.
  const folds = 5;
  const predictions: Prediction[] = new Array(items.length);
  for (let f = 0; f < folds; f++) {
    const train = items.filter((_, i) => i % folds !== f);
    const c = fit(train);
    items.forEach((item, i) => {
      if (i % folds !== f) return;
      const [top] = opened.status === "ok" ? opened.desk.candidates(item.question) : [];
      const confidence = top ? confidenceOf(top.features, c) : 0;
      predictions[i] = { card: top?.card.id ?? null, confidence, abstained: confidence < c.unsureAt, sources: top?.card.sources ?? [] };
    });
  }
  const cv = computeMetrics(items, predictions, sourcesOf, (p) => !p.abstained);
  process.stdout.write(`5-fold cross-validated: ${summary(cv)}\n\n`);
}

const desk = createDesk(kb, fitted ? { calibration: fitted } : {});
const answered = new Set<Prediction>();
const core: Prediction[] = items.map((item) => {
  const a = desk.ask(item.question);
  // Confidence estimates "the best card is right", so an abstention is scored against the card it declined to give.
  const p = { card: a.card ?? desk.candidates(item.question)[0]?.card.id ?? null, confidence: a.confidence, abstained: a.status === "no_answer", sources: a.sources.map((s) => s.id) };
  if (a.status === "answered") answered.add(p);
  return p;
});
const coreMetrics = computeMetrics(items, core, sourcesOf, (p) => answered.has(p));

// The baseline is shown at two cuts of 1 - Fuse score, both chosen on this very set (generous to it):
// its best cut (most in-scope accuracy plus abstention), and the lowest cut at which it abstains on
// out-of-scope questions at least as often as the core, to compare accuracy at equal caution.
const baseline = createFuseBaseline(kb.cards);
const raw = items.map((item) => baseline.best(item.question));
const baselineAt = (t: number) =>
  computeMetrics(
    items,
    raw.map((r) => ({ card: r.card, confidence: r.confidence, abstained: r.card === null || r.confidence < t, sources: r.card ? sourcesOf(r.card) : [] })),
    sourcesOf,
    (p) => !p.abstained,
  );
const cuts = Array.from({ length: 51 }, (_, i) => i / 50);
const cut = cuts.reduce((best, t) => {
  const m = baselineAt(t);
  const b = baselineAt(best);
  return m.inScopeAccuracy + m.outOfScopeAbstention > b.inScopeAccuracy + b.outOfScopeAbstention ? t : best;
}, 0);
const baselineMetrics = baselineAt(cut);
const matchedCut = cuts.find((t) => baselineAt(t).outOfScopeAbstention >= coreMetrics.outOfScopeAbstention) ?? 1;
const matchedMetrics = baselineAt(matchedCut);

function summary(m: Metrics): string {
  return `in-scope accuracy ${m.inScopeAccuracy.toFixed(3)}, out-of-scope abstention ${m.outOfScopeAbstention.toFixed(3)}, source accuracy ${m.sourceAccuracy.toFixed(3)}, ECE ${m.ece.toFixed(3)}`;
}

const inScope = items.filter((i) => i.kind === "in-scope").length;
const rows: [string, (m: Metrics) => number][] = [
  ["in-scope accuracy", (m) => m.inScopeAccuracy],
  ["  answered outright and right", (m) => m.strictAccuracy],
  ["out-of-scope abstention", (m) => m.outOfScopeAbstention],
  ["  near misses abstained", (m) => m.nearMissAbstention],
  ["source accuracy", (m) => m.sourceAccuracy],
  ["calibration error (ECE, 10 bins)", (m) => m.ece],
];
const lines = [
  `Eval: ${items.length} questions (${inScope} in scope, ${items.length - inScope} out of scope), ${kb.cards.length} cards`,
  "",
  `${"metric".padEnd(34)}${"core".padStart(8)}${"plain Fuse".padStart(12)}${"Fuse, same abstention".padStart(23)}`,
  ...rows.map(
    ([name, get]) =>
      `${name.padEnd(34)}${get(coreMetrics).toFixed(3).padStart(8)}${get(baselineMetrics).toFixed(3).padStart(12)}${get(matchedMetrics).toFixed(3).padStart(23)}`,
  ),
  "",
  `(plain Fuse: default options over the cards' example questions; it abstains below a cut of 1 - score:`,
  ` its best cut on this set, ${cut.toFixed(2)}, and the cut ${matchedCut.toFixed(2)} at which it declines out-of-scope questions at least as often as the core)`,
];
if (argv.includes("--misses")) {
  lines.push("", "Misses:");
  items.forEach((item, i) => {
    const p = core[i]!;
    const ok = item.kind === "in-scope" ? !p.abstained && isRight(item, p.card) : p.abstained;
    if (!ok) lines.push(`  [${item.kind}] ${item.question}  → ${p.abstained ? "no_answer" : p.card} (${p.confidence.toFixed(2)}), expected ${item.expected.join("|") || "none"}`);
  });
}
process.stdout.write(`${lines.join("\n")}\n`);
