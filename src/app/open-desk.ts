import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDesk, type DeskInternals } from "../core/create-desk.js";
import { formatReport, loadKnowledge, type KnowledgeBase } from "../knowledge/load-knowledge.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export type OpenResult = { status: "ok"; desk: DeskInternals; kb: KnowledgeBase } | { status: "invalid"; report: string };

/** The value of `--name VALUE` or `--name=VALUE`, if given. */
export function flagValue(argv: string[], name: string): string | null {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return null;
  const flag = argv[at]!;
  return (flag.includes("=") ? flag.slice(flag.indexOf("=") + 1) : argv[at + 1]) || null;
}

/** argv without `--name VALUE` (or `--name=VALUE`), so commands can read their own arguments. */
export function withoutFlag(argv: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) i++;
    else if (!argv[i]!.startsWith(`${name}=`)) out.push(argv[i]!);
  }
  return out;
}

/** `--knowledge DIR` wins over KNOWLEDGE_DIR, which wins over the project's own knowledge/. */
export function knowledgeDirFrom(argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  const value = flagValue(argv, "--knowledge");
  if (value) return resolve(value);
  const fromEnv = env.KNOWLEDGE_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(PROJECT_ROOT, "knowledge");
}

/** argv without `--knowledge DIR`. */
export function withoutKnowledgeFlag(argv: string[]): string[] {
  return withoutFlag(argv, "--knowledge");
}

export function openDesk(dir: string): OpenResult {
  const loaded = loadKnowledge(dir);
  if (loaded.status === "invalid") return { status: "invalid", report: formatReport(loaded.problems) };
  return { status: "ok", desk: createDesk(loaded.kb), kb: loaded.kb };
}
