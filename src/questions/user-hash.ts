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
  const existing = readSecret(file);
  if (existing !== null) {
    if (existing.length >= MIN_SECRET) return { key: existing, source: "file", problem: null };
    // Never overwrite someone's file: old hashes would silently stop matching.
    return { key: randomBytes(32).toString("hex"), source: "memory", problem: `${file} holds no usable secret (delete it to have a new one made)` };
  }
  const key = randomBytes(32).toString("hex");
  try {
    mkdirSync(dataDir, { recursive: true });
    // "wx": if another process made it meanwhile, theirs wins and is read back.
    writeFileSync(file, `${key}\n`, { encoding: "utf8", mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
    return { key, source: "created", problem: null };
  } catch (error) {
    const made = (error as NodeJS.ErrnoException).code === "EEXIST" ? readSecret(file) : null;
    if (made && made.length >= MIN_SECRET) return { key: made, source: "file", problem: null };
    return { key, source: "memory", problem: `cannot save ${file} (${reason(error)})` };
  }
}

const MIN_SECRET = 32;

function readSecret(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return null; // not there yet, or unreadable: a new one is made
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
