import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const REAL_KNOWLEDGE = resolve(import.meta.dirname, "../../knowledge");
/** The frozen fixture copy, for tests that need real articles without depending on the live knowledge. */
export const FIXTURE_KNOWLEDGE = resolve(import.meta.dirname, "../fixtures/knowledge");

const made: string[] = [];

/**
 * A knowledge folder in a fresh temp dir: the project's real articles.yaml
 * (unless `articles: false`) plus the given files, paths relative to the folder.
 */
export function tempKnowledge(files: Record<string, string | Uint8Array>, options: { articles?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "deal-desk-kb-"));
  made.push(dir);
  if (options.articles !== false) copyFileSync(join(FIXTURE_KNOWLEDGE, "articles.yaml"), join(dir, "articles.yaml"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function removeTempKnowledge(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** One valid card in YAML, citing a real article; `extra` lines are appended (indented 4 spaces). */
export function cardYaml(id: string, extra: string[] = [], source = "openai-taps-oracle-cloud-power"): string {
  return [
    `  - id: ${id}`,
    `    questions: [What about ${id}?, tell me about ${id}, ${id} details]`,
    `    answer: A short answer about ${id}.`,
    `    sources: [${source}]`,
    ...extra.map((line) => `    ${line}`),
  ].join("\n");
}

export function cardFile(topic: string, cards: string[]): string {
  return `topic: ${topic}\ncards:\n${cards.join("\n")}\n`;
}

/** A folder with three unrelated problems in three files, for "report everything at once". */
export function threeProblemKnowledge(): string {
  return tempKnowledge({
    "cards/a.yaml": cardFile("A", [cardYaml("alpha", [], "no-such-article")]),
    "cards/b.yaml": cardFile("B", [cardYaml("beta", [`answer-note: not a field`])]),
    "cards/c.yaml": "topic: C\ncards:\n  - id: gamma\n    answer: a: b\n",
  });
}
