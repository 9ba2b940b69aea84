import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runNode, SPAWN_TIMEOUT } from "./run-node.js";

// eval:pack reads every eval and held-out question twice (before and after the pack): on a busy two-core machine
// running the whole suite that takes longer than the usual 30 s. A limit, not a speed target.
const PACK_RUN = SPAWN_TIMEOUT * 4;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("npm run eval:pack", () => {
  it(
    "reports what a pack with no questions of its own yet does to the old questions",
    () => {
      const pack = mkdtempSync(join(tmpdir(), "deal-desk-pack-no-eval-"));
      made.push(pack);
      cpSync(join(ROOT, "tests/fixtures/packs/coreweave-openai"), pack, { recursive: true });
      rmSync(join(pack, "eval"), { recursive: true, force: true });
      // Against the live knowledge: the old questions in tests/eval are labelled with its card ids.
      const result = runNode("src/commands/eval-pack.ts", [pack], { timeout: PACK_RUN });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("no questions of its own");
      // The tally adds up: what is no longer right by the old labels is either lost or now answered by a pack card.
      const tally = /old questions right before: (\d+); still right by their old labels: (\d+) \(the rest: lost (\d+), and out of scope before, now answered by a pack card (\d+)/.exec(result.stdout);
      expect(tally).not.toBeNull();
      const [before, still, lost, covered] = tally!.slice(1).map(Number);
      expect(still! + lost! + covered!).toBe(before);
      expect(result.stdout).toMatch(/^pack: lost=\d+ gained=\d+ now_answered=\d+ taken=\d+$/m);
    },
    PACK_RUN + 10_000,
  );

  it(
    "scores a pack's own questions as the desk reads them and as people get them in chat",
    () => {
      const result = runNode("src/commands/eval-pack.ts", [join(ROOT, "tests/fixtures/packs/coreweave-openai")], { timeout: PACK_RUN });
      expect(result.status).toBe(0);
      const chat = /through the conversation layer \(as asked in chat\): in-scope accuracy (\d\.\d+), out-of-scope abstention (\d\.\d+)/.exec(result.stdout);
      expect(chat).not.toBeNull();
      // Most of the pack's questions get its cards in chat too (a broken conversation layer would give none).
      expect(Number(chat![1])).toBeGreaterThan(0.5);
    },
    PACK_RUN + 10_000,
  );
});
