import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { resolve } from "node:path";

/** The project root: every command is run from here, as `npm run …` would. */
export const ROOT = resolve(import.meta.dirname, "../..");

export const SPAWN_TIMEOUT = 30_000;

/**
 * The current environment without anything that would switch on a chat adapter
 * or point at another knowledge folder, plus `extra`.
 */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(SLACK_|DISCORD_|REDIS_)/.test(key) || key === "KNOWLEDGE_DIR" || key === "PORT") continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

export interface RunOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
}

/** `node --import tsx <script> ...args` from the project root, with a 30 s limit. */
export function runNode(script: string, args: string[] = [], options: RunOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    input: options.input ?? "",
    env: options.env ?? plainEnv(),
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** A Node stack frame such as "    at main (file:///…/ask.ts:12:3)". */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/m;
