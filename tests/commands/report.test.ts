import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/report/build-report.js";
import { FIXTURE_KNOWLEDGE_DIR, fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";
import { plainEnv, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "./run-node.js";

const desk = fixtureDesk();
const KB = ["--knowledge", FIXTURE_KNOWLEDGE_DIR];

describe("npm run report", () => {
  it(
    "counts exactly what was asked in a console session",
    () => {
      const asked = [
        "how much is the oracle deal worth?",
        "How much is the Oracle deal worth",
        "where is the first site?",
        "what is the weather on mars",
        "what's the weather on mars?",
        "who won the football last night",
      ];
      const env = plainEnv();
      const session = runNode("src/main.ts", KB, { input: `${asked.join("\n")}\n`, env });
      expect(session.status).toBe(0);

      const result = runNode("src/commands/report.ts", ["--json", ...KB], { env });
      expect(result.status).toBe(0);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      const report = JSON.parse(result.stdout) as Report;
      const statuses = asked.map((q) => desk.ask(q));
      const count = (status: string) => statuses.filter((a) => a.status === status).length;
      expect(report.total).toBe(asked.length);
      expect(report.rates).toEqual({ questions: asked.length, answered: count("answered"), unsure: count("unsure"), noAnswer: count("no_answer") });
      expect(report.perDay).toHaveLength(1);
      expect(report.perDay[0]).toMatchObject({ console: asked.length, slack: 0, discord: 0, total: asked.length });
      // The two weather questions are one gap, asked twice.
      const weather = report.gaps.find((g) => g.question.includes("weather"));
      expect(weather?.count).toBe(2);
      expect(report.gaps.reduce((sum, g) => sum + g.count, 0)).toBe(count("no_answer"));
      // Every card no question landed on is listed as unasked.
      const landed = new Set(statuses.filter((a) => a.status !== "no_answer").map((a) => a.card));
      expect(report.unasked.map((c) => c.id).sort()).toEqual(fixtureKnowledge().cards.map((c) => c.id).filter((id) => !landed.has(id)).sort());

      const text = runNode("src/commands/report.ts", KB, { env });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain(`What people asked: ${asked.length} questions`);
      expect(text.stdout).toMatch(/2 × .*weather on mars/);

      const future = runNode("src/commands/report.ts", ["--json", "--since", "2999-01-01", ...KB], { env });
      expect((JSON.parse(future.stdout) as Report).total).toBe(0);
    },
    SPAWN_TIMEOUT * 3,
  );

  it(
    "--html writes one self-contained page with inline charts, escaping what people typed",
    () => {
      const env = plainEnv();
      runNode("src/main.ts", KB, { input: "abilene\n<script>alert(1)</script> weather on mars\nhow much is the oracle deal worth?\n", env });
      const file = join(env.DATA_DIR!, "report.html");
      const result = runNode("src/commands/report.ts", ["--html", file, ...KB], { env });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(file);
      const html = readFileSync(file, "utf8");
      // UTF-8 is declared by a byte order mark (emoji in the page stay emoji).
      expect(html.startsWith("\uFEFF<!doctype html>")).toBe(true);
      expect(html.match(/<svg /g)?.length).toBe(2);
      expect(html).toContain("<polyline");
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    },
    SPAWN_TIMEOUT * 2,
  );
});
