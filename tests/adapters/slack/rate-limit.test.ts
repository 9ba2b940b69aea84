/**
 * Flood protection through the real Bolt App in Socket Mode against the fake Slack, with a tiny
 * injected limiter (2 questions at once, on a clock that does not move).
 */
import { describe, expect, it } from "vitest";
import { ACTION } from "../../../src/adapters/slack/action-values.js";
import { createRateLimiter } from "../../../src/adapters/rate-limit.js";
import { messages } from "../../../src/core/messages.js";
import type { RecordedCall } from "../../fakes/slack/fake-slack.js";
import { CHANNEL, DM_CHANNEL, blockAction, buttonsOf, directMessageEvent, mentionEvent, slashCommand } from "../../fakes/slack/payloads.js";
import { ORACLE_QUESTION, shownText, useHarness } from "../../fakes/slack/shared.js";

const start = useHarness();
const OTHER = "U0OTHER01";

function tinyLimiter() {
  return createRateLimiter({ burst: 2, refillPerMinute: 12, now: () => 0 });
}

const isSlowDown = (call: RecordedCall) => call.body.text === messages.slowDown;

describe("Slack flood protection", () => {
  it("the 3rd mention gets one slow-down notice in its thread, the 4th nothing, and others are still answered", async () => {
    const h = await start(undefined, { rateLimit: tinyLimiter() });
    const posts = () => h.fake.callsTo("chat.postMessage");

    const [m1, m2, m3, m4] = [1, 2, 3, 4].map(() => mentionEvent(ORACLE_QUESTION));
    for (const m of [m1!, m2!]) {
      await h.fake.sendEvent(m);
      const answer = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === m.ts);
      expect(shownText(answer)).toMatch(/confidence · \d+%/);
    }

    await h.fake.sendEvent(m3!);
    const notice = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === m3!.ts);
    expect(notice.body.channel).toBe(CHANNEL);
    expect(isSlowDown(notice)).toBe(true);
    expect(shownText(notice)).toContain(messages.slowDown);

    await h.fake.sendEvent(m4!);
    await h.fake.waitFor(() => h.logger.lines.some((l) => l.includes("dropped a question over the rate limit")), "the dropped question's log line");

    const other = mentionEvent(ORACLE_QUESTION, { user: OTHER });
    await h.fake.sendEvent(other);
    const answer = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === other.ts);
    expect(shownText(answer)).toMatch(/confidence · \d+%/);

    expect(posts().filter((c) => c.body.thread_ts === m4!.ts)).toHaveLength(0);
    expect(posts().filter(isSlowDown)).toHaveLength(1);
    expect(posts()).toHaveLength(4);
    expect(h.logger.lines.filter((l) => l.includes("sent one slow-down notice"))).toHaveLength(1);
  });

  it("DMs share the person's budget: one notice in the DM, then silence", async () => {
    const h = await start(undefined, { rateLimit: tinyLimiter() });
    for (let i = 0; i < 2; i += 1) {
      const after = h.fake.lastSeq;
      await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION));
      await h.fake.waitForCall("chat.postMessage", (c) => !isSlowDown(c), { after });
    }
    await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION));
    const notice = await h.fake.waitForCall("chat.postMessage", isSlowDown);
    expect(notice.body.channel).toBe(DM_CHANNEL);

    // Already limited: a mention from the same person is dropped too.
    await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION));
    await h.fake.sendEvent(mentionEvent(ORACLE_QUESTION));
    await h.fake.waitFor(
      () => h.logger.lines.filter((l) => l.includes("dropped a question over the rate limit")).length >= 2,
      "two dropped questions",
    );
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(3);
  });

  it("/deal always acks; a limited person gets the notice privately, and buttons still work", async () => {
    const h = await start(undefined, { rateLimit: tinyLimiter() });
    for (const id of ["d1", "d2"]) {
      const { ack } = await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, h.fake.responseUrl(id)));
      expect(ack.payload).toEqual({});
      const reply = await h.fake.waitForCall("response_url", (c) => c.path === `/response/${id}`);
      expect(shownText(reply)).toMatch(/confidence · \d+%/);
    }
    for (const id of ["d3", "d4"]) {
      const { ack } = await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, h.fake.responseUrl(id)));
      expect(ack.payload).toEqual({});
      const notice = await h.fake.waitForCall("response_url", (c) => c.path === `/response/${id}`);
      expect(notice.body.response_type).toBe("ephemeral");
      expect(notice.body.text).toBe(messages.slowDown);
    }
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);

    // Someone else is answered.
    await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, h.fake.responseUrl("o1"), { user: OTHER }));
    const answer = await h.fake.waitForCall("response_url", (c) => c.path === "/response/o1");
    expect(shownText(answer)).toMatch(/confidence · \d+%/);

    // The limited person can still share an earlier answer: buttons are not limited.
    const earlier = h.fake.calls.find((c) => c.path === "/response/d1")!;
    const share = buttonsOf(earlier.body).find((b) => b.action_id === ACTION.share)!;
    await h.fake.sendInteractive(blockAction({ actionId: ACTION.share, value: share.value!, responseUrl: h.fake.responseUrl("s1"), ephemeral: true }));
    const shared = await h.fake.waitForCall("response_url", (c) => c.path === "/response/s1" && c.body.response_type === "in_channel");
    expect(shownText(shared)).toMatch(/confidence · \d+%/);
  });
});
