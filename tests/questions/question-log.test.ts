import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/answer.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { createQuestionLog, disabledQuestionLog, type QuestionLog } from "../../src/questions/question-log.js";
import { QUESTIONS_FILE, questionRecordSchema, type QuestionRecord } from "../../src/questions/question-record.js";
import { userHasher } from "../../src/questions/user-hash.js";
import { fixtureDesk } from "../helpers/fixture-desk.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "deal-desk-questions-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const desk = fixtureDesk();
const hashUser = userHasher("test-secret-0123456789abcdef");
const DAY = 24 * 60 * 60 * 1000;

function records(file: string): QuestionRecord[] {
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => questionRecordSchema.parse(JSON.parse(l)));
}

function open(dataDir: string, extra: Partial<Parameters<typeof createQuestionLog>[0]> = {}): QuestionLog & { logger: ReturnType<typeof createMemoryLogger> } {
  const logger = createMemoryLogger();
  return { ...createQuestionLog({ dataDir, hashUser, retentionDays: 90, logger, ...extra }), logger };
}

function ask(text: string): Answer {
  return desk.ask(text);
}

describe("question log", () => {
  it("queues a record and writes it after the caller has moved on, one JSON line each", async () => {
    const dir = tempDir();
    const log = open(dir);
    const answer = ask("how much is the oracle deal worth?");
    log.record({ event: "ask", platform: "slack", user: "U024BE7LH", answer });
    // Nothing is written while the answer is still being sent.
    expect(existsSync(join(dir, QUESTIONS_FILE))).toBe(false);
    log.record({ event: "vote", platform: "slack", user: "U024BE7LH", vote: "down", card: answer.card, question: answer.question });
    await log.flush();
    const saved = records(join(dir, QUESTIONS_FILE));
    expect(saved).toHaveLength(2);
    expect(saved[0]).toMatchObject({ event: "ask", platform: "slack", kind: "fact", question: answer.question, status: answer.status, card: answer.card, vote: null });
    expect(saved[0]!.user).toBe(hashUser("U024BE7LH"));
    expect(saved[0]!.confidence).toBeCloseTo(answer.confidence, 2);
    expect(saved[1]).toMatchObject({ event: "vote", vote: "down", card: answer.card, status: null });
    expect(readFileSync(join(dir, QUESTIONS_FILE), "utf8")).not.toContain("U024BE7LH");
    await log.close();
  });

  it("keeps the alternatives shown with an unsure answer", async () => {
    const log = open(tempDir());
    const unsure: Answer = { ...ask("how much is the oracle deal worth?"), status: "unsure", alternatives: [{ card: "contract-length", question: "How long is it?", confidence: 0.31234 }] };
    log.record({ event: "ask", platform: "discord", user: "123", answer: unsure });
    await log.close();
    expect(records(log.file!)[0]!.alternatives).toEqual([{ card: "contract-length", confidence: 0.312 }]);
  });

  it("accepts any kind a conversation feature gives, and skips blank questions", async () => {
    const log = open(tempDir());
    log.record({ event: "ask", platform: "console", user: null, answer: ask("hello"), kind: "smalltalk" });
    log.record({ event: "ask", platform: "console", user: null, answer: { ...ask("x"), question: "   " } });
    await log.close();
    const saved = records(log.file!);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: "smalltalk", user: null, platform: "console" });
  });

  it("writes 200 records from concurrent callers as 200 whole lines, in order", async () => {
    const log = open(tempDir());
    for (let i = 0; i < 200; i++) log.record({ event: "vote", platform: "discord", user: `U${i}`, vote: "up", card: null, question: `question ${i}` });
    await log.close();
    expect(records(log.file!).map((r) => r.question)).toEqual(Array.from({ length: 200 }, (_, i) => `question ${i}`));
  });

  it("an unwritable DATA_DIR warns once and never throws", async () => {
    const base = tempDir();
    writeFileSync(join(base, "a-file"), "not a directory");
    const log = open(join(base, "a-file", "data"));
    for (let i = 0; i < 5; i++) {
      expect(() => log.record({ event: "ask", platform: "slack", user: "U1", answer: ask("abilene") })).not.toThrow();
      await log.flush();
    }
    const warnings = log.logger.lines.filter((l) => l.includes(" WARN "));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("Cannot write to DATA_DIR");
    expect(warnings[0]).toContain("keeps answering");
    await log.close();
  });

  it("QUESTION_LOG=off: the disabled log writes nothing", async () => {
    const log = disabledQuestionLog();
    log.record({ event: "ask", platform: "slack", user: "U1", answer: ask("abilene") });
    await log.close();
    expect(log.file).toBeNull();
  });
});

describe("retention", () => {
  const now = new Date("2026-06-10T12:00:00Z");
  const line = (daysAgo: number, question: string) =>
    JSON.stringify({ v: 1, id: question, at: new Date(now.getTime() - daysAgo * DAY).toISOString(), event: "ask", platform: "slack", user: null, kind: "fact", question, status: "answered", card: "x", confidence: 0.9, alternatives: [], vote: null });

  it("drops records older than QUESTION_LOG_DAYS at start-up and keeps newer ones and lines it cannot read", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, QUESTIONS_FILE), [line(200, "ancient"), line(31, "old"), "not json at all", line(29, "recent"), line(0, "today")].join("\n") + "\n");
    const log = open(dir, { retentionDays: 30, now: () => now });
    // Recorded while the start-up prune may still be running: it must survive the rewrite.
    log.record({ event: "vote", platform: "slack", user: "U1", vote: "up", card: "x", question: "during the prune" });
    await log.flush();
    const text = readFileSync(join(dir, QUESTIONS_FILE), "utf8");
    expect(text).not.toContain("ancient");
    expect(text).not.toContain('"old"');
    expect(text).toContain("not json at all");
    expect(text).toContain("recent");
    expect(text).toContain("today");
    expect(text).toContain("during the prune");
    // No temp file is left behind.
    expect(readFileSync(join(dir, QUESTIONS_FILE), "utf8").split("\n").filter(Boolean)).toHaveLength(4);
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    await log.close();
  });

  it("prunes again on its schedule, as time passes", async () => {
    const dir = tempDir();
    let clock = now;
    const log = open(dir, { retentionDays: 1, now: () => clock });
    log.record({ event: "vote", platform: "slack", user: "U1", vote: "up", card: "x", question: "first day" });
    await log.flush();
    clock = new Date(now.getTime() + 2 * DAY);
    log.record({ event: "vote", platform: "slack", user: "U1", vote: "up", card: "x", question: "third day" });
    const result = await log.prune();
    expect(result).toMatchObject({ status: "pruned", dropped: 1, kept: 1 });
    expect(records(log.file!).map((r) => r.question)).toEqual(["third day"]);
    await log.close();
  });
});
