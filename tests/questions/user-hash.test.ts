import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLogSecret, logTag, SECRET_FILE, userHasher } from "../../src/questions/user-hash.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "deal-desk-secret-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("user hash", () => {
  it("LOG_SECRET changes the hash; the same secret gives the same hash", () => {
    const a = userHasher(loadLogSecret(tempDir(), "first-secret-0123456789").key);
    const b = userHasher(loadLogSecret(tempDir(), "second-secret-0123456789").key);
    expect(a("U024BE7LH")).not.toBe(b("U024BE7LH"));
    expect(a("U024BE7LH")).toBe(userHasher("first-secret-0123456789")("U024BE7LH"));
    expect(a("U024BE7LH")).toMatch(/^[0-9a-f]{32}$/);
    expect(a("U024BE7LH")).not.toContain("U024BE7LH");
  });

  it("without LOG_SECRET, generates a 32-byte secret into DATA_DIR (owner-only) and reuses it", () => {
    const dir = tempDir();
    const first = loadLogSecret(dir, null);
    expect(first.source).toBe("created");
    const file = join(dir, SECRET_FILE);
    expect(readFileSync(file, "utf8").trim()).toBe(first.key);
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadLogSecret(dir, null);
    expect(again).toMatchObject({ source: "file", key: first.key });
    // Two data folders, two secrets: hashes from one deployment do not match another's.
    expect(loadLogSecret(tempDir(), null).key).not.toBe(first.key);
  });

  it("a DATA_DIR that cannot hold the secret gets one for this run, with the reason", () => {
    const base = tempDir();
    writeFileSync(join(base, "a-file"), "x");
    const secret = loadLogSecret(join(base, "a-file", "data"), null);
    expect(secret.source).toBe("memory");
    expect(secret.problem).toContain(SECRET_FILE);
    expect(secret.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it("log tags never show the id and are stable within a run", () => {
    expect(logTag("U024BE7LH")).toBe(logTag("U024BE7LH"));
    expect(logTag("U024BE7LH")).not.toContain("U024BE7LH");
    expect(logTag("U024BE7LH")).not.toBe(logTag("U024BE7LI"));
  });
});

describe("a log-secret file it did not write", () => {
  it("is never overwritten when it holds no usable secret", () => {
    const dir = tempDir();
    writeFileSync(join(dir, SECRET_FILE), "short\n");
    const secret = loadLogSecret(dir, null);
    expect(secret.source).toBe("memory");
    expect(secret.problem).toContain("delete it");
    expect(readFileSync(join(dir, SECRET_FILE), "utf8")).toBe("short\n");
  });
});
