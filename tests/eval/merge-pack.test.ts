import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { openWithPack, withPack } from "../../src/eval/merge-pack.js";
import { FIXTURE_KNOWLEDGE_DIR } from "../helpers/fixture-desk.js";

/** A pack with only a lexicon, to see what the merged knowledge's lexicon holds. */
function mergedLexicon(packLexicon: string): { entities: { name: string; aliases?: string[] }[] } {
  const pack = mkdtempSync(join(tmpdir(), "pack-"));
  mkdirSync(join(pack, "cards"));
  writeFileSync(join(pack, "articles.yaml"), "articles: []\n");
  writeFileSync(join(pack, "lexicon.yaml"), packLexicon);
  const merged = withPack(FIXTURE_KNOWLEDGE_DIR, pack);
  const lexicon = parse(readFileSync(join(merged, "lexicon.yaml"), "utf8"));
  for (const dir of [pack, merged]) rmSync(dir, { recursive: true, force: true });
  return lexicon;
}

describe("withPack's lexicon", () => {
  it("adds a new entity whose aliases include its own name in lower case", () => {
    const lexicon = mergedLexicon("entities:\n  - { name: Globex Memory, kind: company, aliases: [globex memory, gbx] }\n");
    const added = lexicon.entities.find((e) => e.name === "Globex Memory");
    expect(added?.aliases).toEqual(["gbx"]);
  });

  it("adds aliases to an entity the knowledge already has, without a second entry", () => {
    const lexicon = mergedLexicon("entities:\n  - { name: Oracle, kind: company, aliases: [big red db] }\n");
    const oracle = lexicon.entities.filter((e) => e.name === "Oracle");
    expect(oracle).toHaveLength(1);
    expect(oracle[0]!.aliases).toContain("big red db");
  });
});

describe("withPack's cards", () => {
  it("keeps both the knowledge's card file and a pack's file of the same name ('money.yaml')", () => {
    const pack = mkdtempSync(join(tmpdir(), "pack-"));
    mkdirSync(join(pack, "cards"));
    writeFileSync(join(pack, "articles.yaml"), "articles: []\n");
    writeFileSync(join(pack, "cards", "money.yaml"), "topic: Globex money\ncards: []\n");
    const merged = withPack(FIXTURE_KNOWLEDGE_DIR, pack);
    const files = readdirSync(join(merged, "cards"));
    const own = readFileSync(join(merged, "cards", "money.yaml"), "utf8");
    for (const dir of [pack, merged]) rmSync(dir, { recursive: true, force: true });
    expect(own).toBe(readFileSync(join(FIXTURE_KNOWLEDGE_DIR, "cards", "money.yaml"), "utf8"));
    expect(files.filter((f) => f.endsWith("money.yaml"))).toHaveLength(2);
  });
});

describe("openWithPack", () => {
  it("opens the knowledge with the pack's cards added and leaves no merged copy behind", () => {
    const copies = () => readdirSync(tmpdir()).filter((name) => name.startsWith("deal-desk-pack-")).length;
    const before = copies();
    const opened = openWithPack(FIXTURE_KNOWLEDGE_DIR, join(import.meta.dirname, "../fixtures/packs/amd-openai"));
    expect(opened.status).toBe("ok");
    if (opened.status === "ok") expect(opened.kb.cards.some((c) => c.id.startsWith("amd-openai-"))).toBe(true);
    expect(copies()).toBe(before);
  });
});
