/** What to do after one failed try. */
export type Verdict =
  | { action: "retry"; reason: string; retryAfterMs?: number }
  | { action: "give-up"; reason: string };

/** Error codes of a connection that broke or never answered (Node, undici). */
const TRANSIENT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

const TRANSIENT_NAMES = new Set(["AbortError", "TimeoutError", "ConnectTimeoutError", "SocketError", "HeadersTimeoutError"]);

/**
 * Whether an error (or its cause chain, as fetch wraps undici's) is a transport failure worth trying
 * again: a reset, a refused or timed-out connection, "other side closed", or our own request timeout.
 */
export function transportFailure(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    const e = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === "string" && TRANSIENT_CODES.has(e.code)) return e.code;
    if (typeof e.name === "string" && TRANSIENT_NAMES.has(e.name)) return e.name;
    if (typeof e.message === "string" && /other side closed|socket hang up|ECONNRESET/i.test(e.message)) return "connection closed";
    current = e.cause;
  }
  return null;
}

/** An HTTP status: 429 waits as told, 408/5xx back off, anything else is final. */
export function classifyStatus(status: number, retryAfterMs?: number): Verdict {
  if (status === 429) return { action: "retry", reason: "429", ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  if (status === 408 || (status >= 500 && status <= 599)) return { action: "retry", reason: String(status) };
  return { action: "give-up", reason: String(status) };
}

/** Retry-After as milliseconds: seconds (fractions allowed) or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
