import { afterAll, describe, expect, it } from "vitest";
import { confidenceText } from "../../src/core/answer.js";
import { MAX_QUESTION_CHARS, messages } from "../../src/core/messages.js";
import { cardFile, cardYaml, removeTempKnowledge, tempKnowledge } from "../knowledge/temp-knowledge.js";
import { FIXTURE_KNOWLEDGE_DIR, fixtureDesk } from "../helpers/fixture-desk.js";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { plainEnv, ROOT, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "./run-node.js";

const RECORD_KEYS = ["question", "status", "answer", "confidence", "card", "sources", "alternatives", "disputed", "kind", "read_as"];
const SOURCE_KEYS = ["id", "title", "published", "url"];
const ALTERNATIVE_KEYS = ["card", "question", "confidence"];

const desk = fixtureDesk();
afterAll(removeTempKnowledge);

interface JsonRecord {
  question: string;
  status: string;
  answer: string;
  confidence: number;
  card: string | null;
  sources: Record<string, unknown>[];
  alternatives: Record<string, unknown>[];
  disputed: string | null;
  kind: string;
  read_as: string | null;
}

describe("npm run ask -- --json", () => {
  it(
    "prints one valid JSON line per input line, whatever the lines hold",
    () => {
      const lines = [
        "how much is the oracle deal worth?",
        "",
        `how big is the deal ${"a".repeat(3000)}`,
        "ctrl\u0001\u0000\u0007\u001b[2J abilene",
        "abilene",
        "what's the weather in paris",
      ];
      const result = runNode("src/commands/ask.ts", ["--json"], { input: lines.join("\r\n") + "\r\n" });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(0);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).not.toMatch(/Error/);

      const out = result.stdout.split("\n");
      expect(out.pop()).toBe("");
      expect(out).toHaveLength(lines.length);
      const records = out.map((line) => JSON.parse(line) as JsonRecord);
      for (const record of records) {
        expect(Object.keys(record).slice(0, RECORD_KEYS.length)).toEqual(RECORD_KEYS);
        expect(["answered", "unsure", "no_answer"]).toContain(record.status);
        expect(record.confidence).toBeGreaterThanOrEqual(0);
        expect(record.confidence).toBeLessThanOrEqual(1);
        expect(record.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
        expect(record.question).not.toMatch(/[\r\u0000-\u001f]/);
        for (const s of record.sources) expect(Object.keys(s)).toEqual(SOURCE_KEYS);
        for (const a of record.alternatives) expect(Object.keys(a)).toEqual(ALTERNATIVE_KEYS);
      }
      // In order, and the same answers the core gives in-process.
      expect(records[0]!.card).toBe(desk.ask(lines[0]!).card);
      expect(records[0]!.sources.length).toBeGreaterThan(0);
      expect(records[1]!.answer).toBe(messages.emptyQuestion);
      expect(records[2]!.question.length).toBe(MAX_QUESTION_CHARS);
      expect(records[4]!.question).toBe("abilene");
      // A bare name lists what the bot knows about it; a request outside the deals gets the scope note.
      expect(records[4]!.kind).toBe("browse");
      // Abilene has a card of its own: the record carries that card's answer and sources, then the other questions.
      expect(records[4]!.card).toBe(desk.ask("abilene").card);
      expect(records[4]!.sources.length).toBeGreaterThan(0);
      expect(records[5]!.status).toBe("no_answer");
      expect(records[5]!.kind).toBe("scope");
      expect(records[0]!.kind).toBe("fact");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "stops quietly when its reader stops early ('| head'), with no stack trace",
    () => {
      const questions = Array.from({ length: 3000 }, () => "how much is the oracle deal worth?").join("\n");
      const script = `node --import tsx src/commands/ask.ts --json | head -c 200 > /dev/null`;
      const result = spawnSync("bash", ["-o", "pipefail", "-c", script], { cwd: ROOT, input: questions, env: plainEnv(), encoding: "utf8", timeout: SPAWN_TIMEOUT });
      expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.status).toBe(0);
    },
    SPAWN_TIMEOUT,
  );
});

describe("npm run ask -- --json \"question\"", () => {
  it(
    "answers the question given on the command line as one JSON line, without waiting for stdin",
    () => {
      const question = "how much is the oracle deal worth?";
      const result = runNode("src/commands/ask.ts", ["--json", question], { env: plainEnv({ KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR }) });
      expect(result.status).toBe(0);
      const lines = result.stdout.trim().split("\n");
      expect(lines).toHaveLength(1);
      const record = JSON.parse(lines[0]!) as JsonRecord;
      expect(record.question).toBe(question);
      expect(record.card).toBe(desk.ask(question).card);
    },
    SPAWN_TIMEOUT,
  );
});

describe("npm run ask -- \"question\"", () => {
  it(
    "prints the answer, a confidence line and the sources",
    () => {
      const question = "how much is the oracle deal worth?";
      // The same knowledge as `desk`: the frozen fixture, so editing knowledge/ never breaks this test.
      const result = runNode("src/commands/ask.ts", [question], { env: plainEnv({ KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR }) });
      expect(result.status).toBe(0);
      const answer = desk.ask(question);
      expect(result.stdout).toContain(answer.answer);
      expect(result.stdout).toContain("confidence ·");
      expect(result.stdout).toContain(confidenceText(answer.confidence));
      expect(result.stdout).toContain("Sources");
      for (const s of answer.sources) expect(result.stdout).toContain(s.title);
      expect(result.stderr).toBe("");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "with --knowledge pointing at a broken folder, exits 1 and reports the problem on stderr",
    () => {
      const dir = tempKnowledge({ "cards/broken.yaml": cardFile("Broken", [cardYaml("deal-value", [], "foo")]) });
      const result = runNode("src/commands/ask.ts", ["--knowledge", dir, "how much is the oracle deal worth?"]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("broken.yaml");
      expect(result.stderr).toContain('card "deal-value"');
      expect(result.stderr).toContain('sources[0] "foo"');
      expect(result.stderr).not.toMatch(STACK_FRAME);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "with KNOWLEDGE_DIR pointing at a broken folder, does the same",
    () => {
      const dir = tempKnowledge({ "cards/broken.yaml": cardFile("Broken", [cardYaml("deal-value", [], "foo")]) });
      const result = runNode("src/commands/ask.ts", ["--json"], { input: "abilene\n", env: plainEnv({ KNOWLEDGE_DIR: dir }) });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("broken.yaml");
      expect(result.stderr).toContain('sources[0] "foo"');
      expect(result.stderr).not.toMatch(STACK_FRAME);
    },
    SPAWN_TIMEOUT,
  );
});

describe("npm run ask -- --pack DIR", () => {
  it(
    "answers from a new deal's folder added to the knowledge, which alone cannot answer it",
    () => {
      const pack = `${ROOT}/tests/fixtures/packs/amd-openai`;
      const question = "how many gigawatts of amd chips is openai getting?";
      const env = plainEnv({ KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR });
      const without = JSON.parse(runNode("src/commands/ask.ts", ["--json", question], { env }).stdout) as JsonRecord;
      expect(without.card ?? "").not.toMatch(/^amd-openai/);
      const result = runNode("src/commands/ask.ts", ["--pack", pack, "--json", question], { env });
      expect(result.status).toBe(0);
      const record = JSON.parse(result.stdout) as JsonRecord;
      expect(record.card).toBe("amd-openai-6-gigawatts");
      expect(record.sources.map((s) => s.id)).toEqual(["amd-openai-6-gw-warrant"]);
    },
    SPAWN_TIMEOUT,
  );
});

describe("through npm itself", () => {
  it(
    "`npm run ask -- --json` writes nothing but the JSON lines on stdout (no npm banner)",
    () => {
      const env = plainEnv();
      // Run as a person would from a shell, not with the settings of the npm that started the tests.
      for (const key of Object.keys(env)) if (key.toLowerCase().startsWith("npm_")) delete env[key];
      const result = spawnSync("npm", ["run", "ask", "--", "--json"], {
        cwd: ROOT,
        input: "how much is the oracle deal worth?\nabilene?\n",
        env,
        encoding: "utf8",
        timeout: SPAWN_TIMEOUT,
      });
      expect(result.status).toBe(0);
      const lines = result.stdout.split("\n").filter((l) => l !== "");
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(Object.keys(JSON.parse(line) as object).slice(0, RECORD_KEYS.length)).toEqual(RECORD_KEYS);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "batch runs are not logged: DATA_DIR stays empty",
    () => {
      const env = plainEnv();
      const batch = runNode("src/commands/ask.ts", ["--json"], { input: "how much is the oracle deal worth?\nabilene\n", env });
      expect(batch.status).toBe(0);
      expect(batch.stdout.trim().split("\n")).toHaveLength(2);
      expect(runNode("src/commands/ask.ts", ["abilene"], { env }).status).toBe(0);
      expect(readdirSync(env.DATA_DIR!)).toEqual([]);
    },
    SPAWN_TIMEOUT * 2,
  );
});
