import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The project root: every command is run from here, as `npm run …` would. */
export const ROOT = resolve(import.meta.dirname, "../..");

export const SPAWN_TIMEOUT = 30_000;

/**
 * The current environment without anything that would switch on a chat adapter
 * or point at another knowledge folder, plus `extra`. DATA_DIR is a fresh temp folder,
 * so a run never writes logs or secrets into the project.
 */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(SLACK_|DISCORD_|QUESTION_LOG|REDIS_)/.test(key) || ["KNOWLEDGE_DIR", "PORT", "DATA_DIR", "LOG_SECRET"].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, DATA_DIR: mkdtempSync(join(tmpdir(), "deal-desk-run-")), ...extra };
}

export interface RunOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** The limit, for a command that reads every eval and held-out question (default SPAWN_TIMEOUT). */
  timeout?: number;
}

/** `node --import tsx <script> ...args` from the project root, with a 30 s limit unless told otherwise. */
export function runNode(script: string, args: string[] = [], options: RunOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    input: options.input ?? "",
    env: options.env ?? plainEnv(),
    encoding: "utf8",
    timeout: options.timeout ?? SPAWN_TIMEOUT,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** A Node stack frame such as "    at main (file:///…/ask.ts:12:3)". */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/m;
