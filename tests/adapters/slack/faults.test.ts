/**
 * Fault suite for Slack: the real Bolt app against the fake Slack with 500s, resets, stalls, 429
 * bursts per channel, Socket Mode drops and "disconnect" messages. Every test counts answers exactly:
 * none lost, none doubled except where Slack took a post and the connection dropped before its reply.
 * Delivery runs on a clock 10× faster than real time, so 30 s of retries take 3 s.
 */
import { describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "../../../src/adapters/rate-limit.js";
import { messages } from "../../../src/core/messages.js";
import { fastClock } from "../../../src/delivery/clock.js";
import type { SlackTuning } from "../../../src/adapters/slack/create-app.js";
import type { FakeSlack, RecordedCall } from "../../fakes/slack/fake-slack.js";
import type { FaultRequest } from "../../fakes/faults.js";
import { mentionEvent } from "../../fakes/slack/payloads.js";
import { ORACLE_QUESTION, useHarness } from "../../fakes/slack/shared.js";

const start = useHarness();
vi.setConfig({ testTimeout: 30_000 });
const tuning = (requestTimeoutMs = 1000): SlackTuning => ({
  delivery: { clock: fastClock(10), policy: { requestTimeoutMs } },
  socketFirstReconnectDelayMs: 20,
});
const generous = () => createRateLimiter({ burst: 10_000, refillPerMinute: 10_000 });
const post = (channel?: string) => (r: FaultRequest) => r.method === "chat.postMessage" && (channel === undefined || r.body.channel === channel);
const isApology = (c: RecordedCall) => c.body.text === messages.somethingWentWrong;

/** Sends one mention per channel entry; resolves with the thread of each (where its answer goes). */
async function mentions(fake: FakeSlack, channels: string[]): Promise<string[]> {
  const threads: string[] = [];
  await Promise.all(
    channels.map(async (channel) => {
      const event = mentionEvent(ORACLE_QUESTION, { channel });
      threads.push(event.ts);
      await fake.sendEvent(event);
    }),
  );
  return threads;
}

/** Answers per thread, once `expected` posts have arrived. Fails if any is the apology: an apology is not an answer. */
async function answersPerThread(fake: FakeSlack, expected: number): Promise<Map<string, number>> {
  await fake.waitFor(() => fake.callsTo("chat.postMessage").length >= expected, `${expected} posts`, 15_000);
  // Anything extra (a duplicate) would arrive right behind: let the lanes drain before counting.
  await new Promise((r) => setTimeout(r, 150));
  expect(fake.callsTo("chat.postMessage").filter(isApology)).toHaveLength(0);
  const counts = new Map<string, number>();
  for (const call of fake.callsTo("chat.postMessage")) {
    const thread = String(call.body.thread_ts);
    counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  return counts;
}

describe("Slack delivery under faults", () => {
  it("500s and connection resets: every answer arrives exactly once, no apology", async () => {
    const h = await start(undefined, { tuning: tuning(), rateLimit: generous() });
    h.fake.faults.add(post(), { kind: "status", status: 500 }, 6).add(post(), { kind: "reset" }, 4).add(post(), { kind: "status", status: 503 }, 2);
    const threads = await mentions(h.fake, Array.from({ length: 20 }, (_, i) => `C0CHAN${i % 4}`));
    const counts = await answersPerThread(h.fake, 20);
    expect(h.fake.faults.pendingRules).toBe(0);
    expect(h.fake.faulted).toHaveLength(12);
    expect([...counts.keys()].sort()).toEqual([...threads].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(h.fake.callsTo("chat.postMessage").filter(isApology)).toHaveLength(0);
  });

  it("a post Slack took before the connection dropped is the only kind that can double, at most once per fault", async () => {
    const h = await start(undefined, { tuning: tuning(), rateLimit: generous() });
    h.fake.faults.add(post(), { kind: "accept-then-reset" }, 3);
    const threads = await mentions(h.fake, Array.from({ length: 10 }, () => "C0GENERAL"));
    const counts = await answersPerThread(h.fake, 13);
    expect(counts.size).toBe(threads.length);
    // Each fault can repeat the post it hit (a retry of one post can be hit again): 3 extra posts in all.
    const extra = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
    expect(extra).toBe(3);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(13);
  });

  it("a stalled post times out and is sent again: answered once", async () => {
    const h = await start(undefined, { tuning: tuning(300), rateLimit: generous() });
    h.fake.faults.add(post(), { kind: "stall" }, 2);
    const threads = await mentions(h.fake, ["C0A", "C0B", "C0A"]);
    const counts = await answersPerThread(h.fake, 3);
    expect(h.fake.faulted.map((f) => f.fault)).toEqual(["stall", "stall"]);
    expect([...counts.keys()].sort()).toEqual([...threads].sort());
    expect([...counts.values()]).toEqual([1, 1, 1]);
  });

  it("a 429 burst in one channel holds only that channel: the others are answered meanwhile, and none is lost", async () => {
    const h = await start(undefined, { tuning: tuning(), rateLimit: generous() });
    // Retry-After 15 s: 1.5 s real time at 10×, long enough that the quiet channel is clearly not waiting.
    h.fake.faults.add(post("C0BUSY"), { kind: "status", status: 429, retryAfterS: 15 }, 1);
    const busy = await mentions(h.fake, ["C0BUSY", "C0BUSY", "C0BUSY"]);
    await h.fake.waitFor(() => h.fake.faulted.length === 1, "the 429");
    const quiet = await mentions(h.fake, ["C0QUIET", "C0QUIET", "C0QUIET"]);
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "C0QUIET").length === 3, "the quiet channel's answers");
    expect(h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "C0BUSY")).toHaveLength(0);
    const counts = await answersPerThread(h.fake, 6);
    expect([...counts.keys()].sort()).toEqual([...busy, ...quiet].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // The busy channel's answers kept their order.
    expect(h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "C0BUSY").map((c) => c.body.thread_ts)).toEqual(busy.slice().sort());
  });

  it("a busy channel under a posting limit (a few per second, 429 past it) gets every answer, none doubled", async () => {
    const h = await start(undefined, { tuning: tuning(), rateLimit: generous() });
    // Three posts per 100 ms real (1 s at 10×), Retry-After 1 s.
    h.fake.faults.setPostingLimit({ keyOf: (r) => (r.method === "chat.postMessage" ? String(r.body.channel) : null), perWindow: 3, windowMs: 100, retryAfterS: 1 });
    const threads = await mentions(h.fake, Array.from({ length: 30 }, () => "C0BUSY"));
    const counts = await answersPerThread(h.fake, 30);
    expect(h.fake.faults.count("429 limit")).toBeGreaterThan(0);
    expect(counts.size).toBe(30);
    expect([...counts.keys()].sort()).toEqual([...threads].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(h.fake.callsTo("chat.postMessage").filter(isApology)).toHaveLength(0);
  });

  it("when posting keeps failing past the deadline, the user gets one apology instead of silence", async () => {
    const h = await start(undefined, { tuning: tuning(), rateLimit: generous() });
    h.fake.faults.add((r) => post()(r) && r.body.text !== messages.somethingWentWrong, { kind: "status", status: 500 }, 1000);
    const [thread] = await mentions(h.fake, ["C0GENERAL"]);
    const apology = await h.fake.waitForCall("chat.postMessage", isApology, { timeoutMs: 10_000 });
    expect(apology.body.thread_ts).toBe(thread);
    // About 30 s of (virtual) retries happened before it gave up.
    expect(h.fake.faulted.length).toBeGreaterThanOrEqual(10);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("Socket Mode drops", () => {
  it("reconnects after a dropped connection and after a 'disconnect' message, and answers once each time", async () => {
    const h = await start(undefined, { tuning: tuning(), rateLimit: generous() });
    h.fake.dropConnection();
    await h.fake.waitFor(() => h.fake.connections === 2 && h.fake.connected, "a reconnect after the drop");
    const [first] = await mentions(h.fake, ["C0GENERAL"]);
    h.fake.sendDisconnect();
    await h.fake.waitFor(() => h.fake.connections === 3 && h.fake.connected, "a reconnect after 'disconnect'");
    const [second] = await mentions(h.fake, ["C0GENERAL"]);
    const counts = await answersPerThread(h.fake, 2);
    expect([...counts.entries()].sort()).toEqual([[first, 1], [second, 1]].sort());
    expect(h.fake.connections).toBe(3);
  });
});
