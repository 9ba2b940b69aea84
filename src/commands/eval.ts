import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { knowledgeDirFrom, openDesk, PROJECT_ROOT } from "../app/open-desk.js";
import { createDesk, type Candidate, type DeskInternals } from "../core/create-desk.js";
import { confidenceOf, FEATURES_VERSION, type Calibration } from "../core/confidence.js";
import { evalHash, knowledgeHash, packsHash, type ModelFile } from "../knowledge/model-file.js";
import { openWithPack } from "../eval/merge-pack.js";
import { loadEvalSets, type EvalItem } from "../eval/eval-set.js";
import type { Card } from "../knowledge/schema.js";
import { chooseBands, fitLogistic, type Example } from "../eval/fit-calibration.js";
import { createFuseBaseline } from "../eval/fuse-baseline.js";
import { sparseVariants } from "../eval/sparse-variants.js";
import { syntheticNegatives } from "../eval/synthetic-negatives.js";
import { computeMetrics, type Metrics, type Prediction } from "../eval/metrics.js";

const argv = process.argv.slice(2);
const evalAt = argv.indexOf("--eval");
const evalDir = evalAt >= 0 && argv[evalAt + 1] ? resolve(argv[evalAt + 1]!) : resolve(PROJECT_ROOT, "tests/eval");
const opened = openDesk(knowledgeDirFrom(argv));
if (opened.status === "invalid") {
  process.stderr.write(`${opened.report}\n`);
  process.exit(1);
}
const { kb } = opened;
const cardSources = new Map(kb.cards.map((c) => [c.id, c.sources]));
const sourcesOf = (id: string) => cardSources.get(id) ?? [];
const loaded = loadEvalSets(evalDir, new Set(cardSources.keys()));
if (loaded.status === "invalid") {
  process.stderr.write(`${loaded.problems.join("\n")}\n`);
  process.exit(1);
}
const items = loaded.items;
const sets = [...new Set(items.map((i) => i.set))];
const isRight = (item: EvalItem, card: string | null) => card !== null && item.expected.includes(card);

type CandidateMap = Map<EvalItem, Candidate[]>;
const candidatesIn = (desk: DeskInternals, of: EvalItem[] = items): CandidateMap => new Map(of.map((item) => [item, desk.candidates(item.question)]));
const candidatesOf = candidatesIn(opened.desk);
// The same questions against knowledge in which some cards are thinly described, as a new deal's are.
// `--dense-only` fits on the full cards alone, to compare.
const thinned: CandidateMap[] = argv.includes("--dense-only") ? [] : sparseVariants(kb).map((variant) => candidatesIn(createDesk(variant)));
// Made-up near misses ("the population of <a card's subject>"), fitted on but never reported.
const negatives = argv.includes("--no-negatives") ? [] : syntheticNegatives(kb);
const negativeCandidates: CandidateMap = new Map(negatives.map((item) => [item, opened.desk.candidates(item.question)]));

// Questions about the deals added as data (tests/fixtures/packs), each asked of the knowledge with its pack added:
// fitted on in every fit (never scored here), so the model knows how people ask about a deal whose cards are new.
// `--no-packs` leaves them out.
const packsDir = resolve(PROJECT_ROOT, "tests/fixtures/packs");
const packNames = argv.includes("--no-packs") || !existsSync(packsDir) ? [] : readdirSync(packsDir).filter((name) => existsSync(join(packsDir, name, "eval")));
const packAsked: { item: EvalItem; map: CandidateMap }[] = packNames.flatMap((name) => {
  const merged = openWithPack(kb.dir, join(packsDir, name));
  if (merged.status !== "ok") return [];
  const questions = loadEvalSets(join(packsDir, name, "eval"), new Set(merged.kb.cards.map((c) => c.id)));
  if (questions.status !== "ok") return [];
  const map = candidatesIn(merged.desk, questions.items);
  return questions.items.map((item) => ({ item, map }));
});

/** The card a calibration would pick (most confident candidate) and its confidence. */
function pick(item: EvalItem, calibration: Calibration, from: CandidateMap = candidatesOf): { card: Card | null; confidence: number } {
  let best: { card: Card | null; confidence: number } = { card: null, confidence: 0 };
  for (const c of from.get(item) ?? []) {
    const confidence = confidenceOf(c.features, calibration);
    if (confidence > best.confidence) best = { card: c.card, confidence };
  }
  return best;
}

/**
 * Each question's best-scoring candidate is a training example ("is this card right?"). Training on
 * every candidate was tried and calibrated worse: lower candidates have no margin by construction.
 * The bands are then set on the card each question would actually get (the most confident one).
 */
function fit(subset: EvalItem[]): Calibration {
  // Each question with the candidates it gets: against the full cards, the thinned ones, and the made-up near misses.
  const own: { item: EvalItem; map: CandidateMap }[] = [
    ...[candidatesOf, ...thinned].flatMap((map) => subset.map((item) => ({ item, map }))),
    ...negatives.map((item) => ({ item, map: negativeCandidates })),
  ];
  const examples: Example[] = [...own, ...packAsked].flatMap(({ item, map }) =>
    (map.get(item) ?? []).slice(0, 1).map((c) => ({ features: c.features, correct: isRight(item, c.card.id), inScope: item.kind === "in-scope" })),
  );
  const model = fitLogistic(examples);
  const draft: Calibration = { ...model, answerAt: 0.6, unsureAt: 0.3 };
  // The bands are chosen on the knowledge's own questions: a pack's questions teach the weights how a new deal is
  // asked about, but must not loosen what the bot answers for the deals it has.
  const scored = own.map(({ item, map }) => {
    const { card, confidence } = pick(item, draft, map);
    return { confidence, correct: isRight(item, card?.id ?? null), inScope: item.kind === "in-scope" };
  });
  return { ...model, ...chooseBands(scored) };
}

/** Predictions scored by a calibration fitted on other questions, with the ones it would give as answered. */
const answeredWhenHeldOut = new Set<Prediction>();

/** Scores `test` with a calibration fitted on `train` only. */
function heldOut(train: EvalItem[], test: EvalItem[]): Map<EvalItem, Prediction> {
  const c = fit(train);
  return new Map(
    test.map((item) => {
      const { card, confidence } = pick(item, c);
      const p = { card: card?.id ?? null, confidence, abstained: confidence < c.unsureAt, sources: card?.sources ?? [] };
      if (confidence >= c.answerAt) answeredWhenHeldOut.add(p);
      return [item, p];
    }),
  );
}

let fitted: Calibration | undefined;
if (argv.includes("--fit") || argv.includes("--cv")) {
  const calibration = fit(items);
  fitted = calibration;
  if (argv.includes("--fit")) {
    const file = join(kb.dir, "model.json");
    const model: ModelFile = {
      featuresVersion: FEATURES_VERSION,
      ...calibration,
      fittedOn: {
        at: new Date().toISOString(),
        eval: evalHash(evalDir) ?? "",
        ...(packAsked.length ? { packs: packsHash(packsDir) } : {}),
        knowledge: knowledgeHash(kb),
        questions: items.length + packAsked.length,
        cards: kb.cards.length,
      },
    };
    writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
    process.stdout.write(`Fitted model written to ${file}:\n`);
  } else process.stdout.write("Fitted calibration (not written; --fit writes it):\n");
  process.stdout.write(`${JSON.stringify(calibration)}\n\n`);
  // 5-fold cross-validation: fit on four fifths, score the held-out fifth, so the figures are not only in-sample.
  const cv = new Map<EvalItem, Prediction>();
  for (let f = 0; f < 5; f++) {
    for (const [item, p] of heldOut(items.filter((_, i) => i % 5 !== f), items.filter((_, i) => i % 5 === f))) cv.set(item, p);
  }
  process.stdout.write(`5-fold cross-validated: ${summary(computeMetrics(items, items.map((i) => cv.get(i)!), sourcesOf, (p) => answeredWhenHeldOut.has(p)))}\n`);
  // Each eval file scored by a model fitted on the other files only: the closest thing here to unseen questions.
  for (const set of sets) {
    const test = items.filter((i) => i.set === set);
    const train = items.filter((i) => i.set !== set);
    if (!train.length) continue;
    const preds = heldOut(train, test);
    process.stdout.write(`${set}, fitted on the other files: ${summary(computeMetrics(test, test.map((i) => preds.get(i)!), sourcesOf, (p) => answeredWhenHeldOut.has(p)))}\n`);
  }
  process.stdout.write("\n");
}

const desk = createDesk(kb, fitted ? { calibration: fitted } : {});
const answered = new Set<Prediction>();
const core: Prediction[] = items.map((item) => {
  const a = desk.ask(item.question);
  // Confidence estimates "the best card is right", so an abstention is scored against the card it declined to give.
  const p = { card: a.card ?? desk.rank(item.question)[0]?.card.id ?? null, confidence: a.confidence, abstained: a.status === "no_answer", sources: a.sources.map((s) => s.id) };
  if (a.status === "answered") answered.add(p);
  return p;
});
const coreMetrics = computeMetrics(items, core, sourcesOf, (p) => answered.has(p));

// The baseline is shown at two cuts of 1 - Fuse score, both chosen on this very set (generous to it):
// its best cut (most in-scope accuracy plus abstention), and the lowest cut at which it abstains on
// out-of-scope questions at least as often as the core, to compare accuracy at equal caution.
// `--quick` skips the baseline (plain Fuse takes about 60 ms a question) while iterating.
const quick = argv.includes("--quick");
const baseline = createFuseBaseline(quick ? [] : kb.cards);
const raw = items.map((item) => (quick ? { card: null, confidence: 0 } : baseline.best(item.question)));
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
  return `in-scope accuracy ${m.inScopeAccuracy.toFixed(3)}, out-of-scope abstention ${m.outOfScopeAbstention.toFixed(3)}, source accuracy ${m.sourceAccuracy.toFixed(3)}, precision ${m.answeredPrecision.toFixed(3)}, ECE ${m.ece.toFixed(3)}`;
}

const inScope = items.filter((i) => i.kind === "in-scope").length;
const rows: [string, (m: Metrics) => number][] = [
  ["in-scope accuracy", (m) => m.inScopeAccuracy],
  ["  answered outright and right", (m) => m.strictAccuracy],
  ["out-of-scope abstention", (m) => m.outOfScopeAbstention],
  ["  near misses abstained", (m) => m.nearMissAbstention],
  ["source accuracy", (m) => m.sourceAccuracy],
  ["answered replies right (precision)", (m) => m.answeredPrecision],
  ["calibration error (ECE, 10 bins)", (m) => m.ece],
];
// With --quick there is no baseline to show: only the core's column is printed.
const baselineCells = (get: (m: Metrics) => number) => (quick ? "" : `${get(baselineMetrics).toFixed(3).padStart(12)}${get(matchedMetrics).toFixed(3).padStart(23)}`);
const lines = [
  `Eval: ${items.length} questions (${inScope} in scope, ${items.length - inScope} out of scope), ${kb.cards.length} cards`,
  "",
  `${"metric".padEnd(34)}${"core".padStart(8)}${quick ? "" : `${"plain Fuse".padStart(12)}${"Fuse, same abstention".padStart(23)}`}`,
  ...rows.map(([name, get]) => `${name.padEnd(34)}${get(coreMetrics).toFixed(3).padStart(8)}${baselineCells(get)}`),
  ...(quick
    ? []
    : [
        "",
        `(plain Fuse: default options over the cards' example questions; it abstains below a cut of 1 - score:`,
        ` its best cut on this set, ${cut.toFixed(2)}, and the cut ${matchedCut.toFixed(2)} at which it declines out-of-scope questions at least as often as the core)`,
      ]),
];
if (sets.length > 1) {
  lines.push("", "Core by eval file:");
  for (const set of sets) {
    const at = items.map((item, i) => ({ item, p: core[i]! })).filter((x) => x.item.set === set);
    lines.push(`  ${set}: ${summary(computeMetrics(at.map((x) => x.item), at.map((x) => x.p), sourcesOf, (p) => answered.has(p)))}`);
  }
}
if (argv.includes("--misses")) {
  lines.push("", "Misses:");
  items.forEach((item, i) => {
    const p = core[i]!;
    const ok = item.kind === "in-scope" ? !p.abstained && isRight(item, p.card) : p.abstained;
    if (!ok) lines.push(`  [${item.kind}] ${item.question}  → ${p.abstained ? "no_answer" : p.card} (${p.confidence.toFixed(2)}), expected ${item.expected.join("|") || "none"}`);
  });
}
process.stdout.write(`${lines.join("\n")}\n`);
