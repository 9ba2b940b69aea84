import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|js|ya?ml|json)$/.test(name) ? [path] : [];
  });
}

// The live knowledge and the test fixture: whatever names either holds must not be typed into the engine.
const knowledge = [join(ROOT, "knowledge"), join(ROOT, "tests/fixtures/knowledge")].map((dir) => {
  const loaded = loadKnowledge(dir);
  if (loaded.status !== "ok") throw new Error(`${dir} does not load`);
  return loaded.kb;
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("src/ knows no story", () => {
  // Links and `import.meta` are not names: "discord.com/developers", "import.meta.url".
  const files = sourceFiles(SRC).map((path) => ({
    path: relative(ROOT, path),
    text: readFileSync(path, "utf8").replace(/https?:\/\/\S+/g, " ").replace(/\bimport\.meta\b/g, " "),
  }));

  it("names no entity or alias from the lexicon (companies, people, places, products)", () => {
    const names = new Set<string>();
    for (const kb of knowledge)
      for (const e of kb.lexicon.entities) for (const n of [e.name, ...(e.aliases ?? [])]) if (n.replace(/[^a-z0-9]/gi, "").length >= 3) names.add(n);
    const found: string[] = [];
    for (const name of names) {
      // Whole words only, any case: "Oracle" in a comment counts as much as "oracle" in a regex.
      const pattern = new RegExp(`(?<![A-Za-z0-9])${escape(name)}(?![A-Za-z0-9])`, "i");
      for (const f of files) if (pattern.test(f.text)) found.push(`${f.path}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it("contains no card id", () => {
    const ids = new Set(knowledge.flatMap((kb) => kb.cards.map((c) => c.id)));
    const found: string[] = [];
    for (const id of ids) for (const f of files) if (new RegExp(`(?<![a-z0-9-])${escape(id)}(?![a-z0-9-])`).test(f.text)) found.push(`${f.path}: ${id}`);
    expect(found).toEqual([]);
  });
});
