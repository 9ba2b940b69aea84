import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse as parseYaml, stringify } from "yaml";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { cardFileSchema, cardSchema } from "../../src/knowledge/schema.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { createQuestionLog } from "../../src/questions/question-log.js";
import { QUESTIONS_FILE } from "../../src/questions/question-record.js";
import { userHasher } from "../../src/questions/user-hash.js";
import { FIXTURE_KNOWLEDGE_DIR, fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";
import { plainEnv, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "./run-node.js";

const desk = fixtureDesk();
const KB = ["--knowledge", FIXTURE_KNOWLEDGE_DIR];

describe("npm run report: suggestions and bad input", () => {
  it(
    "--suggest prints card YAML that loads with the card schema and adds the picked and 👍 wordings",
    async () => {
      const env = plainEnv();
      const questions = createQuestionLog({ dataDir: env.DATA_DIR!, hashUser: userHasher("k".repeat(32)), retentionDays: 90, logger: createMemoryLogger() });
      const target = fixtureKnowledge().cards[0]!;
      const other = fixtureKnowledge().cards[1]!;
      const picked = desk.ask({ text: "how much juice is in that thing: roughly", card: target.id });
      questions.record({ event: "pick", platform: "slack", user: "U1", answer: picked });
      questions.record({ event: "pick", platform: "discord", user: "U2", answer: picked });
      questions.record({ event: "vote", platform: "slack", user: "U3", vote: "up", card: other.id, question: "tell me the other thing please" });
      // Already an example of the card: nothing new to add.
      questions.record({ event: "vote", platform: "slack", user: "U3", vote: "up", card: other.id, question: other.questions[0]! });
      // A 👎 is not a suggestion.
      questions.record({ event: "vote", platform: "slack", user: "U4", vote: "down", card: other.id, question: "a wording that was wrong" });
      await questions.close();

      const result = runNode("src/commands/report.ts", ["--suggest", ...KB], { env });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("# new: picked 2×");
      const docs = parseAllDocuments(result.stdout).map((d) => d.toJS() as unknown);
      expect(docs.length).toBeGreaterThan(0);
      const suggested = new Map<string, string[]>();
      for (const doc of docs) {
        const file = cardFileSchema.parse(doc);
        for (const card of file.cards) {
          const parsed = cardSchema.parse(card);
          suggested.set(parsed.id, parsed.questions);
        }
      }
      expect(suggested.get(target.id)).toEqual([...target.questions, "how much juice is in that thing: roughly"]);
      expect(suggested.get(other.id)).toEqual([...other.questions, "tell me the other thing please"]);

      // Pasted over the cards in a copy of the knowledge, it still loads.
      const copy = mkdtempSync(join(tmpdir(), "deal-desk-suggest-"));
      cpSync(FIXTURE_KNOWLEDGE_DIR, copy, { recursive: true });
      for (const doc of docs as { topic: string; cards: { id: string }[] }[]) {
        const name = readdirSync(join(copy, "cards")).find((f) => (parseYaml(readFileSync(join(copy, "cards", f), "utf8")) as { topic: string }).topic === doc.topic)!;
        const path = join(copy, "cards", name);
        const existing = parseYaml(readFileSync(path, "utf8")) as { topic: string; cards: { id: string }[] };
        existing.cards = existing.cards.map((c) => doc.cards.find((d) => d.id === c.id) ?? c);
        writeFileSync(path, stringify(existing));
      }
      const loaded = loadKnowledge(copy);
      expect(loaded.status).toBe("ok");
      if (loaded.status === "ok") expect(loaded.kb.cards.find((c) => c.id === target.id)!.questions).toContain("how much juice is in that thing: roughly");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "explains a bad option or date, and an empty log, without a stack trace",
    () => {
      const env = plainEnv();
      const bad = runNode("src/commands/report.ts", ["--since", "last tuesday", ...KB], { env });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("--since wants a date like 2026-06-01");
      expect(runNode("src/commands/report.ts", ["--frobnicate"], { env }).stderr).toContain("Unknown option --frobnicate");
      const empty = runNode("src/commands/report.ts", KB, { env });
      expect(empty.status).toBe(0);
      expect(empty.stderr).toContain("No question log");
      expect(empty.stdout).toContain("What people asked: 0 questions");
      writeFileSync(join(env.DATA_DIR!, QUESTIONS_FILE), "garbage\n\u0000\u0001binary\n");
      const garbage = runNode("src/commands/report.ts", KB, { env });
      expect(garbage.status).toBe(0);
      expect(garbage.stdout).toContain("2 lines of the log could not be read");
      for (const r of [bad, empty, garbage]) expect(r.stderr).not.toMatch(STACK_FRAME);
    },
    SPAWN_TIMEOUT * 2,
  );
});
