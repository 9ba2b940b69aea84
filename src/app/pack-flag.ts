import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { escapeRegExp } from "../core/text/escape-regexp.js";
import { withPack } from "../eval/merge-pack.js";
import { flagValue, knowledgeDirFrom, withoutFlag } from "./open-desk.js";

/** `--pack DIR`: a new deal's folder (articles.yaml, cards/, lexicon.yaml) to try beside the knowledge. */
export function packDirFrom(argv: string[]): string | null {
  const value = flagValue(argv, "--pack");
  return value ? resolve(value) : null;
}

/** argv without `--pack DIR`. */
export function withoutPackFlag(argv: string[]): string[] {
  return withoutFlag(argv, "--pack");
}

export type KnowledgeFolder =
  | { status: "ok"; dir: string; pack: string | null; /** A problem's file in the merged copy, as the curator's own file. */ shown(text: string): string; done(): void }
  | { status: "invalid"; message: string };

/**
 * The knowledge folder a command reads: `--knowledge DIR` (or the project's), with `--pack DIR` added as
 * `eval:pack` adds it, in a temporary copy removed by `done()`. Problems found in the copy name the files the
 * curator edits: a card file of the pack, or the knowledge's own.
 */
export function knowledgeFolderFrom(argv: string[]): KnowledgeFolder {
  const knowledge = knowledgeDirFrom(argv);
  const pack = packDirFrom(argv);
  if (!pack) return { status: "ok", dir: knowledge, pack: null, shown: (text) => text, done: () => {} };
  if (!existsSync(join(pack, "cards")) || !existsSync(join(pack, "articles.yaml"))) {
    return { status: "invalid", message: `${pack} is not a pack folder: it needs articles.yaml and cards/ (and may have lexicon.yaml and eval/).` };
  }
  for (const file of ["articles.yaml", "lexicon.yaml"]) {
    const path = join(pack, file);
    if (!existsSync(path)) continue;
    try {
      parse(readFileSync(path, "utf8"));
    } catch (error) {
      return { status: "invalid", message: `${relative(process.cwd(), path) || path}: ${(error as Error).message.split("\n")[0]}` };
    }
  }
  let merged: string;
  try {
    merged = withPack(knowledge, pack);
  } catch (error) {
    return { status: "invalid", message: `Cannot add the pack ${pack} to ${knowledge}: ${(error as Error).message.split("\n")[0]} (run knowledge:check -- --knowledge ${pack} to see where).` };
  }
  const show = (path: string) => relative(process.cwd(), path) || path;
  const shown = (text: string) =>
    text.replace(new RegExp(`(?:${escapeRegExp(merged)}|${escapeRegExp(show(merged))})/([\\w./-]+)`, "g"), (_all, file: string) => {
      if (file.startsWith("cards/") && existsSync(join(pack, file))) return show(join(pack, file));
      const own = existsSync(join(pack, file)) ? ` (with ${show(join(pack, file))})` : "";
      return `${show(join(knowledge, file))}${own}`;
    });
  return { status: "ok", dir: merged, pack, shown, done: () => rmSync(merged, { recursive: true, force: true }) };
}

/** The pack's article texts for the fidelity check: `<id>.txt` in the pack, or its one `article.txt`. */
export function packArticleTexts(pack: string): Map<string, string> {
  const texts = new Map<string, string>();
  let ids: string[] = [];
  try {
    const file = parse(readFileSync(join(pack, "articles.yaml"), "utf8")) as { articles?: { id?: unknown }[] } | null;
    ids = (file?.articles ?? []).map((a) => a?.id).filter((id): id is string => typeof id === "string");
  } catch {
    return texts;
  }
  for (const id of ids) {
    const own = join(pack, `${id}.txt`);
    if (existsSync(own)) texts.set(id, readFileSync(own, "utf8"));
  }
  const single = join(pack, "article.txt");
  if (ids.length === 1 && !texts.size && existsSync(single)) texts.set(ids[0]!, readFileSync(single, "utf8"));
  return texts;
}
