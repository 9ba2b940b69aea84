import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mentionedQuestion } from "../../../src/adapters/discord/mention.js";
import { messages } from "../../../src/core/messages.js";
import { startHarness } from "../../fakes/discord/harness.js";
import type { Harness } from "../../fakes/discord/harness.js";
import { IDS, messageCreate, userObject } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fixtureDesk());
});
afterAll(async () => {
  await h?.close();
});

const channelMessages = (channelId: string) => new RegExp(`^/api/v10/channels/${channelId}/messages$`);

/** Sends one more mention and waits for its reply: anything dispatched before it has been handled by then. */
async function flush(): Promise<string> {
  const marker = messageCreate(`<@${IDS.bot}> where is Abilene?`);
  const mark = h.fake.calls.length;
  await h.fake.dispatch("MESSAGE_CREATE", marker);
  await h.fake.waitForCall("POST", channelMessages(IDS.channel), {
    after: mark,
    predicate: (c) => c.body?.message_reference?.message_id === marker.id,
  });
  return marker.id;
}

describe("mentionedQuestion", () => {
  test("strips the bot's user and role mentions, keeps the rest", () => {
    expect(mentionedQuestion(`<@${IDS.bot}> how much is it worth?`, IDS.bot, null)).toBe("how much is it worth?");
    expect(mentionedQuestion(`hey <@!${IDS.bot}>, where is Abilene`, IDS.bot, null)).toBe("hey , where is Abilene");
    expect(mentionedQuestion(`<@&${IDS.botRole}> jobs?`, IDS.bot, IDS.botRole)).toBe("jobs?");
    expect(mentionedQuestion(`<@${IDS.bot}>`, IDS.bot, null)).toBe("");
    expect(mentionedQuestion("no mention here", IDS.bot, IDS.botRole)).toBeNull();
    expect(mentionedQuestion(`<@${IDS.user}> hi`, IDS.bot, IDS.botRole)).toBeNull();
  });
});

describe("@mentions", () => {
  test("a mention gets a reply to that message, pinging nobody", async () => {
    const mark = h.fake.calls.length;
    const message = messageCreate(`<@${IDS.bot}> how much is the oracle deal worth?`);
    await h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall("POST", channelMessages(IDS.channel), { after: mark });
    expect(reply.body.message_reference.message_id).toBe(message.id);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    expect(reply.body.allowed_mentions.replied_user).toBe(false);
    expect(reply.body.embeds[0].title).toBe("how much is the oracle deal worth?");
    expect(reply.body.embeds[0].fields.find((f: { name: string }) => f.name === "Sources").value).toMatch(/Oracle/);
  });

  test("works in threads too", async () => {
    const mark = h.fake.calls.length;
    const message = messageCreate(`<@${IDS.bot}> how much is the oracle deal worth?`, { channelId: IDS.thread });
    await h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall("POST", channelMessages(IDS.thread), { after: mark });
    expect(reply.body.message_reference.message_id).toBe(message.id);
  });

  test("mentioning the bot's role counts as a mention", async () => {
    const mark = h.fake.calls.length;
    const message = messageCreate(`<@&${IDS.botRole}> how much is the oracle deal worth?`, { mentionsBot: false });
    await h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall("POST", channelMessages(IDS.channel), { after: mark });
    expect(reply.body.message_reference.message_id).toBe(message.id);
  });

  test("a bare mention gets the empty-question prompt", async () => {
    const mark = h.fake.calls.length;
    const message = messageCreate(`<@${IDS.bot}>`);
    await h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall("POST", channelMessages(IDS.channel), { after: mark });
    expect(reply.body.embeds[0].description).toBe(messages.emptyQuestion);
    expect(reply.body.message_reference.message_id).toBe(message.id);
  });

  test("a question containing @everyone pings nobody", async () => {
    const mark = h.fake.calls.length;
    const message = messageCreate(`<@${IDS.bot}> @everyone how much is the oracle deal worth? @here`, { mentionEveryone: true });
    await h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForCall("POST", channelMessages(IDS.channel), { after: mark });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const outgoing = JSON.stringify({ content: reply.body.content ?? "", embeds: reply.body.embeds });
    expect(outgoing).not.toMatch(/@everyone|@here/);
  });

  test("messages from bots are ignored, even when they mention the bot", async () => {
    const mark = h.fake.calls.length;
    const fromBot = messageCreate(`<@${IDS.bot}> how much is the oracle deal worth?`, { author: userObject(IDS.otherBot, "OtherBot", true) });
    await h.fake.dispatch("MESSAGE_CREATE", fromBot);
    const fromHuman = messageCreate(`<@${IDS.bot}> how much is the oracle deal worth?`);
    await h.fake.dispatch("MESSAGE_CREATE", fromHuman);
    const markerId = await flush();
    const replies = h.fake.callsTo("POST", /^\/api\/v10\/channels\//, mark);
    expect(replies.map((r) => r.body.message_reference.message_id).sort()).toEqual([fromHuman.id, markerId].sort());
  });

  test("messages that don't mention the bot are left alone", async () => {
    const mark = h.fake.calls.length;
    await h.fake.dispatch("MESSAGE_CREATE", messageCreate("how much is the oracle deal worth?"));
    const markerId = await flush();
    const replies = h.fake.callsTo("POST", /^\/api\/v10\/channels\//, mark);
    expect(replies.map((r) => r.body.message_reference.message_id)).toEqual([markerId]);
  });
});
