import { join } from "node:path";
import { openDesk, PROJECT_ROOT } from "./src/app/open-desk.js";
import { withPack } from "./src/eval/merge-pack.js";
import { loadEvalSets } from "./src/eval/eval-set.js";
const pack = join(PROJECT_ROOT, "tests/fixtures/packs", process.argv[2] ?? "amd-openai");
const dir = withPack(join(PROJECT_ROOT, "knowledge"), pack);
console.log(dir);
const o = openDesk(dir); if (o.status !== "ok") throw 0;
const s = loadEvalSets(join(pack, "eval"), new Set(o.kb.cards.map(c => c.id))); if (s.status !== "ok") throw s;
for (const it of s.items) {
  const a = o.desk.ask(it.question);
  const ok = it.kind === "in-scope" ? a.status !== "no_answer" && it.expected.includes(a.card ?? "") : a.status === "no_answer";
  if (!ok) {
    const top = o.desk.rank(it.question).slice(0, 3).map((r: any) => `${r.card.id}:${r.confidence.toFixed(2)}`).join(" ");
    console.log(`${it.kind === "in-scope" ? "MISS" : "FALSE"} [${a.status} ${a.card} ${a.confidence.toFixed(2)}] exp=${it.expected.join(",")} | ${it.question}\n      ${top}`);
  }
}
