import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";

const rank: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

/**
 * Routes Bolt's, the Web API client's and Socket Mode's logs into our logger.
 * Held at INFO by default: their DEBUG output includes whole payloads
 * (what people typed), which we do not want in logs.
 */
export function boltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  let name = "bolt";
  const emit = (at: LogLevel, parts: unknown[]) => {
    if (rank[at] < rank[level]) return;
    const error = parts.find((p): p is Error => p instanceof Error);
    const text = parts
      .filter((p) => p !== error)
      .map((p) => (typeof p === "string" ? p : safeJson(p)))
      .join(" ");
    const message = `slack/${name}: ${text || error?.message || ""}`.trimEnd();
    logger[at](message, error);
  };
  return {
    debug: (...msg: unknown[]) => emit(LogLevel.DEBUG, msg),
    info: (...msg: unknown[]) => emit(LogLevel.INFO, msg),
    warn: (...msg: unknown[]) => emit(LogLevel.WARN, msg),
    error: (...msg: unknown[]) => emit(LogLevel.ERROR, msg),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
