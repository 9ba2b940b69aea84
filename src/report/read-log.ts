import { readFileSync } from "node:fs";
import { questionRecordSchema, type QuestionRecord } from "../questions/question-record.js";

export type LogRead =
  | { status: "ok"; records: QuestionRecord[]; skipped: number }
  | { status: "missing"; file: string }
  | { status: "failed"; file: string; reason: string };

/** Every readable record of questions.jsonl at or after `since`; lines that are not records are counted, not fatal. */
export function readQuestionLog(file: string, since: Date | null = null): LogRead {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "missing", file };
    return { status: "failed", file, reason: error instanceof Error ? error.message : String(error) };
  }
  const records: QuestionRecord[] = [];
  let skipped = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let parsed: ReturnType<typeof questionRecordSchema.safeParse>;
    try {
      parsed = questionRecordSchema.safeParse(JSON.parse(line));
    } catch {
      skipped++;
      continue;
    }
    if (!parsed.success) skipped++;
    else if (!since || Date.parse(parsed.data.at) >= since.getTime()) records.push(parsed.data);
  }
  records.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { status: "ok", records, skipped };
}
