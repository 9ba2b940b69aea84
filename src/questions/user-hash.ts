import { createHmac, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where a generated secret is kept, readable by its owner only. */
export const SECRET_FILE = "log-secret";

export interface LogSecret {
  key: string;
  /** env: LOG_SECRET; file: read from DATA_DIR; created: generated now; memory: DATA_DIR unwritable, lives for this run only. */
  source: "env" | "file" | "created" | "memory";
  /** Why the secret could not be kept in DATA_DIR, when source is "memory". */
  problem: string | null;
}

export type UserHasher = (user: string) => string;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The secret user ids are hashed with: LOG_SECRET when set, else DATA_DIR/log-secret, generated
 * (32 random bytes, mode 0600) on the first run. A DATA_DIR that cannot hold it gets a secret for
 * this run only, so hashes still never reveal an id (they just stop matching across restarts).
 */
export function loadLogSecret(dataDir: string, fromEnv: string | null): LogSecret {
  if (fromEnv) return { key: fromEnv, source: "env", problem: null };
  const file = join(dataDir, SECRET_FILE);
  try {
    const key = readFileSync(file, "utf8").trim();
    if (key.length >= 32) return { key, source: "file", problem: null };
  } catch {
    // Not there yet (or unreadable): make one below.
  }
  const key = randomBytes(32).toString("hex");
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${key}\n`, { encoding: "utf8", mode: 0o600 });
    chmodSync(file, 0o600);
    return { key, source: "created", problem: null };
  } catch (error) {
    return { key, source: "memory", problem: `cannot save ${file} (${reason(error)})` };
  }
}

/** HMAC-SHA256 of the platform user id, hex, cut to 32 characters (128 bits). */
export function userHasher(key: string): UserHasher {
  return (user) => createHmac("sha256", key).update(user).digest("hex").slice(0, 32);
}

// A key that lives only as long as the process: log lines can follow one person through a run, never across runs.
const runKey = randomBytes(32).toString("hex");

/** A short tag for a user id in log lines (not stored data). */
export function logTag(user: string): string {
  return createHmac("sha256", runKey).update(user).digest("hex").slice(0, 16);
}
