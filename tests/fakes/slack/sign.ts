/** Slack request signing (v0), as Slack signs HTTP requests to a Request URL. */
import { createHmac } from "node:crypto";

export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedPostOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Override the signature (e.g. a wrong one). */
  signature?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** POSTs a signed body to a Bolt HTTP endpoint; resolves with the status and text. */
export async function postSigned(url: string, body: string, signingSecret: string, options: SignedPostOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": options.contentType ?? "application/json",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? slackSignature(signingSecret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}
