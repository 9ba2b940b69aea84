/**
 * `npm run load`: not a test. Drives the real adapters against the fake Slack and Discord and prints
 * figures, one `load:` line per measurement:
 *   load: platform=<p> sent=… answered=… lost=… dup=… p50_ms=… p99_ms=… rss_mb_start=… rss_mb_end=…
 * plus the faults injected, Discord's p99 for 400 simultaneous /ask, and Slack's reconnect time.
 * Options: --events N (default 1000), --concurrency N (50), --fault-rate P (0.03: 2/3 of it 500s,
 * 1/3 resets), --burst N (400), --reconnects N (5 of each kind), --warmup N (300 events sent, not
 * counted, before rss_mb_start, so start-up growth such as compiled code is not read as a leak).
 * Memory is read settled: collections with short pauses between them (undici frees each request's
 * abort hook in a FinalizationRegistry callback after a collection; V8 hands freed pages back to
 * the OS after the next), at the start and at the end alike.
 * The fakes run in this process; what they record is dropped as the run goes, and the run itself
 * keeps counters and one preallocated array of latencies, so their memory does not count as the bot's.
 */
import { parseArgs } from "node:util";
import { createRateLimiter } from "../../src/adapters/rate-limit.js";
import type { Fault, FaultPlan } from "../fakes/faults.js";
import { startHarness as startDiscordHarness } from "../fakes/discord/harness.js";
import { IDS, messageCreate, slashCommand } from "../fakes/discord/payloads.js";
import { startHarness as startSlackHarness } from "../fakes/slack/harness.js";
import { mentionEvent } from "../fakes/slack/payloads.js";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "50" },
    "fault-rate": { type: "string", default: "0.03" },
    burst: { type: "string", default: "400" },
    reconnects: { type: "string", default: "5" },
    warmup: { type: "string", default: "300" },
  },
});
const EVENTS = Number(values.events);
const CONCURRENCY = Number(values.concurrency);
const FAULT_RATE = Number(values["fault-rate"]);
const BURST = Number(values.burst);
const RECONNECTS = Number(values.reconnects);
const WARMUP = Number(values.warmup);
/** An answer not there this long after its event is counted lost (delivery gives up after ~30 s). */
const LOST_AFTER_MS = 45_000;
const QUESTION = "how much is the oracle deal worth?";

const generous = () => createRateLimiter({ burst: 1_000_000, refillPerMinute: 1_000_000 });
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** RSS and live heap in MB once the process has settled (see the header). Needs --expose-gc. */
async function settledMemory(): Promise<{ rssMb: number; heapMb: number }> {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await sleep(250);
  }
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: Math.round(rss / 1024 / 1024), heapMb: Math.round(heapUsed / 1024 / 1024) };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

/** Some requests fail: `rate` of them, two thirds as 500s and one third as connection resets. */
function injectFaults(plan: FaultPlan, isAnswer: (r: { method: string; path: string }) => boolean): void {
  const pick = (share: number) => (r: { method: string; path: string }) => isAnswer(r) && Math.random() < FAULT_RATE * share;
  const forever = Number.POSITIVE_INFINITY;
  plan.add(pick(2 / 3), { kind: "status", status: 500 } satisfies Fault, forever).add(pick(1 / 3), { kind: "reset" }, forever);
}

/** Runs `total` jobs, `concurrency` at a time. */
async function pool(total: number, concurrency: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await job(next++);
    }),
  );
}

/**
 * Answers keyed by what they answer; resolves waiters as they arrive. Keeps no record of answered
 * keys: an answer with no waiter (a second answer, or one after its event was counted lost) counts
 * in `unexpected`.
 */
class AnswerBook {
  private readonly waiters = new Map<string, () => void>();
  unexpected = 0;
  arrived(key: string): void {
    const waiter = this.waiters.get(key);
    if (!waiter) {
      this.unexpected += 1;
      return;
    }
    this.waiters.delete(key);
    waiter();
  }
  /** Call before sending the event. Resolves with the wait in ms, or null when nothing came within LOST_AFTER_MS. */
  wait(key: string, startedAt: number): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        resolve(null);
      }, LOST_AFTER_MS);
      this.waiters.set(key, () => {
        clearTimeout(timer);
        resolve(performance.now() - startedAt);
      });
    });
  }
}

/** Counts, and the latencies in an array sized once before the run. */
class Tally {
  sent = 0;
  lost = 0;
  answered = 0;
  readonly latencies: Float64Array;
  constructor(events: number) {
    this.latencies = new Float64Array(events);
  }
  add(ms: number | null): void {
    this.sent += 1;
    if (ms === null) this.lost += 1;
    else this.latencies[this.answered++] = ms;
  }
}

function report(platform: string, tally: Tally, dup: number, rssStart: number, rssEnd: number): void {
  const sorted = Array.from(tally.latencies.subarray(0, tally.answered)).sort((a, b) => a - b);
  console.log(
    `load: platform=${platform} sent=${tally.sent} answered=${tally.answered} lost=${tally.lost} dup=${dup} ` +
      `p50_ms=${percentile(sorted, 50)} p99_ms=${percentile(sorted, 99)} rss_mb_start=${rssStart} rss_mb_end=${rssEnd}`,
  );
}

async function loadSlack(): Promise<void> {
  const h = await startSlackHarness({ rateLimit: generous(), logLevel: "warn" });
  try {
    const book = new AnswerBook();
    h.fake.onCall.add((call) => {
      if (call.method === "chat.postMessage") book.arrived(String(call.body.thread_ts));
    });
    injectFaults(h.fake.faults, (r) => r.method === "chat.postMessage");
    const run = (events: number, tally: Tally) =>
      pool(events, CONCURRENCY, async (i) => {
        const event = mentionEvent(`${QUESTION} (${i})`, { channel: `C0LOAD${String(i % 20).padStart(2, "0")}` });
        const answered = book.wait(event.ts, performance.now());
        await h.fake.sendEvent(event);
        tally.add(await answered);
        if (i % 100 === 99) trimSlackFake(h.fake);
      });
    await run(WARMUP, new Tally(WARMUP));
    await sleep(500);
    trimSlackFake(h.fake);
    book.unexpected = 0;
    const start = await settledMemory();
    const tally = new Tally(EVENTS);
    await run(EVENTS, tally);
    await sleep(500);
    trimSlackFake(h.fake);
    const end = await settledMemory();
    report("slack", tally, book.unexpected, start.rssMb, end.rssMb);
    console.log(`load: memory platform=slack heap_mb_start=${start.heapMb} heap_mb_end=${end.heapMb}`);
    console.log(`load: faults platform=slack ${describeInjected(h.fake.faults)}`);
    await measureReconnects(h);
  } finally {
    await h.close();
  }
}

/** Drops what the fake Slack recorded (the load run counts through its own listener). */
function trimSlackFake(fake: { calls: unknown[]; acks: unknown[]; faulted: unknown[] }): void {
  fake.calls.length = 0;
  fake.acks.length = 0;
  fake.faulted.length = 0;
}

/** Slack reconnect: time from a dropped socket, or a "disconnect" message, to the next connection. */
async function measureReconnects(h: Awaited<ReturnType<typeof startSlackHarness>>): Promise<void> {
  const times: { kind: string; ms: number }[] = [];
  for (let i = 0; i < RECONNECTS * 2; i += 1) {
    const kind = i % 2 === 0 ? "drop" : "disconnect";
    const before = h.fake.connections;
    const at = Date.now();
    if (kind === "drop") h.fake.dropConnection();
    else h.fake.sendDisconnect();
    await h.fake.waitFor(() => h.fake.connections > before && h.fake.connected, "a reconnect", 30_000);
    times.push({ kind, ms: h.fake.connectedAt.at(-1)! - at });
    await new Promise((r) => setTimeout(r, 100));
  }
  const max = (kind: string) => Math.max(...times.filter((t) => t.kind === kind).map((t) => t.ms));
  console.log(`load: slack_reconnect trials=${times.length} drop_max_ms=${max("drop")} disconnect_max_ms=${max("disconnect")} target_ms=1500`);
}

function describeInjected(plan: FaultPlan): string {
  return [...plan.injected.entries()].map(([kind, n]) => `${kind.replace(/\s+/g, "_")}=${n}`).join(" ") || "none=0";
}

async function loadDiscord(): Promise<void> {
  const h = await startDiscordHarness(
    (await import("../helpers/fixture-desk.js")).fixtureDesk(),
    { rateLimit: generous(), logLevel: "warn" },
  );
  try {
    const book = new AnswerBook();
    h.fake.onCall.add((call) => {
      const edit = /\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(call.path);
      if (call.method === "PATCH" && edit && Array.isArray(call.body?.embeds) && call.body.embeds.length > 0) book.arrived(`ask:${edit[1]}`);
      if (call.method === "POST" && /\/channels\/\d+\/messages$/.test(call.path) && call.body?.message_reference) {
        book.arrived(`mention:${call.body.message_reference.message_id}`);
      }
    });
    // Duplicates a person would see: a second message created for one mention, a second callback for one interaction.
    // (A repeated edit of the same reply shows nothing new, so the book's `unexpected` is not used here.)
    const replied = new Set<string>();
    const acknowledged = new Set<string>();
    let dup = 0;
    const note = (seen: Set<string>, key: string) => {
      if (seen.has(key)) dup += 1;
      else seen.add(key);
    };
    h.fake.onCall.add((call) => {
      if (call.method === "POST" && call.path.endsWith("/callback")) note(acknowledged, call.path);
    });
    /** Reads the messages the fake created into `replied`, then drops the fake's records. */
    const trim = () => {
      for (const call of h.fake.created) note(replied, String(call.body?.message_reference?.message_id));
      h.fake.forgetHistory();
    };
    injectFaults(h.fake.faults, (r) => (r.method === "POST" && /\/channels\/\d+\/messages$/.test(r.path)) || (r.method === "PATCH" && r.path.endsWith("@original")));
    const run = (events: number, tally: Tally) => pool(events, CONCURRENCY, async (i) => {
      const startedAt = performance.now();
      let answered: Promise<number | null>;
      if (i % 2 === 0) {
        const interaction = slashCommand("ask", [{ name: "question", type: 3, value: QUESTION }]);
        answered = book.wait(`ask:${interaction.token}`, startedAt);
        await h.fake.dispatch("INTERACTION_CREATE", interaction);
      } else {
        const message = messageCreate(`<@${IDS.bot}> ${QUESTION}`);
        answered = book.wait(`mention:${message.id}`, startedAt);
        await h.fake.dispatch("MESSAGE_CREATE", message);
      }
      tally.add(await answered);
      if (i % 100 === 99) trim();
    });
    await run(WARMUP, new Tally(WARMUP));
    await sleep(500);
    trim();
    replied.clear();
    acknowledged.clear();
    dup = 0;
    const start = await settledMemory();
    const tally = new Tally(EVENTS);
    await run(EVENTS, tally);
    await sleep(500);
    trim();
    const end = await settledMemory();
    report("discord", tally, dup, start.rssMb, end.rssMb);
    console.log(`load: memory platform=discord heap_mb_start=${start.heapMb} heap_mb_end=${end.heapMb}`);
    console.log(`load: faults platform=discord ${describeInjected(h.fake.faults)}`);
  } finally {
    await h.close();
  }
}

/** 400 /ask at once, no faults: how long until the last replies are edited in. */
async function discordBurst(): Promise<void> {
  const h = await startDiscordHarness((await import("../helpers/fixture-desk.js")).fixtureDesk(), { rateLimit: generous() });
  try {
    const book = new AnswerBook();
    h.fake.onCall.add((call) => {
      const edit = /\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(call.path);
      if (call.method === "PATCH" && edit && Array.isArray(call.body?.embeds) && call.body.embeds.length > 0) book.arrived(edit[1]!);
    });
    const interactions = Array.from({ length: BURST }, () => slashCommand("ask", [{ name: "question", type: 3, value: QUESTION }]));
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    const waits = interactions.map((i) => book.wait(i.token, startedAt));
    await Promise.all(interactions.map((i) => h.fake.dispatch("INTERACTION_CREATE", i)));
    const results = await Promise.all(waits);
    const cpu = process.cpuUsage(cpuBefore);
    const sorted = results.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
    console.log(
      `load: discord_burst simultaneous=${BURST} answered=${sorted.length} lost=${BURST - sorted.length} ` +
        `p50_ms=${percentile(sorted, 50)} p99_ms=${percentile(sorted, 99)} target_p99_ms=3000 ` +
        // CPU this process (bot and fakes together) spent: far below the wall time means the machine was busy elsewhere.
        `cpu_ms=${Math.round((cpu.user + cpu.system) / 1000)} wall_ms=${Math.round(performance.now() - startedAt)}`,
    );
  } finally {
    await h.close();
  }
}

await loadSlack();
await loadDiscord();
await discordBurst();
process.exit(0);
