import { appendFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { loadLogSecret, userHasher, type UserHasher } from "../questions/user-hash.js";

export type Vote = "up" | "down";

export interface FeedbackInput {
  vote: Vote;
  card: string | null;
  question: string;
  /** Raw platform user id; only its keyed hash (HMAC) is stored. */
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
  /** What a user id is stored as. */
  hashUser: UserHasher;
}

export const FEEDBACK_FILE = "feedback.jsonl";

/**
 * Appends one JSON line per vote. Appends are chained so concurrent clicks
 * never interleave, and the file is only ever opened for append.
 * User ids are hashed with `hashUser` (the app passes the LOG_SECRET one); by default with
 * the secret kept in DATA_DIR, read or generated on the first vote.
 */
export function createFeedbackLog(dataDir: string, now: () => Date = () => new Date(), hashUser?: UserHasher): FeedbackLog {
  const file = join(dataDir, FEEDBACK_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  let hasher = hashUser ?? null;
  const hash: UserHasher = (user) => {
    hasher ??= userHasher(loadLogSecret(dataDir, null).key);
    return hasher(user);
  };

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
    hashUser: hash,
    record(input) {
      const record: FeedbackRecord = {
        vote: input.vote,
        card: input.card,
        question: input.question.slice(0, 1000),
        user: hash(input.user),
        platform: input.platform,
        at: now().toISOString(),
      };
      const result = queue.then(() => write(record));
      queue = result;
      return result;
    },
  };
}
