import { messages } from "../../core/messages.js";
import type { Logger } from "../../logging/logger.js";

/** Tells the user, in the place they asked, that something went wrong. */
export type Apologize = (sentence: string) => Promise<unknown>;

export interface ErrorFunnel {
  /**
   * Runs one handler's work. If it throws: one log line, then the polite
   * "something went wrong" through `apologize` (itself guarded). Never rejects,
   * so no handler error becomes an unhandled rejection or kills the process.
   */
  run(where: string, work: () => Promise<void>, apologize: Apologize | null): Promise<void>;
  /** Logs an error with nobody to answer (Bolt's app.error, a failed apology). Never throws. */
  report(where: string, error: unknown): void;
  /** For `app.error(...)`: errors that escaped every handler. Resolves, so Bolt treats them as handled. */
  appErrorHandler(error: unknown): Promise<void>;
}

/** A short, log-safe description: never the question text, only what failed. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const e = error as Error & { code?: unknown; data?: { error?: unknown }; original?: unknown };
  const out: Record<string, unknown> = { error: e.message, name: e.name };
  if (e.code !== undefined) out.code = e.code;
  if (e.data?.error !== undefined) out.slackError = e.data.error;
  if (e.stack) out.stack = e.stack.split("\n").slice(0, 6).join("\n");
  return out;
}

export function createErrorFunnel(logger: Logger): ErrorFunnel {
  const report = (where: string, error: unknown): void => {
    try {
      logger.error(`slack: ${where} failed`, describeError(error));
    } catch {
      // A broken logger must not take the adapter down.
    }
  };

  return {
    report,
    async run(where, work, apologize) {
      try {
        await work();
      } catch (error) {
        report(where, error);
        if (!apologize) return;
        try {
          await apologize(messages.somethingWentWrong);
        } catch (again) {
          report(`${where} (apology)`, again);
        }
      }
    },
    async appErrorHandler(error) {
      report("event processing", error);
    },
  };
}
