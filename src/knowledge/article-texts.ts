import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The article texts the fidelity check reads: `<dir>/<id>.txt` for each id that has one. Never needed to run the bot. */
export function readArticleTexts(dir: string, ids: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const id of ids) {
    const path = join(dir, `${id}.txt`);
    if (existsSync(path)) texts.set(id, readFileSync(path, "utf8"));
  }
  return texts;
}

export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
