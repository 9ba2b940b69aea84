import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { openDesk, type OpenResult } from "../app/open-desk.js";

/**
 * A knowledge folder with a pack added, as a curator would add it: the pack's articles appended to
 * articles.yaml, its card files copied into cards/ (beside any of the same name), and its lexicon entities added (an entity the
 * knowledge already has keeps its entry, with the pack's new aliases added; synonyms and detail terms are merged
 * too). Written to a temp folder.
 */
export function withPack(knowledgeDir: string, packDir: string): string {
  const out = mkdtempSync(join(tmpdir(), "deal-desk-pack-"));
  cpSync(knowledgeDir, out, { recursive: true });
  // A pack's card file named like one of the knowledge's ("overview.yaml") is added beside it, never over it.
  const taken = new Set(readdirSync(join(out, "cards")));
  for (const file of readdirSync(join(packDir, "cards"))) {
    let name = file;
    for (let n = 2; taken.has(name); n++) name = `pack-${n === 2 ? "" : `${n}-`}${file}`;
    taken.add(name);
    cpSync(join(packDir, "cards", file), join(out, "cards", name), { recursive: true });
  }
  const articles = parse(readFileSync(join(out, "articles.yaml"), "utf8")) as { articles: unknown[] };
  const added = parse(readFileSync(join(packDir, "articles.yaml"), "utf8")) as { articles: unknown[] };
  writeFileSync(join(out, "articles.yaml"), stringify({ articles: [...articles.articles, ...added.articles] }));
  if (readdirSync(packDir).includes("lexicon.yaml")) {
    type Entity = { name: string; aliases?: string[] };
    type Lexicon = { entities: Entity[]; synonyms?: Record<string, string[]>; details?: string[] };
    const lexicon = parse(readFileSync(join(out, "lexicon.yaml"), "utf8")) as Lexicon;
    const pack = (parse(readFileSync(join(packDir, "lexicon.yaml"), "utf8")) ?? {}) as Partial<Lexicon>;
    const taken = new Set(lexicon.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => n.toLowerCase())));
    for (const entity of pack.entities ?? []) {
      const known = lexicon.entities.find((e) => e.name.toLowerCase() === entity.name.toLowerCase());
      // Checked before its own aliases are taken: an alias that spells the name ("sk hynix") must not hide it.
      const nameFree = !taken.has(entity.name.toLowerCase());
      const fresh = (entity.aliases ?? []).filter((a) => !taken.has(a.toLowerCase()) && a.toLowerCase() !== entity.name.toLowerCase());
      fresh.forEach((a) => taken.add(a.toLowerCase()));
      if (known) known.aliases = [...(known.aliases ?? []), ...fresh];
      else if (nameFree) {
        taken.add(entity.name.toLowerCase());
        lexicon.entities.push({ ...entity, aliases: fresh });
      }
    }
    for (const [head, forms] of Object.entries(pack.synonyms ?? {})) {
      const synonyms = (lexicon.synonyms ??= {});
      synonyms[head] = [...new Set([...(synonyms[head] ?? []), ...forms])];
    }
    if (pack.details?.length) lexicon.details = [...new Set([...(lexicon.details ?? []), ...pack.details])];
    writeFileSync(join(out, "lexicon.yaml"), stringify(lexicon));
  }
  return out;
}

/** The knowledge with a pack added, opened. Opening reads every file, so the merged copy is removed at once. */
export function openWithPack(knowledgeDir: string, packDir: string): OpenResult {
  const merged = withPack(knowledgeDir, packDir);
  try {
    return openDesk(merged);
  } finally {
    rmSync(merged, { recursive: true, force: true });
  }
}
