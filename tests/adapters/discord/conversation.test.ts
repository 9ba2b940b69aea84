import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { decodeButton } from "../../../src/adapters/discord/custom-ids.js";
import { messages } from "../../../src/core/messages.js";
import { startHarness } from "../../fakes/discord/harness.js";
import type { Harness } from "../../fakes/discord/harness.js";
import { buttonClick, callbackPath, IDS, messageCreate, messageObject, originalPath, slashCommand } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

const UPDATE_MESSAGE = 7;
const desk = fixtureDesk();
let h: Harness;
beforeAll(async () => {
  h = await startHarness(desk);
}, 30_000);
afterAll(async () => {
  await h?.close();
});

const channelMessages = new RegExp(`^/api/v10/channels/${IDS.channel}/messages$`);

/** Sends a mention and waits for the bot's reply to it. */
async function ask(text: string, replyTo?: string) {
  const message = messageCreate(`<@${IDS.bot}> ${text}`, replyTo ? { replyTo } : {});
  const mark = h.fake.calls.length;
  await h.fake.dispatch("MESSAGE_CREATE", message);
  const reply = await h.fake.waitForCall("POST", channelMessages, {
    after: mark,
    predicate: (c) => c.body?.message_reference?.message_id === message.id,
  });
  return { message, reply };
}

describe("Discord conversation", { timeout: 30_000 }, () => {
  test("/ask remembers the asker's last /ask in that channel, and no one else's", async () => {
    const slash = async (question: string, tweak: (p: ReturnType<typeof slashCommand>) => ReturnType<typeof slashCommand> = (p) => p) => {
      const interaction = tweak(slashCommand("ask", [{ name: "question", type: 3, value: question }]));
      const mark = h.fake.calls.length;
      await h.fake.dispatch("INTERACTION_CREATE", interaction);
      return h.fake.waitForCall("PATCH", originalPath(interaction), { after: mark });
    };
    await slash("how big is the $300 billion contract?");
    const followUp = await slash("and when does it start?");
    expect(followUp.body.content).toBe(messages.readingAs("when does the $300 billion contract start?"));
    expect(followUp.body.embeds[0].description).toContain(desk.ask("when does the $300 billion contract start?").answer.slice(0, 60));
    // Someone else in the same channel has no conversation to lean on.
    const other = await slash("and when does it start?", (p) => ({ ...p, member: { ...p.member, user: { ...p.member.user, id: "222222222222222222" } } }));
    expect(other.body.content ?? "").not.toContain("reading this as");
  });

  test("a follow-up replying to the bot's answer is read with that question, and says how", async () => {
    const first = await ask("how big is the $300 billion contract?");
    const botAnswerId = first.reply.response.id as string;
    const { reply } = await ask("and when does it start?", botAnswerId);
    expect(reply.body.content).toBe(messages.readingAs("when does the $300 billion contract start?"));
    const expected = desk.ask("when does the $300 billion contract start?");
    expect(reply.body.embeds[0].description).toContain(expected.answer.slice(0, 60));
    // Not a reply to anything: a new chain with nothing to lean on.
    const alone = await ask("and when does it start?");
    expect(alone.reply.body.content ?? "").not.toContain("reading this as");
  });

  test("a two-question message gets one embed per question, each with confidence and sources", async () => {
    const { reply } = await ask("how much is the deal worth and where is the first site?");
    const embeds = reply.body.embeds as { title: string; description: string; footer?: { text: string }; fields?: { name: string }[] }[];
    expect(embeds).toHaveLength(2);
    expect(embeds[0]!.description).toContain(desk.ask("how much is the deal worth").answer.slice(0, 50));
    expect(embeds[1]!.description).toContain(desk.ask("where is the first site?").answer.slice(0, 50));
    for (const e of embeds) {
      expect(e.footer?.text).toMatch(/confidence · \d+%/);
      expect(e.fields?.some((f) => f.name === messages.sourcesHeading)).toBe(true);
    }
  });

  test("each answer of a two-question message has its own numbered 👍 / 👎, and a vote is recorded for that answer's card", async () => {
    const { reply } = await ask("how much is the deal worth and where is the first site?");
    const rows = reply.body.components as { components: { custom_id: string; label: string }[] }[];
    expect(rows).toHaveLength(2);
    const cards = [desk.ask("how much is the deal worth").card, desk.ask("where is the first site?").card];
    rows.forEach((r, i) => {
      expect(r.components.map((b) => decodeButton(b.custom_id)).map((d) => [d?.action, d?.card])).toEqual([["up", cards[i]], ["down", cards[i]]]);
      expect(r.components[0]!.label).toBe(messages.votePart(i + 1, messages.voteUpButton));
    });

    const before = (await readFile(h.feedback.file, "utf8").catch(() => "")).trim().split("\n").filter(Boolean).length;
    const mark = h.fake.calls.length;
    const click = buttonClick(rows[1]!.components[1]!.custom_id, messageObject({ embeds: reply.body.embeds, components: reply.body.components }));
    await h.fake.dispatch("INTERACTION_CREATE", click);
    const thanks = await h.fake.waitForCall("POST", callbackPath(click), { after: mark });
    expect(thanks.body.data.content).toBe(messages.feedbackThanks("down"));
    const lines = (await readFile(h.feedback.file, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(before + 1);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ vote: "down", card: cards[1], platform: "discord" });
  });

  test("a help message gets help and three example questions", async () => {
    const { reply } = await ask("help");
    const embed = reply.body.embeds[0];
    expect(embed.description).toBe(messages.helpReply);
    const examples = embed.fields.find((f: { name: string }) => f.name.startsWith("Try asking"));
    expect(examples.value.split("\n")).toHaveLength(3);
  });

  test("a bare name with a card of its own gets that card's embed first, then its other questions as buttons", async () => {
    const { reply } = await ask("ohio?");
    const lead = desk.ask("ohio?");
    expect(reply.body.embeds[0].description).toContain(lead.answer.slice(0, 60));
    expect(reply.body.embeds[0].footer.text).toMatch(/confidence · \d+%/);
    expect(reply.body.embeds[1].title).toBe(messages.browseAlso("Ohio"));
    const buttons = reply.body.components.flatMap((r: { components: { custom_id: string }[] }) => r.components);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.map((b: { custom_id: string }) => decodeButton(b.custom_id)!.card)).not.toContain(lead.card);
  });

  test("a bare topic offers its questions as buttons; a click answers that card in place", async () => {
    const { reply } = await ask("oracle");
    expect(reply.body.embeds[0].title).toBe(messages.browseHeading("Oracle"));
    const buttons = reply.body.components.flatMap((r: { components: { custom_id: string; label: string }[] }) => r.components);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(5);
    const first = buttons[0] as { custom_id: string; label: string };
    const data = decodeButton(first.custom_id)!;
    expect(data.action).toBe("alt");

    const mark = h.fake.calls.length;
    const click = buttonClick(first.custom_id, messageObject({ embeds: reply.body.embeds, components: reply.body.components }));
    await h.fake.dispatch("INTERACTION_CREATE", click);
    const update = await h.fake.waitForCall("POST", callbackPath(click), { after: mark });
    expect(update.body.type).toBe(UPDATE_MESSAGE);
    const expected = desk.ask({ text: first.label, card: data.card! });
    expect(update.body.data.embeds[0].description).toContain(expected.answer.slice(0, 60));
    expect(update.body.data.embeds[0].footer.text).toMatch(/confidence · \d+%/);
  });

  test("a request out of scope gets the note and two examples, never a card", async () => {
    const { reply } = await ask("translate hello into french");
    const embed = reply.body.embeds[0];
    expect(embed.description).toBe(messages.outOfScope);
    expect(embed.footer).toBeUndefined();
    const examples = embed.fields.find((f: { name: string }) => f.name.startsWith("Try asking"));
    expect(examples.value.split("\n")).toHaveLength(2);
  });
});
