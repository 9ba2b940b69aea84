import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * `npm test`: vitest with every temp folder the tests make (data dirs, merged packs, fake servers' files) in one
 * folder for the run, removed when it ends, so a run leaves nothing behind in the system's temp folder.
 * Arguments pass through to vitest (`npm test -- tests/core`).
 */
const scratch = mkdtempSync(join(tmpdir(), "deal-desk-tests-"));
const vitest = resolve(import.meta.dirname, "../../node_modules/vitest/vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "--testTimeout=30000", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TMPDIR: scratch },
});
rmSync(scratch, { recursive: true, force: true });
process.exit(run.status ?? 1);
