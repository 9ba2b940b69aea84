import { randomBytes } from "node:crypto";
import { appendFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Answer } from "../core/answer.js";
import type { Vote } from "../feedback/feedback-log.js";
import type { Logger } from "../logging/logger.js";
import { QUESTIONS_FILE, type Platform, type QuestionRecord } from "./question-record.js";
import type { UserHasher } from "./user-hash.js";

/** What an adapter hands the log: the answer it just sent, or a vote. */
export type QuestionEntry =
  | {
      /** ask: a question answered; pick: a did-you-mean alternative clicked (the answer is the picked card's). */
      event: "ask" | "pick";
      platform: Platform;
      /** Raw platform user id (only its keyed hash is stored); null on the console. */
      user: string | null;
      answer: Answer;
      /** Defaults to the answer's own kind when it has one, else "fact". */
      kind?: string;
    }
  | { event: "vote"; platform: Platform; user: string | null; vote: Vote; card: string | null; question: string };

export interface PruneResult {
  status: "pruned" | "failed";
  kept: number;
  dropped: number;
}

export interface QuestionLog {
  /** The JSON-lines file, null when logging is off. */
  readonly file: string | null;
  /** Queues one record and returns at once; the write happens after the reply, never throws. */
  record(entry: QuestionEntry): void;
  /** Resolves when everything recorded so far has been written (or given up on). */
  flush(): Promise<void>;
  /** Drops records older than the retention; newer ones, and lines it cannot read, are kept. */
  prune(): Promise<PruneResult>;
  /** Stops the daily prune and flushes. */
  close(): Promise<void>;
}

export interface QuestionLogOptions {
  dataDir: string;
  hashUser: UserHasher;
  retentionDays: number;
  logger: Logger;
  now?: () => Date;
  /** Told about a DATA_DIR problem once; defaults to one logger.warn. */
  warnOnce?: (problem: string) => void;
  /** How often retention is enforced after the prune at start-up. */
  pruneEveryMs?: number;
  /** Records waiting for a write beyond this are dropped (a stuck disk must not eat memory). */
  maxPending?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_QUESTION = 1000;

/** One warning the first time, silence after: a broken DATA_DIR must not flood the log. */
export function createWarnOnce(logger: Logger): (problem: string) => void {
  let warned = false;
  return (problem) => {
    if (warned) return;
    warned = true;
    logger.warn(`Cannot write to DATA_DIR: ${problem}. Deal Desk keeps answering; questions are not being logged until it can write again.`);
  };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function kindOf(answer: Answer): string {
  const kind = (answer as { kind?: unknown }).kind;
  return typeof kind === "string" && kind ? kind : "fact";
}

/** A log that records nothing (QUESTION_LOG=off, and the batch `ask` command). */
export function disabledQuestionLog(): QuestionLog {
  return {
    file: null,
    record() {},
    flush: async () => {},
    prune: async () => ({ status: "pruned", kept: 0, dropped: 0 }),
    close: async () => {},
  };
}

/**
 * questions.jsonl under DATA_DIR: one JSON line per question, click and vote. Records are queued and
 * appended on a later turn of the event loop, in order, one append per batch; retention rewrites the
 * file through a temp file and a rename, in the same queue, so no append is ever lost to a prune.
 */
export function createQuestionLog(options: QuestionLogOptions): QuestionLog {
  const { dataDir, hashUser, logger } = options;
  const now = options.now ?? (() => new Date());
  const warnOnce = options.warnOnce ?? createWarnOnce(logger);
  const maxPending = options.maxPending ?? 10_000;
  const file = join(dataDir, QUESTIONS_FILE);
  let pending: { entry: QuestionEntry; at: Date }[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let scheduled = false;
  let dropped = 0;

  const toRecord = ({ entry, at }: { entry: QuestionEntry; at: Date }): QuestionRecord => {
    const base = {
      v: 1 as const,
      id: randomBytes(8).toString("hex"),
      at: at.toISOString(),
      event: entry.event,
      platform: entry.platform,
      user: entry.user === null ? null : hashUser(entry.user),
    };
    if (entry.event === "vote")
      return { ...base, kind: "fact", question: entry.question.slice(0, MAX_QUESTION), status: null, card: entry.card, confidence: null, alternatives: [], vote: entry.vote };
    const { answer } = entry;
    return {
      ...base,
      kind: entry.kind ?? kindOf(answer),
      question: answer.question.slice(0, MAX_QUESTION),
      status: answer.status,
      card: answer.card,
      confidence: Math.round(answer.confidence * 1000) / 1000,
      alternatives: answer.alternatives.map((a) => ({ card: a.card, confidence: Math.round(a.confidence * 1000) / 1000 })),
      vote: null,
    };
  };

  const drain = async () => {
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    try {
      const text = batch.map((p) => `${JSON.stringify(toRecord(p))}\n`).join("");
      await mkdir(dataDir, { recursive: true });
      await appendFile(file, text, { encoding: "utf8", flag: "a" });
    } catch (error) {
      warnOnce(`${file}: ${reason(error)}`);
    }
  };

  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const next = chain.then(job, job);
    chain = next.catch(() => undefined);
    return next;
  };

  const prune = (): Promise<PruneResult> =>
    enqueue(async () => {
      await drain(); // what was recorded before the prune is judged with the rest
      const cutoff = now().getTime() - options.retentionDays * DAY_MS;
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "pruned", kept: 0, dropped: 0 } as const;
        warnOnce(`${file}: ${reason(error)}`);
        return { status: "failed", kept: 0, dropped: 0 } as const;
      }
      const lines = text.split("\n").filter((l) => l.trim() !== "");
      const kept = lines.filter((line) => {
        try {
          const at = Date.parse((JSON.parse(line) as { at?: unknown }).at as string);
          return Number.isNaN(at) || at >= cutoff;
        } catch {
          return true; // not ours to judge: keep it
        }
      });
      if (kept.length === lines.length) return { status: "pruned", kept: kept.length, dropped: 0 } as const;
      const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      try {
        await writeFile(temp, kept.map((l) => `${l}\n`).join(""), { encoding: "utf8", mode: 0o600 });
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        warnOnce(`${file}: ${reason(error)}`);
        return { status: "failed", kept: lines.length, dropped: 0 } as const;
      }
      return { status: "pruned", kept: kept.length, dropped: lines.length - kept.length } as const;
    });

  const timer = setInterval(() => void prune(), options.pruneEveryMs ?? DAY_MS);
  timer.unref();
  void prune();

  const flush = async () => {
    while (scheduled || pending.length) {
      await new Promise((resolve) => setImmediate(resolve));
      await chain;
    }
    await chain;
  };

  return {
    file,
    record(entry) {
      try {
        // A blank message got the "ask me something" prompt: there is no question to keep.
        if (entry.event !== "vote" && !entry.answer.question.trim()) return;
        if (pending.length >= maxPending) {
          if (dropped++ === 0) warnOnce(`${file}: writes are not keeping up, dropping records`);
          return;
        }
        pending.push({ entry, at: now() });
        if (scheduled) return;
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          void enqueue(drain);
        });
      } catch (error) {
        logger.debug("question log: could not queue a record", reason(error));
      }
    },
    flush,
    prune,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
