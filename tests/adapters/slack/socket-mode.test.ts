/**
 * The real Bolt App (through startSlack) in Socket Mode against the fake Slack:
 * mentions, DMs, bot filtering, retries, ping safety and error handling.
 */
import { describe, expect, it } from "vitest";
import type { Answer, Question } from "../../../src/core/answer.js";
import type { Desk } from "../../../src/core/desk.js";
import { messages } from "../../../src/core/messages.js";
import { startSlack } from "../../../src/adapters/slack/start-slack.js";
import { createFeedbackLog } from "../../../src/feedback/feedback-log.js";
import { createMemoryLogger } from "../../../src/logging/logger.js";
import { BOT_ID, BOT_USER_ID, FakeSlack } from "../../fakes/slack/fake-slack.js";
import { CHANNEL, DM_CHANNEL, blockText, buttonsOf, directMessageEvent, mentionEvent, nextTs } from "../../fakes/slack/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";
import { ORACLE_QUESTION, PINGS, shownText, useHarness } from "../../fakes/slack/shared.js";

const NONSENSE_QUESTION = "what's the weather in Paris";
/** About the deals' companies, but no card answers it (a request outside the deals gets the scope note instead). */
const UNANSWERABLE_QUESTION = "what is oracle's dividend policy?";

const start = useHarness();


describe("Slack adapter over Socket Mode", () => {
  it("connects with the app token through SLACK_API_URL and verifies the bot token", async () => {
    const h = await start();
    expect(h.fake.connected).toBe(true);
    expect(h.fake.callsTo("auth.test")[0]?.authorization).toBe("Bearer xoxb-test-token");
    expect(h.fake.callsTo("apps.connections.open")[0]?.authorization).toBe("Bearer xapp-test-token");
    expect(h.adapter.name).toBe("slack");
  });

  it("answers an @mention in a new thread under the message, with Block Kit, sources and confidence", async () => {
    const h = await start();
    const event = mentionEvent(ORACLE_QUESTION);
    const { ack } = await h.fake.sendEvent(event);
    expect(ack).toBeDefined();
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(reply.body.channel).toBe(CHANNEL);
    expect(reply.body.thread_ts).toBe(event.ts);
    expect(typeof reply.body.text).toBe("string");
    expect((reply.body.text as string).length).toBeGreaterThan(0);
    const shown = shownText(reply);
    expect(shown).toMatch(/(High|Medium|Low) confidence · \d{1,3}%/);
    expect(shown).toContain(`*${messages.sourcesHeading}*`);
    expect(shown).toMatch(/• .*Oracle/);
    expect(shown).toContain(`:warning: *${messages.disputedLabel}:*`);
    expect(buttonsOf(reply.body).map((b) => b.action_id)).toEqual(expect.arrayContaining(["deal_vote_up", "deal_vote_down"]));
  });

  it("answers a mention inside a thread in that thread", async () => {
    const h = await start();
    const threadTs = nextTs();
    await h.fake.sendEvent(mentionEvent(ORACLE_QUESTION, { threadTs }));
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(reply.body.thread_ts).toBe(threadTs);
  });

  it("answers a direct message in the DM", async () => {
    const h = await start();
    await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION));
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(reply.body.channel).toBe(DM_CHANNEL);
    expect(reply.body.thread_ts).toBeUndefined();
    expect(shownText(reply)).toMatch(/confidence · \d+%/);
  });

  it("a question it cannot answer gets the apology and 3 questions to try about the name it asked about", async () => {
    const h = await start();
    await h.fake.sendEvent(directMessageEvent(UNANSWERABLE_QUESTION));
    const reply = await h.fake.waitForCall("chat.postMessage");
    const shown = shownText(reply);
    expect(shown).toContain(messages.noAnswerAbout("Oracle"));
    expect(shown).toContain(messages.tryAsking);
    const tryAsking = shown.slice(shown.indexOf(messages.tryAsking));
    expect(tryAsking.match(/^• /gm)).toHaveLength(3);
    expect(shown).not.toMatch(/confidence · \d+%/);
  });

  it("ignores its own messages, other bots, and message subtypes (edits, joins)", async () => {
    const h = await start();
    await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION, { user: BOT_USER_ID })); // itself, as a user
    await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION, { botId: BOT_ID, subtype: "bot_message" })); // itself, as a bot
    await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION, { user: "U0OTHERBOT", botId: "B0OTHER" })); // another bot
    await h.fake.sendEvent({ ...mentionEvent(ORACLE_QUESTION, { user: "U0OTHERBOT" }), bot_id: "B0OTHER" }); // a bot mentioning it
    await h.fake.sendEvent(directMessageEvent(ORACLE_QUESTION, { subtype: "message_changed" }));
    await h.fake.sendEvent(directMessageEvent("", { subtype: "channel_join" }));
    // A person's message after all of those: it is the only one answered.
    const sentinel = directMessageEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(sentinel);
    await h.fake.waitForCall("chat.postMessage");
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.channel).toBe(DM_CHANNEL);
    expect(h.logger.lines.filter((l) => l.includes("ignored a bot's event"))).toHaveLength(4);
  });

  it("answers an event once even when Slack retries it", async () => {
    const h = await start();
    const event = mentionEvent(ORACLE_QUESTION);
    const first = await h.fake.sendEvent(event);
    await h.fake.waitForCall("chat.postMessage");
    await h.fake.sendEvent(event, { eventId: first.eventId, retryNum: 1, retryReason: "timeout" });
    await h.fake.sendEvent(event, { eventId: first.eventId, retryNum: 2, retryReason: "timeout" });
    // Same message delivered under another event id (e.g. app_mention and message.im for one DM): still once.
    await h.fake.sendEvent(event);
    const sentinel = mentionEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(sentinel);
    await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === sentinel.ts);
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts.map((p) => p.body.thread_ts)).toEqual([event.ts, sentinel.ts]);
    expect(h.logger.lines.some((l) => l.includes("dropped a repeated delivery"))).toBe(true);
  });

  it("answers a retry of an event it never saw (e.g. after a restart)", async () => {
    const h = await start();
    const event = mentionEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(event, { retryNum: 1, retryReason: "http_timeout" });
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(reply.body.thread_ts).toBe(event.ts);
  });

  it("never pings anyone, even when the question does", async () => {
    const h = await start();
    const hostile = "<!channel> <!here> <!everyone> <@U0SOMEONE> <!subteam^S0TEAM|@team> @here";
    await h.fake.sendEvent(mentionEvent(`${hostile} ${ORACLE_QUESTION}`));
    await h.fake.sendEvent(directMessageEvent(`${hostile} ${ORACLE_QUESTION}`));
    await h.fake.sendEvent(directMessageEvent(`${hostile} ${NONSENSE_QUESTION} <script>&`));
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length >= 3, "three replies");
    const outgoing = h.fake.outgoingText();
    for (const ping of PINGS) expect(outgoing).not.toContain(ping);
    expect(outgoing).not.toContain("<script>");
    for (const post of h.fake.callsTo("chat.postMessage")) {
      expect(post.body.text as string).not.toMatch(/<[!@#]/);
    }
  });

  it("a handler error gives a polite reply in place and a log line, and the app keeps answering", async () => {
    const base = fixtureDesk();
    let failures = 1;
    const flaky: Desk = {
      ...base,
      ask(question: Question | string): Answer {
        if (failures > 0) {
          failures -= 1;
          throw new Error("knowledge base exploded");
        }
        return base.ask(question);
      },
    };
    const h = await start(flaky);
    const first = mentionEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(first);
    const apology = await h.fake.waitForCall("chat.postMessage");
    expect(apology.body.thread_ts).toBe(first.ts);
    expect(apology.body.text).toBe(messages.somethingWentWrong);
    expect(h.logger.lines.some((l) => l.includes("ERROR") && l.includes("knowledge base exploded"))).toBe(true);

    const second = mentionEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(second);
    const answer = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === second.ts);
    expect(shownText(answer)).toMatch(/confidence · \d+%/);
  });

  it("a failed Slack API call is logged and answered with the apology instead", async () => {
    const h = await start();
    h.fake.failNext.set("chat.postMessage", "invalid_blocks");
    const event = mentionEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(event);
    const apology = await h.fake.waitForCall("chat.postMessage", (c) => c.body.text === messages.somethingWentWrong);
    expect(apology.body.thread_ts).toBe(event.ts);
    expect(h.logger.lines.some((l) => l.includes("invalid_blocks"))).toBe(true);
    expect(blockText(apology.body)).toContain(messages.somethingWentWrong);
  });
});

describe("Slack adapter start-up", () => {
  for (const method of ["auth.test", "apps.connections.open"]) {
    it(`fails with a readable error when Slack rejects the token (${method})`, async () => {
      const fake = await FakeSlack.start();
      const logger = createMemoryLogger();
      try {
        fake.failNext.set(method, "invalid_auth");
        await expect(
          startSlack(
            { mode: "socket", botToken: "xoxb-bad", appToken: "xapp-bad", apiUrl: fake.apiUrl },
            { desk: fixtureDesk(), feedback: createFeedbackLog("/nonexistent-unused"), logger },
          ),
        ).rejects.toThrow(/rejected the token \(invalid_auth\)/);
        expect(fake.connected).toBe(false);
      } finally {
        await fake.close();
      }
    });
  }
});

describe("Socket Mode reconnects", () => {
  it("keeps reconnecting after a failed reconnect, and answers again once back", async () => {
    const h = await start(undefined, { tuning: { socketReconnectDelayMs: 50, socketClientPingTimeoutMs: 300 } });
    h.fake.failNext.set("apps.connections.open", "invalid_auth");
    h.fake.dropConnection();
    await h.fake.waitFor(() => h.fake.connections >= 2 && h.fake.connected, "a new Socket Mode connection");
    expect(h.fake.callsTo("apps.connections.open")).toHaveLength(3);
    expect(h.logger.lines.some((l) => l.includes("reconnect failed"))).toBe(true);
    const event = mentionEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(event);
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(reply.body.thread_ts).toBe(event.ts);
  });
});
