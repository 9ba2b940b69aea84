import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { confidenceText } from "../../src/core/answer.js";
import { createDesk } from "../../src/core/create-desk.js";
import type { Desk } from "../../src/core/desk.js";
import { messages } from "../../src/core/messages.js";
import { renderText } from "../../src/console/render-text.js";
import { runConsole } from "../../src/console/run-console.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { createQuestionLog, type QuestionLog } from "../../src/questions/question-log.js";
import { QUESTIONS_FILE, type QuestionRecord } from "../../src/questions/question-record.js";
import { userHasher } from "../../src/questions/user-hash.js";
import { plainEnv, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "../commands/run-node.js";
import { FIXTURE_KNOWLEDGE_DIR, fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";

const desk = fixtureDesk();

/** Runs the console on piped (non-interactive) input and returns everything it printed. */
async function consoleOutput(d: Desk, lines: string[], questions?: QuestionLog): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  await runConsole(d, Readable.from(lines), output, false, questions);
  return text;
}

function logged(dataDir: string): QuestionRecord[] {
  return readFileSync(join(dataDir, QUESTIONS_FILE), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as QuestionRecord);
}

describe("runConsole on piped input", () => {
  it("answers, lists sources, topics and help, and stops at :quit", async () => {
    const out = await consoleOutput(desk, ["how much is the oracle deal worth?\n", ":sources\n", ":topics\n", ":help\n", ":quit\n", "never read\n"]);
    const answer = desk.ask("how much is the oracle deal worth?");
    expect(out).toContain(answer.answer);
    expect(out).toContain(confidenceText(answer.confidence));
    expect(out).toMatch(/(High|Medium|Low) confidence · \d+%/);
    for (const article of desk.articles()) expect(out).toContain(article.title);
    for (const topic of desk.topics()) expect(out).toContain(topic.title);
    expect(out).toContain(":quit");
    // Help is the last thing asked for before :quit: nothing may follow it.
    const helpEnd = out.lastIndexOf(":quit     leave");
    expect(helpEnd).toBeGreaterThan(out.indexOf(desk.topics().at(-1)!.title));
    expect(out.slice(out.indexOf("\n", helpEnd)).trim()).toBe("");
    expect(out).not.toContain(messages.noAnswer);
  });

  it("stops at :quit even when more lines arrive in the same chunk", async () => {
    const out = await consoleOutput(desk, ["where is the first site?\n:quit\n:sources\nhow much is the oracle deal worth?\n"]);
    expect(out).toContain(desk.ask("where is the first site?").answer);
    // ":sources" lists each article with its [id]; answers never show ids.
    for (const article of desk.articles()) expect(out).not.toContain(`[${article.id}]`);
    expect(out).not.toContain(desk.ask("how much is the oracle deal worth?").answer);
  });

  it("ends quietly when the input ends without :quit", async () => {
    const out = await consoleOutput(desk, ["where is the first site?"]);
    expect(out).toContain(desk.ask("where is the first site?").answer);
  });

  it("shows the friendly prompt for a blank line and a hint for an unknown command", async () => {
    const out = await consoleOutput(desk, ["   \n", ":frobnicate\n"]);
    expect(out).toContain(messages.emptyQuestion);
    expect(out).toContain(":frobnicate");
    expect(out).toContain(":help");
  });

  it("after an unsure answer, typing 1 shows the first alternative's answer", async () => {
    // Bands that make every match unsure: the real cards, a guaranteed unsure answer with alternatives.
    const unsureDesk = createDesk(fixtureKnowledge(), { calibration: { ...fixtureKnowledge().calibration, answerAt: 2, unsureAt: 0.01 } });
    const question = "how much is the oracle deal worth?";
    const first = unsureDesk.ask(question);
    expect(first.status).toBe("unsure");
    expect(first.alternatives.length).toBeGreaterThan(0);
    const alternative = fixtureKnowledge().cards.find((c) => c.id === first.alternatives[0]!.card)!;

    const out = await consoleOutput(unsureDesk, [`${question}\n`, "1\n"]);
    expect(out).toContain(messages.unsurePrefix);
    expect(out).toContain(messages.didYouMean);
    expect(out).toContain(`1) ${first.alternatives[0]!.question}`);
    const afterPick = out.slice(out.indexOf(`1) ${first.alternatives[0]!.question}`));
    expect(afterPick).toContain(alternative.answer.trim());
    expect(afterPick).toContain(`[${alternative.id}]`);
  });

  it("offers a confident answer's alternatives as related questions, not as 'did you mean'", () => {
    const confident = createDesk(fixtureKnowledge(), { calibration: { ...fixtureKnowledge().calibration, answerAt: 0.01, unsureAt: 0.005 } });
    const answer = confident.ask("how much is the oracle deal worth?");
    expect(answer.status).toBe("answered");
    expect(answer.alternatives.length).toBeGreaterThan(0);
    const text = renderText(answer);
    expect(text).toContain(messages.relatedHeading);
    expect(text).not.toContain(messages.didYouMean);
  });

  it("treats a number with no alternatives on offer as a question", async () => {
    const out = await consoleOutput(desk, ["7\n"]);
    // Read as a message: it names nothing the bot covers, so it gets the note on what the bot does.
    expect(out).toContain(messages.outOfScope);
    expect(out).not.toMatch(STACK_FRAME);
  });
});

describe("the question log on the console", () => {
  it("records each question and each numbered pick, not commands or blank lines", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "deal-desk-console-log-"));
    const questions = createQuestionLog({ dataDir, hashUser: userHasher("x".repeat(32)), retentionDays: 90, logger: createMemoryLogger() });
    const unsureDesk = createDesk(fixtureKnowledge(), { calibration: { ...fixtureKnowledge().calibration, answerAt: 2, unsureAt: 0.01 } });
    const question = "how much is the oracle deal worth?";
    const first = unsureDesk.ask(question);
    await consoleOutput(unsureDesk, [`${question}\n`, "1\n", ":sources\n", "   \n", "what is the weather on mars\n"], questions);
    await questions.close();
    const saved = logged(dataDir);
    expect(saved.map((r) => [r.event, r.question])).toEqual([
      ["ask", question],
      ["pick", question],
      ["ask", "what is the weather on mars"],
    ]);
    expect(saved[0]).toMatchObject({ platform: "console", user: null, status: "unsure", card: first.card });
    expect(saved[0]!.alternatives.map((a) => a.card)).toEqual(first.alternatives.map((a) => a.card));
    expect(saved[1]!.card).toBe(first.alternatives[0]!.card);
    expect(saved[2]!.status).toBe(unsureDesk.ask("what is the weather on mars").status);
  });
});

describe("npm start without chat tokens", () => {
  it(
    "writes what was asked to DATA_DIR/questions.jsonl; QUESTION_LOG=off writes nothing",
    () => {
      const env = plainEnv({ KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR });
      const result = runNode("src/main.ts", [], { input: "abilene\nhow much is the oracle deal worth?\n", env });
      expect(result.status).toBe(0);
      const saved = logged(env.DATA_DIR!);
      expect(saved.map((r) => r.question)).toEqual(["abilene", "how much is the oracle deal worth?"]);
      expect(saved[1]).toMatchObject({ platform: "console", status: desk.ask("how much is the oracle deal worth?").status });
      expect(existsSync(join(env.DATA_DIR!, "log-secret"))).toBe(true);

      const off = plainEnv({ QUESTION_LOG: "off" });
      expect(runNode("src/main.ts", [], { input: "abilene\n", env: off }).status).toBe(0);
      expect(existsSync(join(off.DATA_DIR!, QUESTIONS_FILE))).toBe(false);
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    "keeps answering when DATA_DIR cannot be written, with one warning",
    () => {
      const base = mkdtempSync(join(tmpdir(), "deal-desk-readonly-"));
      writeFileSync(join(base, "a-file"), "not a directory");
      const input = "where is the first site?\nhow much is the oracle deal worth?\nwhere is the first site?\n";
      const result = runNode("src/main.ts", [], { input, env: plainEnv({ DATA_DIR: join(base, "a-file", "data"), KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR }) });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(desk.ask("where is the first site?").answer);
      expect(result.stdout).toContain(desk.ask("how much is the oracle deal worth?").answer);
      expect(result.stderr.match(/Cannot write to DATA_DIR/g)).toHaveLength(1);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "runs the console on piped stdin, answers, and exits 0 at end of input",
    () => {
      const result = runNode("src/main.ts", [], { input: "where is the first site?\nhow much is the oracle deal worth?\n", env: plainEnv({ KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR }) });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(desk.ask("where is the first site?").answer);
      expect(result.stdout).toContain(desk.ask("how much is the oracle deal worth?").answer);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    },
    SPAWN_TIMEOUT,
  );
});
