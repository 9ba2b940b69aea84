import { createHash } from "node:crypto";
import { appendFile, mkdir } from "node:fs/promises";
import { join } from "node:path";

export type Vote = "up" | "down";

export interface FeedbackInput {
  vote: Vote;
  card: string | null;
  question: string;
  /** Raw platform user id; only its hash is stored. */
  user: string;
  platform: "slack" | "discord" | "console";
}

export interface FeedbackRecord {
  vote: Vote;
  card: string | null;
  question: string;
  user: string;
  platform: FeedbackInput["platform"];
  at: string;
}

export type FeedbackResult = { status: "saved"; record: FeedbackRecord } | { status: "failed"; reason: string };

export interface FeedbackLog {
  readonly file: string;
  record(input: FeedbackInput): Promise<FeedbackResult>;
}

export const FEEDBACK_FILE = "feedback.jsonl";

export function hashUser(user: string): string {
  return createHash("sha256").update(`deal-desk:${user}`).digest("hex").slice(0, 16);
}

/**
 * Appends one JSON line per vote. Appends are chained so concurrent clicks
 * never interleave, and the file is only ever opened for append.
 */
export function createFeedbackLog(dataDir: string, now: () => Date = () => new Date()): FeedbackLog {
  const file = join(dataDir, FEEDBACK_FILE);
  let queue: Promise<unknown> = Promise.resolve();

  async function write(record: FeedbackRecord): Promise<FeedbackResult> {
    try {
      await mkdir(dataDir, { recursive: true });
      await appendFile(file, `${JSON.stringify(record)}\n`, { encoding: "utf8", flag: "a" });
      return { status: "saved", record };
    } catch (error) {
      return { status: "failed", reason: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    file,
    record(input) {
      const record: FeedbackRecord = {
        vote: input.vote,
        card: input.card,
        question: input.question.slice(0, 1000),
        user: hashUser(input.user),
        platform: input.platform,
        at: now().toISOString(),
      };
      const result = queue.then(() => write(record));
      queue = result;
      return result;
    },
  };
}
