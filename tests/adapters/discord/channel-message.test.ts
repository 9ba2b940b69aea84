/**
 * News channels on Discord end to end: the real discord.js client (startDiscord) against the fake Discord,
 * with the channels runtime main.ts builds. The news channel is an announcement channel (type 5).
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXPERT_PREFIX } from "../../../src/adapters/discord/channel-message.js";
import { startDiscord } from "../../../src/adapters/discord/start-discord.js";
import type { RunningAdapter } from "../../../src/adapters/adapter.js";
import type { ChannelConfig } from "../../../src/channels/channels-file.js";
import type { ChannelsRuntime } from "../../../src/channels/channels-runtime.js";
import { createFeedbackLog } from "../../../src/feedback/feedback-log.js";
import { createMemoryLogger } from "../../../src/logging/logger.js";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { fakeConfig } from "../../fakes/discord/harness.js";
import { BOT_USER, buttonClick, IDS, messageCreate, messageObject, slashCommand, userObject } from "../../fakes/discord/payloads.js";
import { channelsFolders, channelsRuntime, NEW_ARTICLE, NEW_CARDS } from "../../helpers/channels-setup.js";

const EXPERT = "565656565656565656";
const EXPERT_ROLE = "575757575757575757";
const CHANNELS: ChannelConfig[] = [
  { platform: "discord", id: IDS.channel, mode: "answer", experts: [EXPERT, `role:${EXPERT_ROLE}`] },
  { platform: "discord", id: IDS.news, mode: "news", crosspost: true },
];
const FEED_BOT = userObject(IDS.otherBot, "deal-feed", true);
const messagesIn = (channel: string) => new RegExp(`^/api/v10/channels/${channel}/messages$`);

interface Running {
  fake: FakeDiscord;
  adapter: RunningAdapter;
  runtime: ChannelsRuntime;
  dirs: ReturnType<typeof channelsFolders>;
}
const open: Running[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) {
    r.runtime.stop();
    await r.adapter.stop();
    await r.fake.close();
    r.dirs.remove();
  }
});

async function start(): Promise<Running> {
  const fake = await startFakeDiscord();
  const dirs = channelsFolders();
  const logger = createMemoryLogger();
  const runtime = channelsRuntime({ ...dirs, channels: CHANNELS, logger });
  const adapter = await startDiscord(fakeConfig(fake.apiUrl), { desk: runtime.live, feedback: createFeedbackLog(dirs.dataDir), logger, channels: runtime });
  await runtime.start();
  const running = { fake, adapter, runtime, dirs };
  open.push(running);
  return running;
}

/** Dispatches `quiet`, then a question in the answer channel; once that is answered, nothing else may have been sent. */
async function expectSilence(r: Running, quiet: ReturnType<typeof messageCreate>[]): Promise<void> {
  const mark = r.fake.calls.length;
  for (const m of quiet) await r.fake.dispatch("MESSAGE_CREATE", m);
  const probe = messageCreate("how much is the OpenAI-Oracle deal worth?");
  await r.fake.dispatch("MESSAGE_CREATE", probe);
  await r.fake.waitForCall("POST", messagesIn(IDS.channel), { after: mark, predicate: (c) => c.body?.message_reference?.message_id === probe.id });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const sent = r.fake.calls.slice(mark).filter((c) => c.method === "POST" && /\/channels\//.test(c.path));
  expect(sent.map((c) => c.body?.message_reference?.message_id)).toEqual([probe.id]);
}

describe("Discord news channels", { timeout: 30_000 }, () => {
  it("answer mode: a question without a mention is answered as a reply; small talk is not", { timeout: 30_000 }, async () => {
    const r = await start();
    // Reading unmentioned posts needs the Message Content intent (1 << 15), asked for only with such channels.
    const identify = await r.fake.waitForIdentify();
    expect(identify.d.intents & (1 << 15)).toBe(1 << 15);
    await expectSilence(r, [messageCreate("thanks all, see you tomorrow"), messageCreate("how was your weekend?")]);
    const reply = r.fake.callsTo("POST", messagesIn(IDS.channel)).at(-1)!;
    expect(JSON.stringify(reply.body.embeds)).toContain("$30 billion");
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("news mode in an announcement channel: a feed bot's post gets a What we know reply; unrelated and own posts get nothing", { timeout: 30_000 }, async () => {
    const r = await start();
    const post = messageCreate("Report: OpenAI's Oracle deal is worth $3 billion", { author: FEED_BOT, channelId: IDS.news });
    await r.fake.dispatch("MESSAGE_CREATE", post);
    const reply = await r.fake.waitForCall("POST", messagesIn(IDS.news), { predicate: (c) => c.body?.message_reference?.message_id === post.id });
    expect(reply.body.content).toMatch(/^\*\*What we know\*\*/);
    expect(reply.body.content).toContain("Our sources differ: $3 billion vs $30 billion");
    // A thread reply is not an update: never crossposted.
    expect(r.fake.calls.some((c) => c.path.endsWith("/crosspost"))).toBe(false);
    await expectSilence(r, [
      messageCreate("Lunch menu today: pasta and salad", { author: FEED_BOT, channelId: IDS.news }),
      messageCreate("https://example.com/story", { channelId: IDS.news }),
      messageCreate("Oracle deal ".repeat(50_000), { channelId: IDS.news }),
      messageCreate(String(reply.body.content), { author: BOT_USER, channelId: IDS.news }),
    ]);
  });

  it("a knowledge edit is announced once in the news channel and crossposted", { timeout: 60_000 }, async () => {
    const r = await start();
    appendFileSync(join(r.dirs.knowledgeDir, "articles.yaml"), NEW_ARTICLE);
    writeFileSync(join(r.dirs.knowledgeDir, "cards", "fictional.yaml"), NEW_CARDS);
    const sent = await r.fake.waitForCall("POST", messagesIn(IDS.news), { timeoutMs: 30_000 });
    expect(sent.body.content).toMatch(/^\*\*New in Deal Desk: Acme signs a compute pact with Globex \(2026-11-20\)\*\*: 3 new facts:/);
    await r.fake.waitForCall("POST", new RegExp(`^/api/v10/channels/${IDS.news}/messages/\\d+/crosspost$`));
    expect(r.fake.callsTo("POST", messagesIn(IDS.channel))).toHaveLength(0);
  });

  it("/digest lists the latest articles newest first", { timeout: 30_000 }, async () => {
    const r = await start();
    await r.fake.dispatch("INTERACTION_CREATE", slashCommand("digest"));
    const reply = await r.fake.waitForCall("POST", /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/);
    expect(reply.body.data.content).toMatch(/^\*\*Deal Desk digest: the latest 5 articles, newest first\*\*/);
  });

  it("an unsure reply to a mention offers Ask an expert; a click mentions exactly the channel's experts", { timeout: 30_000 }, async () => {
    const r = await start();
    const mention = messageCreate(`<@${IDS.bot}> how was your weekend?`);
    await r.fake.dispatch("MESSAGE_CREATE", mention);
    const reply = await r.fake.waitForCall("POST", messagesIn(IDS.channel), { predicate: (c) => c.body?.message_reference?.message_id === mention.id });
    // Answered once (not also by the plain mention handler), pinging nobody.
    await expectSilence(r, []);
    const button = (reply.body.components as { components: { custom_id: string; label: string }[] }[]).flatMap((row) => row.components).find((b) => b.custom_id.startsWith(EXPERT_PREFIX));
    expect(button?.label).toBe("Ask an expert");
    const onMessage = messageObject({ content: "", components: reply.body.components });
    await r.fake.dispatch("INTERACTION_CREATE", buttonClick(button!.custom_id, onMessage));
    const call = await r.fake.waitForCall("POST", /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/);
    expect(call.body.data.content).toContain(`<@${EXPERT}> <@&${EXPERT_ROLE}>: <@${IDS.user}> asked for an expert on this`);
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], users: [EXPERT], roles: [EXPERT_ROLE] });
  });
});
