import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { cardFile, cardYaml, removeTempKnowledge, tempKnowledge, threeProblemKnowledge } from "../knowledge/temp-knowledge.js";
import { plainEnv, ROOT, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "./run-node.js";

afterAll(removeTempKnowledge);

describe("npm run knowledge:check", () => {
  it(
    "passes on the project's knowledge base and says how many cards it holds",
    () => {
      const result = runNode("src/commands/knowledge-check.ts");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/OK/);
      // However many cards curators have added by now: the count of the live folder, read the same way.
      const live = loadKnowledge(resolve(import.meta.dirname, "../../knowledge"));
      if (live.status !== "ok") throw new Error("the live knowledge does not load");
      expect(result.stdout).toContain(`${live.kb.cards.length} cards`);
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

  it(
    "with CI=true, fails with a plain message when the articles folder is missing instead of skipping the fidelity check",
    () => {
      const missing = join(tmpdir(), "deal-desk-no-such-articles");
      const result = runNode("src/commands/knowledge-check.ts", ["--articles", missing], { env: plainEnv({ CI: "true" }) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Cannot check the cards against their articles: ${missing} is not a folder`);
      expect(result.stderr).toMatch(/pass --articles DIR/);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).not.toMatch(/expected false to be true/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "fails a card whose figure is in none of its articles, and names an article with no text in plain words",
    () => {
      const texts = mkdtempSync(join(tmpdir(), "deal-desk-texts-"));
      writeFileSync(join(texts, "openai-taps-oracle-cloud-power.txt"), "Acme will rent 4.5 gigawatts from Globex for $300bn.");
      const dir = tempKnowledge({
        "cards/a.yaml": cardFile("A", [cardYaml("alpha").replace(/answer: .*/, "answer: Acme rents 4.5 GW from Globex for $30 billion.")]),
      });
      const result = runNode("src/commands/knowledge-check.ts", ["--knowledge", dir, "--articles", texts]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Cards do not match their articles/);
      expect(result.stderr).toMatch(/a\.yaml: card "alpha": answer: "\$30 billion" appears in none of its sources/);
      expect(result.stderr).toContain(`article "openai-models-on-oci": has no text to check cards against: save the article's text as ${texts}/openai-models-on-oci.txt`);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      rmSync(texts, { recursive: true, force: true });
    },
    SPAWN_TIMEOUT,
  );
});

describe("npm run knowledge:check -- --pack", () => {
  const pack = resolve(import.meta.dirname, "../fixtures/packs/amd-openai");
  const fixture = resolve(import.meta.dirname, "../fixtures/knowledge");

  it(
    "checks a new deal's folder added to the knowledge, so names the main lexicon holds are known to its cards",
    () => {
      const alone = runNode("src/commands/knowledge-check.ts", ["--knowledge", pack]);
      expect(alone.status).toBe(1);
      const result = runNode("src/commands/knowledge-check.ts", ["--knowledge", fixture, "--pack", pack]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const base = loadKnowledge(fixture);
      if (base.status !== "ok") throw new Error("the fixture knowledge does not load");
      expect(result.stdout).toContain("with the pack OK");
      expect(result.stdout).toMatch(new RegExp(`${base.kb.cards.length + 10} cards`));
    },
    SPAWN_TIMEOUT,
  );

  it(
    "names the pack's own card file in a problem, not the temporary copy it checked",
    () => {
      const broken = mkdtempSync(join(tmpdir(), "broken-pack-"));
      try {
        cpSync(pack, broken, { recursive: true });
        const file = join(broken, "cards", readdirSync(join(broken, "cards"))[0]!);
        writeFileSync(file, readFileSync(file, "utf8").replace(/sources: \[amd-openai-6-gw-warrant\]/, "sources: [amd-openai-typo]"));
        const result = runNode("src/commands/knowledge-check.ts", ["--knowledge", fixture, "--pack", broken]);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/"amd-openai-typo" is not a known article/);
        expect(result.stderr).toContain(`${relative(ROOT, file)}:`);
        expect(result.stderr).not.toMatch(/deal-desk-pack-/);
      } finally {
        rmSync(broken, { recursive: true, force: true });
      }
    },
    SPAWN_TIMEOUT,
  );
});
