/**
 * News channels end to end: the real Bolt app (startSlack) over Socket Mode against the fake Slack,
 * with the channels runtime main.ts builds (live knowledge, file store in DATA_DIR).
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXPERT_ACTION } from "../../../src/adapters/slack/channel-message.js";
import { startSlack, type SlackAdapter } from "../../../src/adapters/slack/start-slack.js";
import type { ChannelConfig } from "../../../src/channels/channels-file.js";
import type { ChannelsRuntime } from "../../../src/channels/channels-runtime.js";
import { createFeedbackLog } from "../../../src/feedback/feedback-log.js";
import { createMemoryLogger } from "../../../src/logging/logger.js";
import { BOT_ID, BOT_USER_ID, FakeSlack } from "../../fakes/slack/fake-slack.js";
import { blockAction, buttonsOf, HUMAN, nextTs, slashCommand } from "../../fakes/slack/payloads.js";
import { shownText } from "../../fakes/slack/shared.js";
import { channelsFolders, channelsRuntime, NEW_ARTICLE, NEW_CARDS } from "../../helpers/channels-setup.js";

const ANSWER = "C0ANSWERS";
const NEWS = "C0NEWSFEED";
const ADMIN = "C0ADMIN";
const CHANNELS: ChannelConfig[] = [
  { platform: "slack", id: ANSWER, mode: "answer", experts: ["U0EXPERT1", "S0EXPERTS"] },
  { platform: "slack", id: NEWS, mode: "news", digest: "mon 09:00" },
];

interface Running {
  fake: FakeSlack;
  adapter: SlackAdapter;
  runtime: ChannelsRuntime;
  logger: ReturnType<typeof createMemoryLogger>;
}

const open: Running[] = [];
const folders: ReturnType<typeof channelsFolders>[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) await stop(r);
  for (const f of folders.splice(0)) f.remove();
});

async function stop(r: Running): Promise<void> {
  r.runtime.stop();
  await r.adapter.stop();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await r.fake.close();
}

async function start(dirs = newFolders(), now?: () => number): Promise<Running & { dirs: ReturnType<typeof channelsFolders> }> {
  const fake = await FakeSlack.start();
  const logger = createMemoryLogger();
  const runtime = channelsRuntime({ ...dirs, channels: CHANNELS, logger, adminChannel: { platform: "slack", id: ADMIN }, ...(now ? { now } : {}) });
  const adapter = await startSlack(
    { mode: "socket", botToken: "xoxb-test-token", appToken: "xapp-test-token", apiUrl: fake.apiUrl },
    { desk: runtime.live, feedback: createFeedbackLog(dirs.dataDir), logger, channels: runtime },
  );
  await runtime.start();
  const running = { fake, adapter, runtime, logger };
  open.push(running);
  return { ...running, dirs };
}

function newFolders() {
  const dirs = channelsFolders();
  folders.push(dirs);
  return dirs;
}

function channelMessage(channel: string, text: string, fields: Record<string, unknown> = {}): Record<string, unknown> & { ts: string } {
  const ts = nextTs();
  return { type: "message", channel, channel_type: "channel", user: HUMAN, text, ts, event_ts: ts, ...fields };
}

function feedPost(channel: string, text: string) {
  return channelMessage(channel, text, { user: undefined, subtype: "bot_message", bot_id: "B0FEEDBOT", username: "Deal feed" });
}

/** Sends `quiet` events, then a `probe` that is answered: when its reply is in, the quiet ones were handled and left alone. */
async function expectSilence(r: Running, quiet: Record<string, unknown>[]): Promise<void> {
  const before = r.fake.callsTo("chat.postMessage").length;
  for (const event of quiet) await r.fake.sendEvent(event);
  const probe = channelMessage(ANSWER, "how much is the OpenAI-Oracle deal worth?");
  await r.fake.sendEvent(probe);
  await r.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === probe.ts);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const posted = r.fake.callsTo("chat.postMessage").slice(before);
  expect(posted.map((c) => c.body.thread_ts)).toEqual([probe.ts]);
}

describe("Slack news channels", { timeout: 30_000 }, () => {
  it("answer mode: a question without a mention is answered in a thread", async () => {
    const r = await start();
    const event = channelMessage(ANSWER, "how much is the OpenAI-Oracle deal worth?");
    await r.fake.sendEvent(event);
    const reply = await r.fake.waitForCall("chat.postMessage");
    expect(reply.body.channel).toBe(ANSWER);
    expect(reply.body.thread_ts).toBe(event.ts);
    expect(shownText(reply)).toMatch(/\$30 billion/);
    expect(shownText(reply)).toMatch(/(High|Medium) confidence · \d+%/);
  });

  it("answer mode: small talk and questions it is unsure of get silence", async () => {
    const r = await start();
    await expectSilence(r, [channelMessage(ANSWER, "thanks everyone, great call!"), channelMessage(ANSWER, "how was your weekend?")]);
  });

  it("news mode: a feed bot's post gets one threaded What we know reply with sources and the disagreement", async () => {
    const r = await start();
    const post = feedPost(NEWS, "Report: OpenAI's Oracle deal is worth $3 billion");
    await r.fake.sendEvent(post);
    const reply = await r.fake.waitForCall("chat.postMessage");
    expect(reply.body.thread_ts).toBe(post.ts);
    const shown = shownText(reply);
    expect(shown).toMatch(/^\*What we know\*/);
    expect(shown).toContain("Source:");
    expect(shown).toContain("Sources disagree:");
    expect(shown).toContain("Our sources differ: $3 billion vs $30 billion");
    // The same post delivered again (a retry with a new event id) is not answered twice.
    await expectSilence(r, [post]);
  });

  it("news mode: unrelated, link-only, huge posts and the bot's own posts get silence, without a crash", async () => {
    const r = await start();
    await expectSilence(r, [
      feedPost(NEWS, "Lunch menu today: pasta and salad"),
      channelMessage(NEWS, "<https://example.com/some/story>"),
      channelMessage(NEWS, "OpenAI Oracle deal ".repeat(60_000)),
      channelMessage(NEWS, "Oracle shares jump after OpenAI cloud contract news", { user: BOT_USER_ID, bot_id: BOT_ID }),
      channelMessage(NEWS, "*New in Deal Desk: Oracle deal*", { subtype: "bot_message", bot_id: BOT_ID, user: undefined }),
    ]);
    expect(r.logger.lines.join("\n")).not.toMatch(/ERROR/);
  });

  it("a knowledge edit is swapped in live and announced once in the news channel, and not again after a restart", { timeout: 60_000 }, async () => {
    const first = await start();
    appendFileSync(join(first.dirs.knowledgeDir, "articles.yaml"), NEW_ARTICLE);
    writeFileSync(join(first.dirs.knowledgeDir, "cards", "fictional.yaml"), NEW_CARDS);
    const announcement = await first.fake.waitForCall("chat.postMessage", (c) => c.body.channel === NEWS, { timeoutMs: 30_000 });
    const shown = shownText(announcement);
    expect(shown).toMatch(/^\*New in Deal Desk: Acme signs a compute pact with Globex \(2026-11-20\)\*: 3 new facts:/);
    expect(shown).toContain("$42 billion");
    expect(shown).toMatch(/It disagrees with OpenAI Taps Oracle's Cloud Power .* on fictional deals\./);
    expect(announcement.body.thread_ts).toBeUndefined();
    // The new card answers now, in the answer channel, without a restart.
    const question = channelMessage(ANSWER, "How much is the Acme Globex pact worth?");
    await first.fake.sendEvent(question);
    const answer = await first.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === question.ts);
    expect(shownText(answer)).toContain("$42 billion");
    // Our own announcement coming back as a channel message is not answered.
    await expectSilence(first, [channelMessage(NEWS, String(announcement.body.text), { subtype: "bot_message", bot_id: BOT_ID, user: undefined })]);
    expect(first.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === NEWS)).toHaveLength(1);

    await stop(open.pop()!);
    const second = await start(first.dirs);
    await expectSilence(second, []);
    expect(second.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === NEWS)).toHaveLength(0);
  });

  it("a broken knowledge edit leaves the old knowledge answering and reports to the admin channel", { timeout: 60_000 }, async () => {
    const r = await start();
    writeFileSync(join(r.dirs.knowledgeDir, "cards", "broken.yaml"), "topic: Broken\ncards:\n  - id: Bad Id\n");
    const report = await r.fake.waitForCall("chat.postMessage", (c) => c.body.channel === ADMIN, { timeoutMs: 30_000 });
    expect(shownText(report)).toContain("the last good knowledge is still serving");
    expect(shownText(report)).toContain("broken.yaml");
    const question = channelMessage(ANSWER, "how much is the OpenAI-Oracle deal worth?");
    await r.fake.sendEvent(question);
    const answer = await r.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === question.ts);
    expect(shownText(answer)).toMatch(/\$30 billion/);
  });

  it("/deal digest lists the latest articles newest first with key facts, disputed ones flagged", async () => {
    const r = await start();
    await r.fake.sendSlashCommand(slashCommand("digest", r.fake.responseUrl("digest1")));
    const reply = await r.fake.waitForCall("response_url", (c) => c.path === "/response/digest1");
    const shown = shownText(reply);
    expect(shown).toMatch(/^\*Deal Desk digest: the latest 5 articles, newest first\*/);
    const dates = [...shown.matchAll(/^\*.+ \((\d{4}(?:-\d\d){0,2})\)\*$/gm)].map((m) => m[1]!);
    expect(dates).toHaveLength(5);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(shown).toContain("⚠ disputed");
  });

  it("the weekly digest is posted on schedule, once, even after a restart (injectable clock)", { timeout: 30_000 }, async () => {
    let now = Date.parse("2026-11-23T08:59:30Z"); // a Monday
    const first = await start(newFolders(), () => now);
    await first.runtime.scheduler.tick();
    expect(first.fake.callsTo("chat.postMessage")).toHaveLength(0);
    now = Date.parse("2026-11-23T09:00:10Z");
    const digest = await first.fake.waitForCall("chat.postMessage", (c) => c.body.channel === NEWS);
    expect(shownText(digest)).toMatch(/^\*Deal Desk digest/);
    await first.runtime.scheduler.tick();
    await stop(open.pop()!);
    const second = await start(first.dirs, () => now);
    await second.runtime.scheduler.tick();
    await expectSilence(second, []);
    expect(second.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === NEWS)).toHaveLength(0);
  });

  it("an unsure reply to a mention in an answer channel offers Ask an expert; a click mentions the channel's experts in the thread", async () => {
    const r = await start();
    const mention = channelMessage(ANSWER, `<@${BOT_USER_ID}> how was your weekend?`);
    await r.fake.sendEvent({ ...mention, type: "app_mention", channel_type: undefined });
    await r.fake.sendEvent(mention);
    const reply = await r.fake.waitForCall("chat.postMessage");
    expect(reply.body.thread_ts).toBe(mention.ts);
    expect(JSON.stringify(reply.body)).not.toContain("U0EXPERT1");
    const expert = buttonsOf(reply.body).find((b) => b.action_id === EXPERT_ACTION);
    expect(expert?.text.text).toBe("Ask an expert");
    const replyTs = "1710000099.000001";
    const click = blockAction({ actionId: EXPERT_ACTION, value: expert!.value!, responseUrl: r.fake.responseUrl("x1"), channel: ANSWER, messageTs: replyTs });
    (click.message as Record<string, unknown>).thread_ts = mention.ts;
    const after = r.fake.lastSeq;
    await r.fake.sendInteractive(click);
    const call = await r.fake.waitForCall("chat.postMessage", () => true, { after });
    expect(call.body.thread_ts).toBe(mention.ts);
    expect(call.body.text).toContain("<@U0EXPERT1> <!subteam^S0EXPERTS>");
    expect(call.body.text).toContain(`<@${HUMAN}> asked for an expert`);
    expect(r.fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === mention.ts)).toHaveLength(2);
  });
});
