import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDotEnv } from "../../src/config/dot-env.js";

const keys = ["DEAL_DESK_TEST_FROM_FILE", "DEAL_DESK_TEST_EXPORTED"];
afterEach(() => {
  for (const key of keys) delete process.env[key];
});

describe(".env", () => {
  it("fills in settings from the file, but an exported variable wins", () => {
    const file = join(mkdtempSync(join(tmpdir(), "deal-desk-env-")), ".env");
    writeFileSync(file, "DEAL_DESK_TEST_FROM_FILE=from-file\nDEAL_DESK_TEST_EXPORTED=from-file\n");
    process.env.DEAL_DESK_TEST_EXPORTED = "exported";
    loadDotEnv(file);
    expect(process.env.DEAL_DESK_TEST_FROM_FILE).toBe("from-file");
    expect(process.env.DEAL_DESK_TEST_EXPORTED).toBe("exported");
  });

  it("is fine without a file", () => {
    expect(() => loadDotEnv(join(tmpdir(), "no-such-dir-deal-desk", ".env"))).not.toThrow();
  });
});
