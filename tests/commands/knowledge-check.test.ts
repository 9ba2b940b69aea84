import { afterAll, describe, expect, it } from "vitest";
import { fixtureKnowledge } from "../helpers/fixture-desk.js";
import { removeTempKnowledge, threeProblemKnowledge } from "../knowledge/temp-knowledge.js";
import { plainEnv, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "./run-node.js";

afterAll(removeTempKnowledge);

describe("npm run knowledge:check", () => {
  it(
    "passes on the project's knowledge base and says how many cards it holds",
    () => {
      const result = runNode("src/commands/knowledge-check.ts");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/OK/);
      expect(result.stdout).toContain(`${fixtureKnowledge().cards.length} cards`);
      expect(result.stderr).toBe("");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "fails on a broken folder given with --knowledge and prints every problem",
    () => {
      const result = runNode("src/commands/knowledge-check.ts", ["--knowledge", threeProblemKnowledge()]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/3 problems/);
      expect(result.stderr).toMatch(/a\.yaml: card "alpha": sources\[0\] "no-such-article" is not a known article/);
      expect(result.stderr).toMatch(/b\.yaml: card "beta": unknown field "answer-note"/);
      expect(result.stderr).toMatch(/c\.yaml: .*syntax/i);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stdout).toBe("");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "also reads the folder from KNOWLEDGE_DIR and from --knowledge=DIR",
    () => {
      const dir = threeProblemKnowledge();
      for (const [args, env] of [
        [[], plainEnv({ KNOWLEDGE_DIR: dir })],
        [[`--knowledge=${dir}`], plainEnv()],
      ] as const) {
        const result = runNode("src/commands/knowledge-check.ts", [...args], { env });
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/3 problems/);
      }
    },
    SPAWN_TIMEOUT * 2,
  );
});
