import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { createFeedbackLog, FEEDBACK_FILE, type FeedbackInput } from "../../src/feedback/feedback-log.js";
import { SECRET_FILE, userHasher } from "../../src/questions/user-hash.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "deal-desk-feedback-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function vote(overrides: Partial<FeedbackInput> = {}): FeedbackInput {
  return { vote: "up", card: "deal-value", question: "how much is the oracle deal worth?", user: "U024BE7LH", platform: "slack", ...overrides };
}

function lines(file: string): Record<string, unknown>[] {
  const text = readFileSync(file, "utf8");
  expect(text.endsWith("\n")).toBe(true);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("feedback log", () => {
  it("appends one line per vote and keeps earlier ones", async () => {
    const dir = join(tempDir(), "nested", "data");
    const log = createFeedbackLog(dir, () => new Date("2026-06-10T12:00:00Z"));
    expect(log.file).toBe(join(dir, FEEDBACK_FILE));
    const first = await log.record(vote());
    const second = await log.record(vote({ vote: "down", card: null, question: "tell me a joke", platform: "discord" }));
    expect(first.status).toBe("saved");
    expect(second.status).toBe("saved");
    const saved = lines(log.file);
    expect(saved).toHaveLength(2);
    expect(saved[0]).toMatchObject({ vote: "up", card: "deal-value", question: "how much is the oracle deal worth?", platform: "slack", at: "2026-06-10T12:00:00.000Z" });
    expect(saved[1]).toMatchObject({ vote: "down", card: null, question: "tell me a joke", platform: "discord" });
  });

  it("keeps what was already in the file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, FEEDBACK_FILE), `${JSON.stringify({ earlier: true })}\n`);
    const log = createFeedbackLog(dir);
    await log.record(vote());
    const saved = lines(log.file);
    expect(saved).toHaveLength(2);
    expect(saved[0]).toEqual({ earlier: true });
  });

  it("stores only an HMAC of the user id, keyed with the secret kept in DATA_DIR", async () => {
    const dir = tempDir();
    const log = createFeedbackLog(dir);
    const result = await log.record(vote({ user: "U024BE7LH" }));
    const raw = readFileSync(log.file, "utf8");
    expect(raw).not.toContain("U024BE7LH");
    const secret = readFileSync(join(dir, SECRET_FILE), "utf8").trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const expected = createHmac("sha256", secret).update("U024BE7LH").digest("hex").slice(0, 32);
    expect(lines(log.file)[0]!.user).toBe(expected);
    expect(result.status === "saved" && result.record.user).toBe(expected);
    // Same person, same hash; different people, different hashes.
    expect(log.hashUser("U024BE7LH")).toBe(expected);
    expect(log.hashUser("U024BE7LI")).not.toBe(expected);
    // A second log on the same DATA_DIR (a restart) reuses the secret, so votes still group by person.
    expect(createFeedbackLog(dir).hashUser("U024BE7LH")).toBe(expected);
    // The old public-salt hash is gone: anyone with the member list could have reversed it.
    expect(raw).not.toContain(createHmac("sha256", "").update("U024BE7LH").digest("hex").slice(0, 16));
  });

  it("hashes with the given secret (LOG_SECRET) instead, and a different secret gives a different hash", async () => {
    const dir = tempDir();
    const a = createFeedbackLog(dir, undefined, userHasher("first-secret-0123456789"));
    const b = createFeedbackLog(tempDir(), undefined, userHasher("other-secret-0123456789"));
    await a.record(vote());
    await b.record(vote());
    const userA = lines(a.file)[0]!.user;
    const userB = lines(b.file)[0]!.user;
    expect(userA).toBe(createHmac("sha256", "first-secret-0123456789").update("U024BE7LH").digest("hex").slice(0, 32));
    expect(userA).not.toBe(userB);
  });

  it("writes 20 concurrent votes as 20 whole lines", async () => {
    const log = createFeedbackLog(tempDir());
    const question = "q".repeat(900);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => log.record(vote({ user: `U${i}`, question: `${i} ${question}`, vote: i % 2 ? "down" : "up" }))),
    );
    expect(results.every((r) => r.status === "saved")).toBe(true);
    const saved = lines(log.file);
    expect(saved).toHaveLength(20);
    expect(new Set(saved.map((r) => r.user)).size).toBe(20);
  });

  it("cuts very long questions to 1,000 characters", async () => {
    const log = createFeedbackLog(tempDir());
    await log.record(vote({ question: "x".repeat(5000) }));
    expect((lines(log.file)[0]!.question as string).length).toBe(1000);
  });

  it("reports a vote it cannot save instead of throwing, and keeps working", async () => {
    const base = tempDir();
    writeFileSync(join(base, "a-file"), "not a directory");
    const broken = createFeedbackLog(join(base, "a-file", "data"));
    const result = await broken.record(vote());
    expect(result.status).toBe("failed");
    if (result.status === "failed") expect(result.reason).not.toBe("");
    // A later vote on the same log is still attempted (and fails the same way) rather than hanging.
    expect((await broken.record(vote())).status).toBe("failed");
  });
});
