/**
 * `npm run build` compiles src/ to dist/, and `npm run start:prod` (plain node, no tsx) answers from
 * it, finding knowledge/ and the model from dist/ just as `npm start` does from src/.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, plainEnv } from "./commands/run-node.js";

const BUILD_TIMEOUT = 240_000;

function npm(args: string[], input = "") {
  const env = plainEnv();
  delete env.NODE_OPTIONS; // nothing may preload tsx into the production run
  return spawnSync("npm", args, { cwd: ROOT, env, input, encoding: "utf8", timeout: BUILD_TIMEOUT });
}

describe("the production build", { timeout: BUILD_TIMEOUT * 2 }, () => {
  it("npm run build, then npm run start:prod answers a piped question without tsx", () => {
    const build = npm(["run", "build"]);
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    expect(existsSync(join(ROOT, "dist", "main.js"))).toBe(true);

    const run = npm(["run", "start:prod"], "how much is the oracle deal worth?\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/(High|Medium|Low) confidence · \d{1,3}%/);
    expect(run.stdout).toMatch(/Oracle/);
    expect(run.stderr).not.toMatch(/tsx|Cannot find|ERR_/);
  });
});
