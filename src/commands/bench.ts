import { performance } from "node:perf_hooks";
import { knowledgeDirFrom, openDesk } from "../app/open-desk.js";
import { createDesk } from "../core/create-desk.js";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import { createFuseBaseline } from "../eval/fuse-baseline.js";
import { syntheticCards } from "../eval/synthetic-cards.js";

const CARDS = 10_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(queries: string[], run: (q: string) => unknown): { p50: number; p99: number } {
  for (const q of queries.slice(0, 20)) run(q); // warm up the JIT
  const ms = queries.map((q) => {
    const start = performance.now();
    run(q);
    return performance.now() - start;
  });
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3));

// The real knowledge base, with its own questions lightly reworded.
const opened = openDesk(knowledgeDirFrom(process.argv.slice(2)));
if (opened.status === "invalid") {
  process.stderr.write(`${opened.report}\n`);
  process.exit(1);
}
const realQueries = opened.kb.cards.flatMap((c) => c.questions.map((q) => `hey, ${q.toLowerCase()}`));
const realCore = time(realQueries, (q) => opened.desk.ask(q));
const realFuse = createFuseBaseline(opened.kb.cards);
const realFuseTime = time(realQueries, (q) => realFuse.best(q));
process.stdout.write(
  `real knowledge base (${opened.kb.cards.length} cards, ${realQueries.length} queries): core p50 ${fmt(realCore.p50)} ms, p99 ${fmt(realCore.p99)} ms; plain Fuse p50 ${fmt(realFuseTime.p50)} ms, p99 ${fmt(realFuseTime.p99)} ms\n`,
);

// The synthetic 10,000-card knowledge base.
const { cards, queries } = syntheticCards(CARDS);
const kb: KnowledgeBase = {
  dir: "(synthetic)",
  articles: [{ id: "synthetic", title: "Synthetic", published: "2026", summary: "generated" }],
  topics: [{ title: "Synthetic", file: "(synthetic)", cards: cards.map((c) => c.id) }],
  cards: cards.map((c) => ({ ...c, sources: ["synthetic"], topic: "Synthetic", file: "(synthetic)" })),
  lexicon: opened.kb.lexicon,
  calibration: opened.kb.calibration,
  model: opened.kb.model,
};
global.gc?.();
const heapBefore = heapMb();
const buildStart = performance.now();
const desk = createDesk(kb);
const buildMs = performance.now() - buildStart;
global.gc?.();
const heapUsed = heapMb() - heapBefore;
const coreTime = time(queries(1000), (q) => desk.ask(q));

const fuse = createFuseBaseline(kb.cards);
const fuseTime = time(queries(40), (q) => fuse.best(q));

process.stdout.write(
  [
    `synthetic knowledge base (${CARDS} cards, ${kb.cards.length * 4} example questions):`,
    `  core:       build ${fmt(buildMs)} ms, heap +${fmt(heapUsed)} MB, query p50 ${fmt(coreTime.p50)} ms, p99 ${fmt(coreTime.p99)} ms (1000 queries)`,
    `  plain Fuse: query p50 ${fmt(fuseTime.p50)} ms, p99 ${fmt(fuseTime.p99)} ms (40 queries)`,
    `bench: cards=${CARDS} core_p50_ms=${fmt(coreTime.p50)} core_p99_ms=${fmt(coreTime.p99)} fuse_p50_ms=${fmt(fuseTime.p50)} build_ms=${fmt(buildMs)} heap_mb=${fmt(heapUsed)}`,
  ].join("\n") + "\n",
);
