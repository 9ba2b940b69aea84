/**
 * HTTP mode (SLACK_SIGNING_SECRET, no app token): Bolt's HTTPReceiver on
 * POST /slack/events with signature verification on, via startSlack.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ACTION } from "../../../src/adapters/slack/action-values.js";
import { eventCallback } from "../../fakes/slack/fake-slack.js";
import { TEST_SIGNING_SECRET, startHarness, type Harness } from "../../fakes/slack/harness.js";
import { buttonsOf, mentionEvent, slashCommand } from "../../fakes/slack/payloads.js";
import { postSigned, slackSignature } from "../../fakes/slack/sign.js";

const ORACLE_QUESTION = "how much is the oracle deal worth?";

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function start(): Promise<Harness> {
  harness = await startHarness({ mode: "http" });
  expect(harness.adapter.mode).toBe("http");
  expect(harness.adapter.port).toBeGreaterThan(0);
  return harness;
}

function eventsUrl(h: Harness): string {
  return `http://127.0.0.1:${h.adapter.port}/slack/events`;
}

function callback(event: Record<string, unknown>, eventId?: string): string {
  return JSON.stringify(eventCallback(event, eventId));
}

describe("Slack adapter in HTTP mode", () => {
  it("answers a correctly signed event", async () => {
    const h = await start();
    const event = mentionEvent(ORACLE_QUESTION);
    const response = await postSigned(eventsUrl(h), callback(event), TEST_SIGNING_SECRET);
    expect(response.status).toBe(200);
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(reply.body.thread_ts).toBe(event.ts);
    expect(JSON.stringify(reply.body.blocks)).toMatch(/confidence · \d+%/);
  });

  it("rejects a bad, stale or missing signature with 401 and does not reply", async () => {
    const h = await start();
    const url = eventsUrl(h);
    const bad = await postSigned(url, callback(mentionEvent(ORACLE_QUESTION)), TEST_SIGNING_SECRET, { signature: `v0=${"0".repeat(64)}` });
    expect(bad.status).toBe(401);
    const wrongSecret = await postSigned(url, callback(mentionEvent(ORACLE_QUESTION)), "0123456789abcdef0123456789abcdef");
    expect(wrongSecret.status).toBe(401);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await postSigned(url, callback(mentionEvent(ORACLE_QUESTION)), TEST_SIGNING_SECRET, { timestamp: sixMinutesAgo });
    expect(stale.status).toBe(401);
    expect(h.logger.lines.some((l) => l.includes("request is stale"))).toBe(true);
    expect(h.logger.lines.some((l) => l.includes("signature mismatch"))).toBe(true);
    const body = callback(mentionEvent(ORACLE_QUESTION));
    const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);
    await unsigned.text();
    // A good request afterwards is the only one answered.
    const good = mentionEvent(ORACLE_QUESTION);
    expect((await postSigned(url, callback(good), TEST_SIGNING_SECRET)).status).toBe(200);
    await h.fake.waitForCall("chat.postMessage");
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.thread_ts).toBe(good.ts);
  });

  it("answers a retried delivery (X-Slack-Retry-Num) once", async () => {
    const h = await start();
    const event = mentionEvent(ORACLE_QUESTION);
    const body = callback(event, "EvRETRY0001");
    expect((await postSigned(eventsUrl(h), body, TEST_SIGNING_SECRET)).status).toBe(200);
    await h.fake.waitForCall("chat.postMessage");
    const retry = await postSigned(eventsUrl(h), body, TEST_SIGNING_SECRET, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect(retry.status).toBe(200);
    const sentinel = mentionEvent(ORACLE_QUESTION);
    await postSigned(eventsUrl(h), callback(sentinel), TEST_SIGNING_SECRET);
    await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === sentinel.ts);
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.body.thread_ts)).toEqual([event.ts, sentinel.ts]);
  });

  it("answers Slack's URL verification challenge", async () => {
    const h = await start();
    const body = JSON.stringify({ token: "verification-token", challenge: "challenge-123", type: "url_verification" });
    const response = await postSigned(eventsUrl(h), body, TEST_SIGNING_SECRET);
    expect(response.status).toBe(200);
    expect(response.text).toContain("challenge-123");
  });

  it("acks a signed /deal (form-encoded) and answers through the response_url", async () => {
    const h = await start();
    const form = new URLSearchParams(Object.entries(slashCommand(ORACLE_QUESTION, h.fake.responseUrl("http-cmd"))).map(([k, v]) => [k, String(v)])).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postSigned(eventsUrl(h), form, TEST_SIGNING_SECRET, {
      contentType: "application/x-www-form-urlencoded",
      timestamp,
      signature: slackSignature(TEST_SIGNING_SECRET, timestamp, form),
    });
    expect(response.status).toBe(200);
    const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/http-cmd");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(buttonsOf(reply.body).some((b) => b.action_id === ACTION.share)).toBe(true);
  });
});
