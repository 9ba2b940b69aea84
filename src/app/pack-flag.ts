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
  | {
      status: "ok";
      dir: string;
      pack: string | null;
      /** The ids the pack's articles.yaml lists (none without a pack). */
      packArticles: string[];
      /** A problem's file in the merged copy, as the curator's own file. */
      shown(text: string): string;
      done(): void;
    }
  | { status: "invalid"; message: string };

/**
 * The knowledge folder a command reads: `--knowledge DIR` (or the project's), with `--pack DIR` added as
 * `eval:pack` adds it, in a temporary copy removed by `done()`. Problems found in the copy name the files the
 * curator edits: a card file of the pack, or the knowledge's own.
 */
export function knowledgeFolderFrom(argv: string[]): KnowledgeFolder {
  const knowledge = knowledgeDirFrom(argv);
  const pack = packDirFrom(argv);
  if (!pack) return { status: "ok", dir: knowledge, pack: null, packArticles: [], shown: (text) => text, done: () => {} };
  if (!existsSync(join(pack, "cards")) || !existsSync(join(pack, "articles.yaml"))) {
    return { status: "invalid", message: `${pack} is not a pack folder: it needs articles.yaml and cards/ (and may have lexicon.yaml and eval/).` };
  }
  const show = (path: string) => relative(process.cwd(), path) || path;
  // Parsed here first so a YAML mistake names its file; the merge reads them again.
  const parsed = new Map<string, unknown>();
  for (const file of ["articles.yaml", "lexicon.yaml"]) {
    const path = join(pack, file);
    if (!existsSync(path)) continue;
    try {
      parsed.set(file, parse(readFileSync(path, "utf8")));
    } catch (error) {
      return { status: "invalid", message: `${show(path)}: ${(error as Error).message.split("\n")[0]}` };
    }
  }
  const listed = (parsed.get("articles.yaml") as { articles?: { id?: unknown }[] } | null)?.articles;
  const packArticles = (Array.isArray(listed) ? listed : []).map((a) => a?.id).filter((id): id is string => typeof id === "string");
  let merged: string;
  try {
    merged = withPack(knowledge, pack);
  } catch (error) {
    return { status: "invalid", message: `Cannot add the pack ${pack} to ${knowledge}: ${(error as Error).message.split("\n")[0]} (run knowledge:check -- --knowledge ${pack} to see where).` };
  }
  const shown = (text: string) =>
    text.replace(new RegExp(`(?:${escapeRegExp(merged)}|${escapeRegExp(show(merged))})/([\\w./-]+)`, "g"), (_all, file: string) => {
      if (file.startsWith("cards/") && existsSync(join(pack, file))) return show(join(pack, file));
      const own = existsSync(join(pack, file)) ? ` (with ${show(join(pack, file))})` : "";
      return `${show(join(knowledge, file))}${own}`;
    });
  return { status: "ok", dir: merged, pack, packArticles, shown, done: () => rmSync(merged, { recursive: true, force: true }) };
}

/** The pack's article texts for the fidelity check: `<id>.txt` in the pack, or its one `article.txt`. */
export function packArticleTexts(pack: string, ids: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const id of ids) {
    const own = join(pack, `${id}.txt`);
    if (existsSync(own)) texts.set(id, readFileSync(own, "utf8"));
  }
  const single = join(pack, "article.txt");
  if (ids.length === 1 && !texts.size && existsSync(single)) texts.set(ids[0]!, readFileSync(single, "utf8"));
  return texts;
}
