import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { knowledgeDirFrom, openDesk, PROJECT_ROOT, withoutKnowledgeFlag } from "../app/open-desk.js";
import type { DeskInternals } from "../core/create-desk.js";
import { loadEvalSets, type EvalItem } from "../eval/eval-set.js";
import { openWithPack } from "../eval/merge-pack.js";
import { computeMetrics, type Prediction } from "../eval/metrics.js";
import { firstCardGiven } from "../eval/reply-cards.js";
import { createConversation } from "../core/conversation/conversation.js";

/**
 * `npm run eval:pack -- DIR`: adds a knowledge pack (a new deal written as data: articles.yaml, cards/,
 * lexicon.yaml, and eval/ with questions about it) to the knowledge, with no refit, and prints how the pack's
 * own questions fare and what it does to the questions answered before.
 */
const argv = process.argv.slice(2);
const args = withoutKnowledgeFlag(argv).filter((a) => !a.startsWith("--"));
// With no folder named, the first pack under tests/fixtures/packs.
const PACKS = join(PROJECT_ROOT, "tests/fixtures/packs");
const packDir = resolve(args[0] ?? join(PACKS, readdirSync(PACKS).sort()[0] ?? "."));
const knowledgeDir = knowledgeDirFrom(argv);
const before = openDesk(knowledgeDir);
const after = openWithPack(knowledgeDir, packDir);
for (const opened of [before, after]) {
  if (opened.status === "invalid") {
    process.stderr.write(`${opened.report}\n`);
    process.exit(1);
  }
}
if (before.status !== "ok" || after.status !== "ok") process.exit(1);

const load = (dir: string, ids: Set<string>): EvalItem[] => {
  const sets = loadEvalSets(dir, ids);
  if (sets.status === "invalid") {
    process.stderr.write(`${sets.problems.join("\n")}\n`);
    process.exit(1);
  }
  return sets.items;
};
const oldItems = [...load(join(PROJECT_ROOT, "tests/eval"), new Set(before.kb.cards.map((c) => c.id))), ...load(join(PROJECT_ROOT, "tests/heldout"), new Set(before.kb.cards.map((c) => c.id)))];
// A pack with no questions of its own yet (no eval/) still shows what it does to the old questions.
const hasOwnQuestions = existsSync(join(packDir, "eval"));
const packItems = hasOwnQuestions ? load(join(packDir, "eval"), new Set(after.kb.cards.map((c) => c.id))) : [];
const packCards = new Set(after.kb.cards.map((c) => c.id).filter((id) => !before.kb.cards.some((c) => c.id === id)));

function predict(desk: DeskInternals, item: EvalItem): Prediction & { answered: boolean } {
  const a = desk.ask(item.question);
  return { card: a.card, confidence: a.confidence, abstained: a.status === "no_answer", sources: a.sources.map((s) => s.id), answered: a.status === "answered" };
}
const right = (item: EvalItem, p: Prediction) => (item.kind === "in-scope" ? !p.abstained && p.card !== null && item.expected.includes(p.card) : p.abstained);

const sourcesOf = (id: string) => after.kb.cards.find((c) => c.id === id)?.sources ?? [];
const packPreds = packItems.map((i) => predict(after.desk, i));
const answeredSet = new Set<Prediction>(packPreds.filter((p) => p.answered));
const m = computeMetrics(packItems, packPreds, sourcesOf, (p) => answeredSet.has(p));
const answered = packPreds.filter((p) => p.answered);
const precision = answered.filter((p) => packItems[packPreds.indexOf(p)]!.expected.includes(p.card ?? "")).length / Math.max(1, answered.length);

// The same questions as people get them (`ask`, Slack, Discord): through the conversation layer, which gives
// "summarize the Globex deal" its overview and splits two questions in one message.
const conversation = createConversation(after.desk);
const viaChat = packItems.map((item) => firstCardGiven(conversation.reply({ text: item.question, place: "direct" })));
const chatRight = (kind: "in-scope" | "out-of-scope") => {
  const items = packItems.map((item, i) => ({ item, card: viaChat[i] ?? null })).filter(({ item }) => (kind === "in-scope") === (item.kind === "in-scope"));
  const ok = items.filter(({ item, card }) => (item.kind === "in-scope" ? card !== null && item.expected.includes(card) : card === null));
  return ok.length / Math.max(1, items.length);
};

// `--misses`: the pack's own questions it gets wrong, for a curator to fix in data.
function packMisses(): string[] {
  const lines = packItems.flatMap((item, i) => {
    const p = packPreds[i]!;
    if (right(item, p)) return [];
    const got = p.abstained ? "no answer" : p.card;
    return [`    miss: ${item.question} → ${got} (${p.confidence.toFixed(2)}), expected ${item.expected.join("|") || "none"}`];
  });
  return [`  pack questions missed: ${lines.length}`, ...lines];
}

let wasRight = 0;
let gained = 0;
const lost: string[] = [];
const nowCovered: string[] = [];
const takenOver: string[] = [];
for (const item of oldItems) {
  const b = predict(before.desk, item);
  const a = predict(after.desk, item);
  if (a.card && packCards.has(a.card) && !a.abstained) takenOver.push(`${item.question} → ${a.card}`);
  if (!right(item, b)) {
    // Adding cards moves every card's word weights a little: some questions near a band edge go, others come.
    if (right(item, a)) gained++;
    continue;
  }
  wasRight++;
  if (right(item, a)) continue;
  const line = `${item.question}: ${b.card ?? "no answer"} → ${a.abstained ? "no answer" : a.card}`;
  // Declined before because nothing covered it, and now answered by the new deal's card: the pack's own subject
  // ("did Acme sign with Globex?"), which the old labels could not know. Listed apart for a curator to judge.
  if (item.kind !== "in-scope" && a.card && packCards.has(a.card)) nowCovered.push(line);
  else lost.push(line);
}

process.stdout.write(
  [
    `Pack ${packDir}: ${packCards.size} new cards, no refit.`,
    ...(hasOwnQuestions
      ? [
          `  its questions: ${packItems.length} (${packItems.filter((i) => i.kind === "in-scope").length} in scope)`,
          `  in-scope accuracy ${m.inScopeAccuracy.toFixed(3)}, out-of-scope abstention ${m.outOfScopeAbstention.toFixed(3)}, answered-and-right precision ${precision.toFixed(3)}, ECE ${m.ece.toFixed(3)}`,
          `  through the conversation layer (as asked in chat): in-scope accuracy ${chatRight("in-scope").toFixed(3)}, out-of-scope abstention ${chatRight("out-of-scope").toFixed(3)}`,
        ]
      : ["  no questions of its own (no eval/ folder): only what it does to the old questions"]),
    `  old questions right before: ${wasRight}; still right by their old labels: ${wasRight - lost.length - nowCovered.length} (the rest: lost ${lost.length}, and out of scope before, now answered by a pack card ${nowCovered.length}, to judge below); lost: ${lost.length}; out of scope before, now answered by a pack card: ${nowCovered.length}; wrong before, now right: ${gained}`,
    ...lost.map((l) => `    lost: ${l}`),
    ...nowCovered.map((l) => `    now answered: ${l}`),
    ...(argv.includes("--misses") ? packMisses() : []),
    `  old questions now answered by a pack card: ${takenOver.length}`,
    ...takenOver.map((t) => `    taken: ${t}`),
    `pack: ${hasOwnQuestions ? `accuracy=${m.inScopeAccuracy.toFixed(3)} abstention=${m.outOfScopeAbstention.toFixed(3)} ` : ""}lost=${lost.length} gained=${gained} now_answered=${nowCovered.length} taken=${takenOver.length}`,
  ].join("\n") + "\n",
);
