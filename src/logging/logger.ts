export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function describe(detail: unknown): string {
  if (detail === undefined) return "";
  if (detail instanceof Error) return ` ${detail.stack ?? detail.message}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

/** Logs go to stderr so stdout stays clean for `ask --json` and the console. */
export function createLogger(level: LogLevel = "info", write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const emit = (at: LogLevel) => (message: string, detail?: unknown) => {
    if (order[at] < order[level]) return;
    write(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${describe(detail)}\n`);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** For tests: keeps lines in memory. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { ...createLogger("debug", (l) => lines.push(l)), lines };
}
