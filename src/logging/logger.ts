import { pino, type DestinationStream, type Logger as PinoLogger } from "pino";
import { logTag } from "../questions/user-hash.js";

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** The process logger: also flushes buffered lines (call before exiting). */
export interface ServiceLogger extends Logger {
  flush(): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Fields that may carry a platform user id. Callers log logTag(id); anything else found here is hashed. */
const USER_FIELDS = ["user", "userId", "user_id"];
const USER_PATHS = USER_FIELDS.flatMap((f) => [`detail.${f}`, `detail.*.${f}`]);
const HASHED = /^[0-9a-f]{16}$/;

function hideUser(value: unknown): unknown {
  if (typeof value !== "string" || HASHED.test(value)) return value;
  return logTag(value);
}

/**
 * One JSON object a line on stderr (stdout stays clean for `ask --json` and the console):
 * `{"level":"info","time":"…","msg":"…","detail":{…}}`, with errors under `err` (message, stack, code).
 * `destination` is for tests; by default lines go to fd 2 through a buffered writer, see flush().
 */
export function createLogger(level: LogLevel = "info", destination?: DestinationStream): ServiceLogger {
  const stream = destination ?? pino.destination({ dest: 2, sync: false });
  const base: PinoLogger = pino(
    {
      level,
      base: { service: "deal-desk" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: USER_PATHS, censor: hideUser },
    },
    stream,
  );
  const emit = (at: LogLevel) => (message: string, detail?: unknown) => {
    if (detail === undefined) base[at](message);
    else if (detail instanceof Error) base[at]({ err: detail }, message);
    else base[at]({ detail }, message);
  };
  return {
    debug: emit("debug"),
    info: emit("info"),
    warn: emit("warn"),
    error: emit("error"),
    flush() {
      const sonic = stream as { flushSync?: () => void };
      try {
        sonic.flushSync?.();
      } catch {
        // Nothing buffered, or stderr already closed: nothing more to do.
      }
    },
  };
}

function describe(detail: unknown): string {
  if (detail === undefined) return "";
  if (detail instanceof Error) return ` ${detail.stack ?? detail.message}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

/** For tests: keeps readable lines ("<time> INFO message {detail}") in memory. */
export function createMemoryLogger(level: LogLevel = "debug"): Logger & { lines: string[] } {
  const lines: string[] = [];
  const emit = (at: LogLevel) => (message: string, detail?: unknown) => {
    if (order[at] < order[level]) return;
    lines.push(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${describe(detail)}\n`);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error"), lines };
}
