import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDesk, type DeskInternals } from "../core/create-desk.js";
import { formatReport, loadKnowledge, type KnowledgeBase } from "../knowledge/load-knowledge.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export type OpenResult = { status: "ok"; desk: DeskInternals; kb: KnowledgeBase } | { status: "invalid"; report: string };

/** `--knowledge DIR` wins over KNOWLEDGE_DIR, which wins over the project's own knowledge/. */
export function knowledgeDirFrom(argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  const at = argv.findIndex((a) => a === "--knowledge" || a.startsWith("--knowledge="));
  if (at >= 0) {
    const flag = argv[at]!;
    const value = flag.includes("=") ? flag.slice(flag.indexOf("=") + 1) : argv[at + 1];
    if (value) return resolve(value);
  }
  const fromEnv = env.KNOWLEDGE_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(PROJECT_ROOT, "knowledge");
}

/** argv without `--knowledge DIR`, so commands can read their own arguments. */
export function withoutKnowledgeFlag(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--knowledge") i++;
    else if (!argv[i]!.startsWith("--knowledge=")) out.push(argv[i]!);
  }
  return out;
}

export function openDesk(dir: string): OpenResult {
  const loaded = loadKnowledge(dir);
  if (loaded.status === "invalid") return { status: "invalid", report: formatReport(loaded.problems) };
  return { status: "ok", desk: createDesk(loaded.kb), kb: loaded.kb };
}
