/**
 * Flood protection through a real discord.js client against the fake Discord, with a tiny
 * injected limiter (2 questions at once, on a clock that does not move). The harness is shared,
 * so each test uses its own people.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRateLimiter } from "../../../src/adapters/rate-limit.js";
import { messages } from "../../../src/core/messages.js";
import { startHarness } from "../../fakes/discord/harness.js";
import type { Harness } from "../../fakes/discord/harness.js";
import { autocomplete, callbackPath, IDS, messageCreate, originalPath, slashCommand, userObject } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

const EPHEMERAL = 64;
const DEFERRED = 5;
const MESSAGE = 4;
const AUTOCOMPLETE_RESULT = 8;
const QUESTION = "how much is the oracle deal worth?";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fixtureDesk(), { rateLimit: createRateLimiter({ burst: 2, refillPerMinute: 12, now: () => 0 }) });
});
afterAll(async () => {
  await h?.close();
});

const person = (n: number, name: string) => userObject(`5555555555555550${String(n).padStart(2, "0")}`, name);
const channelMessages = new RegExp(`^/api/v10/channels/${IDS.channel}/messages$`);

/** An interaction payload as sent by `user` instead of the default person. */
function from<T extends { member: Record<string, unknown> }>(user: ReturnType<typeof userObject>, interaction: T): T {
  return { ...interaction, member: { ...interaction.member, user } };
}
const ask = (user: ReturnType<typeof userObject>) => from(user, slashCommand("ask", [{ name: "question", type: 3, value: QUESTION }]));

describe("Discord flood protection", () => {
  test("the 3rd mention gets one slow-down reply, the 4th nothing, and others are still answered", async () => {
    const flooder = person(1, "flooder");
    const mark = h.fake.calls.length;
    const replyTo = (id: string) => ({ after: mark, predicate: (c: { body: any }) => c.body?.message_reference?.message_id === id });

    const [m1, m2, m3, m4] = [1, 2, 3, 4].map(() => messageCreate(`<@${IDS.bot}> ${QUESTION}`, { author: flooder }));
    for (const m of [m1!, m2!]) {
      await h.fake.dispatch("MESSAGE_CREATE", m);
      const answer = await h.fake.waitForCall("POST", channelMessages, replyTo(m.id));
      expect(answer.body.embeds[0].title).toBe(QUESTION);
    }

    await h.fake.dispatch("MESSAGE_CREATE", m3!);
    const notice = await h.fake.waitForCall("POST", channelMessages, replyTo(m3!.id));
    expect(notice.body.content).toBe(messages.slowDown);
    expect(notice.body.embeds ?? []).toEqual([]);
    expect(notice.body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    await h.fake.dispatch("MESSAGE_CREATE", m4!);
    const other = messageCreate(`<@${IDS.bot}> ${QUESTION}`, { author: person(2, "bystander") });
    await h.fake.dispatch("MESSAGE_CREATE", other);
    const answer = await h.fake.waitForCall("POST", channelMessages, replyTo(other.id));
    expect(answer.body.embeds[0].title).toBe(QUESTION);

    const replies = h.fake.callsTo("POST", channelMessages, mark);
    expect(replies.map((r) => r.body.message_reference.message_id)).toEqual([m1!.id, m2!.id, m3!.id, other.id]);
    expect(h.logger.lines.filter((l) => l.includes("sent one slow-down notice"))).toHaveLength(1);
  });

  test("/ask always replies: privately with the notice once the person is limited", async () => {
    const asker = person(3, "asker");
    for (let i = 0; i < 2; i += 1) {
      const mark = h.fake.calls.length;
      const interaction = ask(asker);
      await h.fake.dispatch("INTERACTION_CREATE", interaction);
      const edit = await h.fake.waitForCall("PATCH", originalPath(interaction), { after: mark });
      expect(edit.body.embeds[0].title).toBe(QUESTION);
    }
    for (let i = 0; i < 2; i += 1) {
      const mark = h.fake.calls.length;
      const interaction = ask(asker);
      await h.fake.dispatch("INTERACTION_CREATE", interaction);
      const reply = await h.fake.waitForCall("POST", callbackPath(interaction), { after: mark });
      expect(reply.body.type).toBe(MESSAGE);
      expect(reply.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(reply.body.data.content).toBe(messages.slowDown);
      expect(reply.body.data.allowed_mentions.parse).toEqual([]);
    }

    // /sources posts in the channel too, so it shares the budget.
    const mark = h.fake.calls.length;
    const sources = from(asker, slashCommand("sources"));
    await h.fake.dispatch("INTERACTION_CREATE", sources);
    const reply = await h.fake.waitForCall("POST", callbackPath(sources), { after: mark });
    expect(reply.body.data.content).toBe(messages.slowDown);

    // Someone else is answered as usual.
    const other = ask(person(4, "patient"));
    await h.fake.dispatch("INTERACTION_CREATE", other);
    const defer = await h.fake.waitForCall("POST", callbackPath(other), { after: mark });
    expect(defer.body.type).toBe(DEFERRED);
    const edit = await h.fake.waitForCall("PATCH", originalPath(other), { after: mark });
    expect(edit.body.embeds[0].title).toBe(QUESTION);
  });

  test("autocomplete still responds, with no choices while the person is limited", async () => {
    const typist = person(5, "typist");
    const asks = [1, 2, 3].map(() => ask(typist));
    const limitedMark = h.fake.calls.length;
    for (const interaction of asks) await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const third = await h.fake.waitForCall("POST", callbackPath(asks[2]!), { after: limitedMark });
    expect(third.body.data.content).toBe(messages.slowDown);
    const limited = from(typist, autocomplete("oracle"));
    await h.fake.dispatch("INTERACTION_CREATE", limited);
    const empty = await h.fake.waitForCall("POST", callbackPath(limited), { after: limitedMark });
    expect(empty.body.type).toBe(AUTOCOMPLETE_RESULT);
    expect(empty.body.data.choices).toEqual([]);

    const fine = from(person(6, "reader"), autocomplete("oracle"));
    await h.fake.dispatch("INTERACTION_CREATE", fine);
    const result = await h.fake.waitForCall("POST", callbackPath(fine), { after: limitedMark });
    expect(result.body.data.choices.length).toBeGreaterThan(0);
  });
});
