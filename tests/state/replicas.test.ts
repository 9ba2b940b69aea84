/**
 * Replicas sharing state in a real redis-server (openState with REDIS_URL): two real Bolt apps
 * (startSlack) against ONE fake Slack. Socket Mode with every event delivered to both connections,
 * and HTTP mode behind a "load balancer" that sends a retry to the other replica: each event is
 * answered exactly once, the rate limit is one budget, and a Redis outage costs no answers.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RateLimiterLike } from "../../src/adapters/rate-limit.js";
import { startSlack, type SlackAdapter } from "../../src/adapters/slack/start-slack.js";
import type { SlackConfig } from "../../src/config/env.js";
import { messages } from "../../src/core/messages.js";
import { createFeedbackLog } from "../../src/feedback/feedback-log.js";
import { createMemoryLogger } from "../../src/logging/logger.js";
import { openState, type OpenState } from "../../src/state/open-state.js";
import { createRedisHealth } from "../../src/state/redis-health.js";
import { eventCallback, FakeSlack, type RecordedCall } from "../fakes/slack/fake-slack.js";
import { TEST_SIGNING_SECRET } from "../fakes/slack/harness.js";
import { directMessageEvent, mentionEvent } from "../fakes/slack/payloads.js";
import { ORACLE_QUESTION } from "../fakes/slack/shared.js";
import { postSigned } from "../fakes/slack/sign.js";
import { fixtureDesk } from "../helpers/fixture-desk.js";
import { RUN_REDIS_TESTS, startRedisServer, type RedisServer } from "../helpers/redis-server.js";

interface Replica {
  adapter: SlackAdapter;
  state: OpenState;
  logger: ReturnType<typeof createMemoryLogger>;
  url: string;
}

let server: RedisServer;
let fake: FakeSlack | null = null;
let replicas: Replica[] = [];
let dataDir: string;
let run = 0;

async function startReplica(slack: FakeSlack, mode: "socket" | "http", prefix: string, rateLimit?: RateLimiterLike): Promise<Replica> {
  const logger = createMemoryLogger();
  const opened = await openState({ redisUrl: server.url, dataDir }, logger, { prefix });
  if (opened.status !== "ok") throw new Error(opened.problem);
  const { state } = opened;
  const config: SlackConfig =
    mode === "http"
      ? { mode: "http", botToken: "xoxb-test-token", signingSecret: TEST_SIGNING_SECRET, port: 0, apiUrl: slack.apiUrl }
      : { mode: "socket", botToken: "xoxb-test-token", appToken: "xapp-test-token", apiUrl: slack.apiUrl };
  const adapter = await startSlack(config, {
    desk: fixtureDesk(),
    feedback: createFeedbackLog(dataDir),
    logger,
    store: state.store,
    rateLimit: rateLimit ?? state.rateLimit!,
    dedupe: state.dedupe!,
  });
  const replica = { adapter, state, logger, url: `http://127.0.0.1:${adapter.port ?? 0}/slack/events` };
  replicas.push(replica);
  return replica;
}

/** Two replicas with a fresh key prefix (a fresh "deployment" on the shared Redis). */
async function startPair(mode: "socket" | "http", rateLimit?: (prefix: string) => RateLimiterLike) {
  fake = await FakeSlack.start();
  const prefix = `run${(run += 1)}:`;
  const a = await startReplica(fake, mode, prefix, rateLimit?.(prefix));
  const b = await startReplica(fake, mode, prefix, rateLimit?.(prefix));
  if (mode === "socket") await fake.waitFor(() => fake!.openConnections === 2, "two Socket Mode connections");
  return { fake, a, b };
}

const dropped = (r: Replica) => r.logger.lines.filter((l) => l.includes("dropped a repeated delivery")).length;
const answersTo = (slack: FakeSlack, ts: string) => slack.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === ts || c.body.ts === ts);

function send(replica: Replica, event: Record<string, unknown>, eventId: string, retryNum = 0) {
  const headers: Record<string, string> = retryNum ? { "x-slack-retry-num": String(retryNum), "x-slack-retry-reason": "http_timeout" } : {};
  return postSigned(replica.url, JSON.stringify(eventCallback(event, eventId)), TEST_SIGNING_SECRET, { headers });
}

describe.runIf(RUN_REDIS_TESTS)("replicas sharing Redis", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    server = await startRedisServer();
    dataDir = await mkdtemp(join(tmpdir(), "deal-desk-replicas-"));
  });
  afterEach(async () => {
    for (const r of replicas) await r.adapter.stop();
    for (const r of replicas) await r.state.close();
    replicas = [];
    await fake?.close();
    fake = null;
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("Socket Mode: every event delivered to both replicas is answered exactly once", async () => {
    const { fake: slack, a, b } = await startPair("socket");
    const events = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 2 ? directMessageEvent(ORACLE_QUESTION, { user: `U0ASKER${i % 4}` }) : mentionEvent(ORACLE_QUESTION, { user: `U0ASKER${i % 4}` }),
    );
    const ids: string[] = [];
    for (const event of events) {
      const { eventId, deliveries } = await slack.sendEventToAll(event);
      expect(deliveries).toBe(2);
      ids.push(eventId);
    }
    await slack.waitFor(() => slack.callsTo("chat.postMessage").length >= 12 && dropped(a) + dropped(b) >= 12, "12 answers and 12 dropped copies");
    // Slack retries each event (to both connections again): nobody answers a second time.
    for (const [i, event] of events.entries()) await slack.sendEventToAll(event, { eventId: ids[i]!, retryNum: 1, retryReason: "timeout" });
    await slack.waitFor(() => dropped(a) + dropped(b) >= 36, "every retry dropped");

    const posts = slack.callsTo("chat.postMessage");
    expect(posts).toHaveLength(12);
    for (const event of events.filter((e) => e.type === "app_mention")) expect(answersTo(slack, event.ts as string)).toHaveLength(1);
    const answered = new Set(posts.map((p) => `${p.body.channel as string}:${(p.body.thread_ts as string | undefined) ?? "dm"}`));
    expect(answered.size).toBe(8 + 1); // 8 mention threads, and the 4 DMs in the one DM channel
    expect(posts.filter((p) => p.body.channel === "D0DIRECT1")).toHaveLength(4);
    expect(posts.every((p) => p.body.text !== messages.somethingWentWrong && p.body.text !== messages.slowDown)).toBe(true);
    expect(dropped(a) + dropped(b)).toBe(36);
  });

  it("HTTP mode behind a load balancer: an event to one replica and its retry to the other are answered once", async () => {
    const { fake: slack, a, b } = await startPair("http");
    const events = [1, 2, 3, 4].map(() => mentionEvent(ORACLE_QUESTION));
    for (const [i, event] of events.entries()) {
      const [first, second] = i % 2 ? [a, b] : [b, a];
      const eventId = `EvLB${i}`;
      expect((await send(first, event, eventId)).status).toBe(200);
      await slack.waitFor(() => answersTo(slack, event.ts).length === 1, "the answer");
      expect((await send(second, event, eventId, 1)).status).toBe(200);
    }
    await slack.waitFor(() => dropped(a) + dropped(b) >= 4, "4 dropped retries");
    for (const event of events) expect(answersTo(slack, event.ts)).toHaveLength(1);
    expect(slack.callsTo("chat.postMessage")).toHaveLength(4);
    expect(dropped(a)).toBe(2);
    expect(dropped(b)).toBe(2);
  });

  it("the rate limit is one budget across replicas: the 3rd question, to the other replica, gets the slow-down notice", async () => {
    const { createRedisRateLimiter } = await import("../../src/state/redis-rate-limiter.js");
    const { Redis } = await import("ioredis");
    const tiny = (prefix: string) => {
      const redis = new Redis(server.url, { maxRetriesPerRequest: 0 });
      cleanups.push(() => redis.disconnect());
      return createRedisRateLimiter(redis, { burst: 2, refillPerMinute: 1, prefix, health: createRedisHealth(createMemoryLogger()) });
    };
    const { fake: slack, a, b } = await startPair("http", tiny);
    const [q1, q2, q3, q4] = [1, 2, 3, 4].map(() => mentionEvent(ORACLE_QUESTION));
    const isNotice = (c: RecordedCall) => c.body.text === messages.slowDown;
    await send(a, q1!, "EvRL1");
    await slack.waitFor(() => answersTo(slack, q1!.ts).length === 1, "answer 1");
    await send(b, q2!, "EvRL2");
    await slack.waitFor(() => answersTo(slack, q2!.ts).length === 1, "answer 2");
    // A has answered only one question itself: only a shared budget says "slow down" here.
    await send(a, q3!, "EvRL3");
    const notice = await slack.waitForCall("chat.postMessage", (c) => c.body.thread_ts === q3!.ts);
    expect(isNotice(notice)).toBe(true);
    await send(b, q4!, "EvRL4");
    await slack.waitFor(() => b.logger.lines.some((l) => l.includes("dropped a question over the rate limit")), "q4 dropped");
    expect(answersTo(slack, q4!.ts)).toHaveLength(0);
    expect(slack.callsTo("chat.postMessage").filter((c) => !isNotice(c))).toHaveLength(2);
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it("Redis stopping mid-run costs no answers: one warning, local dedupe, then shared again when it is back", async () => {
    const { fake: slack, a, b } = await startPair("http");
    const before = mentionEvent(ORACLE_QUESTION);
    await send(a, before, "EvOUT0");
    await slack.waitFor(() => answersTo(slack, before.ts).length === 1, "the answer before the outage");

    await server.stop();
    const during = [1, 2, 3, 4].map(() => mentionEvent(ORACLE_QUESTION, { user: "U0OUTAGE" }));
    for (const [i, event] of during.entries()) {
      const replica = i % 2 ? b : a;
      expect((await send(replica, event, `EvOUT${i + 1}`)).status).toBe(200);
      await slack.waitFor(() => answersTo(slack, event.ts).length === 1, `answer ${i + 1} during the outage`);
    }
    // A retry to the replica that answered before the outage: it remembers, so still once.
    await send(a, before, "EvOUT0", 1);
    await slack.waitFor(() => dropped(a) >= 1, "the retry dropped from local memory");
    expect(answersTo(slack, before.ts)).toHaveLength(1);
    for (const r of [a, b]) {
      expect(r.logger.lines.filter((l) => l.includes("WARN") && l.includes("redis: unreachable"))).toHaveLength(1);
      expect(r.logger.lines.some((l) => l.includes("ERROR"))).toBe(false);
    }
    expect(slack.callsTo("chat.postMessage").every((c) => c.body.text !== messages.somethingWentWrong)).toBe(true);

    await server.restart();
    // Once Redis answers again, an event to A and its retry to B are answered once.
    const after = mentionEvent(ORACLE_QUESTION);
    const deadline = Date.now() + 10_000;
    for (let i = 0; Date.now() < deadline; i += 1) {
      // Probe until both replicas' connections are back (ioredis reconnects on its own).
      const probe = mentionEvent(ORACLE_QUESTION, { user: `U0PROBE${i}` });
      await send(a, probe, `EvPROBE${i}A`);
      await send(b, mentionEvent(ORACLE_QUESTION, { user: `U0PROBE${i}` }), `EvPROBE${i}B`);
      await slack.waitFor(() => answersTo(slack, probe.ts).length === 1, "a probe answer");
      if ([a, b].every((r) => r.logger.lines.some((l) => l.includes("redis: reachable again")))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await send(a, after, "EvBACK");
    await slack.waitFor(() => answersTo(slack, after.ts).length === 1, "the answer after the outage");
    await send(b, after, "EvBACK", 1);
    await slack.waitFor(() => dropped(b) >= 1, "the retry dropped by the other replica");
    expect(answersTo(slack, after.ts)).toHaveLength(1);
  });
});

const cleanups: (() => void)[] = [];

describe("without REDIS_URL", () => {
  it("state is a file in DATA_DIR, and the adapters keep their own in-memory dedupe and limiter", async () => {
    const dir = await mkdtemp(join(tmpdir(), "deal-desk-nostate-"));
    try {
      const opened = await openState({ redisUrl: null, dataDir: dir }, createMemoryLogger());
      if (opened.status !== "ok") throw new Error("expected a state");
      expect(opened.state.store.kind).toBe("file");
      expect(opened.state.where).toBe(`file ${join(dir, "state.json")}`);
      expect(opened.state.rateLimit).toBeUndefined();
      expect(opened.state.dedupe).toBeUndefined();
      expect(await opened.state.store.claimOnce("announce:v1", 60_000)).toBe(true);
      await opened.state.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("an unreachable REDIS_URL", () => {
  it("is reported at start-up with the address and no password", async () => {
    const opened = await openState({ redisUrl: "redis://:zq9sekrit@127.0.0.1:1/0", dataDir: "unused" }, createMemoryLogger());
    expect(opened.status).toBe("unreachable");
    if (opened.status !== "unreachable") return;
    expect(opened.problem).toContain("Redis at redis://:***@127.0.0.1:1/0 could not be reached");
    expect(opened.problem).not.toContain("zq9sekrit");
  });
});
