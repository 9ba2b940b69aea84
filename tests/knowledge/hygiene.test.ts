import { appendFileSync, cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TextAnalyzer } from "../../src/core/text/analyzer.js";
import { loadEvalSets } from "../../src/eval/eval-set.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { packsHash, staleness } from "../../src/knowledge/model-file.js";
import { MAX_KEYWORDS } from "../../src/knowledge/schema.js";

// Invariants of the live knowledge, never counts: curators add cards and articles without touching tests.
const ROOT = resolve(import.meta.dirname, "../..");
const loaded = loadKnowledge(join(ROOT, "knowledge"));
if (loaded.status !== "ok") throw new Error("knowledge/ does not load: run npm run knowledge:check");
const kb = loaded.kb;

describe("keyword hygiene", () => {
  it(`keeps every card's keyword list to at most ${MAX_KEYWORDS}: names people use for the subject, not a thesaurus`, () => {
    const over = kb.cards.filter((c) => (c.keywords?.length ?? 0) > MAX_KEYWORDS).map((c) => `${c.id}: ${c.keywords!.length}`);
    expect(over).toEqual([]);
  });

  it("has no eval or held-out question that is also a card's example question", () => {
    const reader = new TextAnalyzer(kb.lexicon);
    const key = (q: string) => reader.words(q).join(" ");
    const examples = new Map(kb.cards.flatMap((c) => c.questions.map((q) => [key(q), c.id] as const)));
    const clashes: string[] = [];
    for (const dir of ["tests/eval", "tests/heldout"]) {
      const sets = loadEvalSets(join(ROOT, dir), new Set(kb.cards.map((c) => c.id)));
      if (sets.status !== "ok") throw new Error(sets.problems.join("\n"));
      for (const item of sets.items) if (examples.has(key(item.question))) clashes.push(`${item.set}: "${item.question}" is an example of ${examples.get(key(item.question))}`);
    }
    expect(clashes).toEqual([]);
  });
});

describe("the fitted model", () => {
  it("is fitted for this engine's features and on the eval files as they are (refit with npm run eval -- --fit)", () => {
    const stale = staleness(kb, join(ROOT, "tests/eval"), join(ROOT, "tests/fixtures/packs"));
    expect(stale.errors).toEqual([]);
  });

  it("records the deal packs it was fitted on, and reads as stale once a pack's questions change", () => {
    expect(kb.model.fittedOn.packs).toBe(packsHash(join(ROOT, "tests/fixtures/packs")));
    const copy = mkdtempSync(join(tmpdir(), "packs-"));
    cpSync(join(ROOT, "tests/fixtures/packs"), copy, { recursive: true });
    const pack = readdirSync(copy)[0]!;
    appendFileSync(join(copy, pack, "eval", readdirSync(join(copy, pack, "eval"))[0]!), '  - q: "a question added after the fit"\n    expect: none\n');
    expect(staleness(kb, join(ROOT, "tests/eval"), copy).errors.join(" ")).toMatch(/packs/);
  });

  it("keeps nothing keyed by card id", () => {
    const ids = new Set(kb.cards.map((c) => c.id));
    const keys = JSON.stringify(kb.model).match(/"[a-z0-9-]+"(?=\s*:)/g) ?? [];
    expect(keys.map((k) => k.slice(1, -1)).filter((k) => ids.has(k))).toEqual([]);
  });
});

it("eval folders exist for the hygiene checks", () => {
  expect(readdirSync(join(ROOT, "tests/eval")).some((f) => f.endsWith(".yaml"))).toBe(true);
});
