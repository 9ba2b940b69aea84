import { classifyStatus, parseRetryAfter, transportFailure, type Verdict } from "../../delivery/classify.js";
import type { Delivery } from "../../delivery/deliver.js";

/** A response worth another try (429, 408, 5xx), thrown inside the lane so Delivery can retry it. */
class RetryableResponse extends Error {
  constructor(
    readonly response: Response,
    readonly verdict: Verdict,
  ) {
    super(`HTTP ${response.status}`);
  }
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The lane a Slack request waits in: the channel for chat.* calls (Slack's posting limit is per
 * channel), the URL for response_url posts, else the Web API method.
 */
export function slackLane(url: string, body: unknown): string {
  const parsed = new URL(url);
  const method = parsed.pathname.split("/").pop() ?? "";
  if (!parsed.pathname.includes("/api/")) return `slack:response:${parsed.pathname}`;
  let channel: string | null = null;
  if (typeof body === "string") {
    const trimmed = body.trimStart();
    if (trimmed.startsWith("{")) {
      try {
        const json = JSON.parse(trimmed) as { channel?: unknown };
        if (typeof json.channel === "string") channel = json.channel;
      } catch {
        // not JSON after all
      }
    } else {
      channel = new URLSearchParams(body).get("channel");
    }
  }
  return channel ? `slack:channel:${channel}` : `slack:method:${method}`;
}

/**
 * A `fetch` for Bolt's `clientOptions.fetch`: every Web API call and every response_url post goes
 * through Delivery (per-channel lanes, Retry-After, back-off for 5xx/resets/timeouts) with a timeout
 * per try. When it gives up on a status, the last response is returned so WebClient and `respond`
 * raise their usual errors; when it gives up on a broken connection, that error is thrown.
 */
export function deliveringFetch(delivery: Delivery, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const callerSignal = init?.signal ?? undefined;
    const classify = (error: unknown): Verdict => {
      if (error instanceof RetryableResponse) return error.verdict;
      if (callerSignal?.aborted) return { action: "give-up", reason: "aborted by the caller" };
      const failure = transportFailure(error);
      return failure ? { action: "retry", reason: failure } : { action: "give-up", reason: "not a transport failure" };
    };
    try {
      return await delivery.send(
        slackLane(url, init?.body),
        async () => {
          // A timer cleared after each try (AbortSignal.timeout would keep every signal alive for the full timeout).
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(new DOMException("request timed out", "TimeoutError")), delivery.policy.requestTimeoutMs);
          const forward = () => controller.abort(callerSignal?.reason);
          callerSignal?.addEventListener("abort", forward, { once: true });
          let response: Response;
          let body: ArrayBuffer;
          try {
            response = await base(input instanceof Request ? input.clone() : input, { ...init, signal: controller.signal });
            // Read the body inside the try, so a response that stalls half-way also times out.
            body = await response.arrayBuffer();
          } finally {
            clearTimeout(timer);
            callerSignal?.removeEventListener("abort", forward);
          }
          const copy = new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          });
          const verdict = classifyStatus(copy.status, parseRetryAfter(copy.headers.get("retry-after")));
          if (copy.status >= 400 && verdict.action === "retry") throw new RetryableResponse(copy, verdict);
          return copy;
        },
        classify,
      );
    } catch (error) {
      if (error instanceof RetryableResponse) return error.response;
      throw error;
    }
  };
}
