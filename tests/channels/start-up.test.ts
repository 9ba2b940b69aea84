import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plainEnv, runNode, SPAWN_TIMEOUT, STACK_FRAME } from "../commands/run-node.js";

describe("npm start with a malformed channels file", () => {
  it(
    "stops with exit 1, naming the file and the field, without a stack trace",
    () => {
      const path = join(mkdtempSync(join(tmpdir(), "deal-desk-start-")), "channels.yaml");
      writeFileSync(path, "channels:\n  - platform: slack\n    id: C0123NEWS\n    mode: loud\n");
      const result = runNode("src/main.ts", [], { env: plainEnv({ CHANNELS_FILE: path, DATA_DIR: join(tmpdir(), "unused") }) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${path}: channels[0].mode must be one of mention, answer, news`);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    },
    SPAWN_TIMEOUT + 5000,
  );
});
