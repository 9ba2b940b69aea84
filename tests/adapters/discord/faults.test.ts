/**
 * Fault suite for Discord: the real discord.js client against the fake Discord with 500s, resets
 * ("other side closed"), stalls, 429s and a gateway close followed by RESUME. Every test counts
 * answers exactly: none lost, none doubled (message posts carry a nonce with enforce_nonce, so even
 * a post Discord took before the connection dropped is not doubled). Delivery's waits run 10× faster than real time (its 30 s deadline is 3 s).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "../../../src/adapters/rate-limit.js";
import { messages } from "../../../src/core/messages.js";
import { fastClock } from "../../../src/delivery/clock.js";
import type { FaultRequest } from "../../fakes/faults.js";
import { startHarness, type Harness } from "../../fakes/discord/harness.js";
import { IDS, messageCreate, slashCommand } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

vi.setConfig({ testTimeout: 30_000 });

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function start(requestTimeoutMs = 1000): Promise<Harness> {
  h = await startHarness(fixtureDesk(), {
    rateLimit: createRateLimiter({ burst: 10_000, refillPerMinute: 10_000 }),
    tuning: { delivery: { clock: fastClock(10), policy: { requestTimeoutMs } } },
  });
  return h;
}

const QUESTION = "how much is the oracle deal worth?";
const channelPost = (r: FaultRequest) => r.method === "POST" && /\/channels\/\d+\/messages$/.test(r.path);
const edit = (r: FaultRequest) => r.method === "PATCH" && /\/messages\/@original$/.test(r.path);
const callback = (r: FaultRequest) => r.method === "POST" && /\/interactions\/\d+\/[^/]+\/callback$/.test(r.path);

/** Dispatches `n` mentions; resolves with their message ids. */
async function mentions(harness: Harness, n: number, channelId: string = IDS.channel): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const message = messageCreate(`<@${IDS.bot}> ${QUESTION}`, { channelId });
    ids.push(message.id);
    await harness.fake.dispatch("MESSAGE_CREATE", message);
  }
  return ids;
}

/**
 * Answers created per asking message, once `expected` replies exist (plus a moment for any duplicate
 * to land). Fails if any reply is the apology: an apology is not an answer.
 */
async function repliesPerMessage(harness: Harness, expected: number): Promise<Map<string, number>> {
  await vi.waitFor(() => expect(harness.fake.created.length).toBeGreaterThanOrEqual(expected), { timeout: 15_000, interval: 20 });
  await new Promise((r) => setTimeout(r, 150));
  expect(harness.fake.created.filter((c) => c.body?.content === messages.somethingWentWrong)).toHaveLength(0);
  const counts = new Map<string, number>();
  for (const call of harness.fake.created) {
    const asked = String(call.body?.message_reference?.message_id);
    counts.set(asked, (counts.get(asked) ?? 0) + 1);
  }
  return counts;
}

/** Dispatches `n` /ask commands; resolves with their interactions. */
async function asks(harness: Harness, n: number) {
  const list = Array.from({ length: n }, () => slashCommand("ask", [{ name: "question", type: 3, value: QUESTION }]));
  for (const interaction of list) await harness.fake.dispatch("INTERACTION_CREATE", interaction);
  return list;
}

/** The final edit of each interaction's reply, once all have one. */
async function editedAnswers(harness: Harness, interactions: { token: string }[]): Promise<Map<string, string[]>> {
  const editsOf = (token: string) => harness.fake.callsTo("PATCH", new RegExp(`/webhooks/${IDS.application}/${token}/messages/@original$`));
  await vi.waitFor(() => expect(interactions.every((i) => editsOf(i.token).length > 0)).toBe(true), { timeout: 15_000, interval: 20 });
  await new Promise((r) => setTimeout(r, 150));
  return new Map(interactions.map((i) => [i.token, editsOf(i.token).map((c) => String(c.body?.embeds?.[0]?.title ?? c.body?.content))]));
}

describe("Discord delivery under faults", () => {
  it("mention replies survive 500s and resets: each answered exactly once", async () => {
    const harness = await start();
    harness.fake.faults.add(channelPost, { kind: "status", status: 500 }, 4).add(channelPost, { kind: "reset" }, 4);
    const asked = await mentions(harness, 12);
    const counts = await repliesPerMessage(harness, 12);
    expect(harness.fake.faulted).toHaveLength(8);
    expect([...counts.keys()].sort()).toEqual([...asked].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it("a post Discord took before the connection dropped is not doubled: the retry carries the same nonce", async () => {
    const harness = await start();
    harness.fake.faults.add(channelPost, { kind: "accept-then-reset" }, 3);
    const asked = await mentions(harness, 6);
    const counts = await repliesPerMessage(harness, 6);
    expect(harness.fake.faulted.map((f) => f.fault)).toEqual(["accept-then-reset", "accept-then-reset", "accept-then-reset"]);
    expect([...counts.keys()].sort()).toEqual([...asked].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // The repeats did reach Discord, each with its first try's nonce and enforce_nonce.
    const posts = harness.fake.callsTo("POST", /\/channels\/\d+\/messages$/);
    expect(posts.length).toBeGreaterThan(6);
    expect(posts.every((p) => typeof p.body.nonce === "string" && p.body.enforce_nonce === true)).toBe(true);
    expect(new Set(posts.map((p) => p.body.nonce)).size).toBe(6);
  });

  it("/ask survives resets of the defer and of the edit, and a stalled edit: every reply gets its answer", async () => {
    const harness = await start(300);
    harness.fake.faults
      .add(callback, { kind: "reset" }, 2)
      .add(callback, { kind: "accept-then-reset" }, 2)
      .add(edit, { kind: "reset" }, 2)
      .add(edit, { kind: "status", status: 502 }, 2)
      .add(edit, { kind: "stall" }, 1);
    const interactions = await asks(harness, 8);
    const answers = await editedAnswers(harness, interactions);
    expect(harness.fake.faults.pendingRules).toBe(0);
    for (const titles of answers.values()) expect(titles.at(-1)).toBe(QUESTION);
    // Each interaction was acknowledged once (an accepted-then-reset defer is not repeated as a second reply).
    const callbacks = harness.fake.callsTo("POST", /\/interactions\/\d+\/[^/]+\/callback$/);
    expect(new Set(callbacks.map((c) => c.path)).size).toBe(8);
    // Nobody got an apology.
    expect(harness.fake.calls.some((c) => c.body?.content === messages.somethingWentWrong)).toBe(false);
  });

  it("a 429 on one channel does not hold up another; both get every answer once", async () => {
    const harness = await start();
    harness.fake.faults.add((r) => channelPost(r) && r.path.includes(IDS.thread), { kind: "status", status: 429, retryAfterS: 0.5 }, 2);
    const inThread = await mentions(harness, 3, IDS.thread);
    const inChannel = await mentions(harness, 3, IDS.channel);
    const counts = await repliesPerMessage(harness, 6);
    expect(harness.fake.faulted).toHaveLength(2);
    expect([...counts.keys()].sort()).toEqual([...inThread, ...inChannel].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it("after a gateway close the client RESUMEs: events missed meanwhile are replayed and answered once", async () => {
    const harness = await start();
    const before = await mentions(harness, 2);
    await repliesPerMessage(harness, 2);
    await harness.fake.closeGateway(4000);
    const during = await mentions(harness, 3);
    await vi.waitFor(() => expect(harness.fake.resumes).toBe(1), { timeout: 15_000, interval: 20 });
    const after = await mentions(harness, 1);
    const counts = await repliesPerMessage(harness, 6);
    expect([...counts.keys()].sort()).toEqual([...before, ...during, ...after].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(harness.fake.received.filter((f) => f.op === 2)).toHaveLength(1);
  });
});
