/** Runs the real `npm start` entry point (node --import tsx src/main.ts) as a child process and reads its JSON logs. */
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, plainEnv } from "../commands/run-node.js";
import { until } from "./metrics-text.js";

export interface LogLine {
  level: string;
  time: string;
  msg: string;
  [key: string]: unknown;
}

export interface RunningMain {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** stderr parsed line by line; throws if a line is not JSON. */
  logs(): LogLine[];
  waitForLog(match: (line: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
  /** The port /healthz and /metrics are on (METRICS_PORT=0 picks one; main logs it). */
  metricsPort(): Promise<number>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnMain(env: Record<string, string>, command: string[] = ["--import", "tsx", "src/main.ts"]): RunningMain {
  const child = spawn(process.execPath, command, { cwd: ROOT, env: plainEnv({ LOG_LEVEL: "info", ...env }), stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const logs = () =>
    err
      .split("\n")
      .slice(0, -1) // the last piece is an unfinished line (or empty)
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LogLine);
  const waitForLog = async (match: (line: LogLine) => boolean, what: string, timeoutMs = 30_000) => {
    let found: LogLine | undefined;
    await until(`the log line: ${what} (stderr so far: ${err.slice(-500)})`, () => (found = logs().find(match)) !== undefined, timeoutMs);
    return found!;
  };
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logs,
    waitForLog,
    async metricsPort() {
      const line = await waitForLog((l) => l.msg.startsWith("metrics: serving"), "metrics: serving …");
      return (line.detail as { port: number }).port;
    },
    exited,
  };
}
