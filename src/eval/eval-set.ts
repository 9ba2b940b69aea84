import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const item = z.strictObject({
  q: z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string()),
  expect: z.union([z.string(), z.array(z.string()).min(1)]),
  kind: z.enum(["near-miss", "off-topic"]).optional(),
});
const file = z.strictObject({ questions: z.array(item).min(1) });

export interface EvalItem {
  question: string;
  /** Card ids that fairly answer it; empty when out of scope. */
  expected: string[];
  kind: "in-scope" | "near-miss" | "off-topic";
  /** The file it comes from, e.g. "questions.yaml". */
  set: string;
}

export type EvalSetResult = { status: "ok"; items: EvalItem[] } | { status: "invalid"; problems: string[] };

export function loadEvalSet(path: string, cardIds: Set<string>): EvalSetResult {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { status: "invalid", problems: [`${path}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`] };
  }
  const parsed = file.safeParse(raw);
  if (!parsed.success) return { status: "invalid", problems: parsed.error.issues.map((i) => `${path}: ${i.path.join(".")} ${i.message}`) };
  const problems: string[] = [];
  const items = parsed.data.questions.map((q, i): EvalItem => {
    const expected = (Array.isArray(q.expect) ? q.expect : [q.expect]).filter((id) => id !== "none");
    for (const id of expected) if (!cardIds.has(id)) problems.push(`${path}: questions[${i}] expects unknown card "${id}"`);
    const kind = expected.length ? "in-scope" : (q.kind ?? "off-topic");
    return { question: q.q, expected, kind, set: basename(path) };
  });
  return problems.length ? { status: "invalid", problems } : { status: "ok", items };
}

/** Every *.yaml eval file in a folder, in name order, as one list. */
export function loadEvalSets(dir: string, cardIds: Set<string>): EvalSetResult {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (!files.length) return { status: "invalid", problems: [`${dir}: no eval files (*.yaml)`] };
  const items: EvalItem[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const result = loadEvalSet(join(dir, file), cardIds);
    if (result.status === "ok") items.push(...result.items);
    else problems.push(...result.problems);
  }
  return problems.length ? { status: "invalid", problems } : { status: "ok", items };
}
