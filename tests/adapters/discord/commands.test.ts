import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startHarness } from "../../fakes/discord/harness.js";
import type { Harness } from "../../fakes/discord/harness.js";
import { autocomplete, callbackPath, IDS, originalPath, slashCommand } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

const EPHEMERAL = 64;
const DEFERRED = 5;
const MESSAGE = 4;
const AUTOCOMPLETE_RESULT = 8;
const GUILDS = 1 << 0;
const GUILD_MESSAGES = 1 << 9;

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fixtureDesk());
});
afterAll(async () => {
  await h?.close();
});

const ask = (question: string, isPrivate?: boolean) =>
  slashCommand("ask", [
    { name: "question", type: 3, value: question },
    ...(isPrivate === undefined ? [] : [{ name: "private", type: 5, value: isPrivate }]),
  ]);

describe("connection", () => {
  test("gets the gateway from DISCORD_API_URL and identifies with Guilds + GuildMessages only", async () => {
    expect(h.fake.calls[0]?.path).toBe("/api/v10/gateway/bot");
    const identify = await h.fake.waitForIdentify();
    expect(identify.d.intents).toBe(GUILDS | GUILD_MESSAGES);
    expect(identify.d.token).toBe(h.config.token);
  });
});

describe("/ask", () => {
  test("defers first, then edits in an embed with the answer, sources, dispute and confidence", async () => {
    const mark = h.fake.calls.length;
    const interaction = ask("how much is the oracle deal worth?");
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const edit = await h.fake.waitForCall("PATCH", originalPath(interaction), { after: mark });
    const defer = h.fake.callsTo("POST", callbackPath(interaction), mark);
    expect(defer).toHaveLength(1);
    expect(defer[0]!.body.type).toBe(DEFERRED);
    expect(defer[0]!.body.data.flags & EPHEMERAL).toBe(0);
    expect(h.fake.calls.indexOf(defer[0]!)).toBeLessThan(h.fake.calls.indexOf(edit));
    // The edit arrives percent-encoded on the wire, like the real API sees it.
    expect(edit.rawPath.endsWith("/messages/%40original")).toBe(true);

    const embed = edit.body.embeds[0];
    expect(embed.title).toBe("how much is the oracle deal worth?");
    expect(embed.description.length).toBeGreaterThan(0);
    expect(embed.footer.text).toMatch(/^(High|Medium|Low) confidence · \d{1,3}%/);
    const sources = embed.fields.find((f: { name: string }) => f.name === "Sources");
    expect(sources.value).toMatch(/Oracle/);
    expect(sources.value).toMatch(/· \d{4}/);
    expect(embed.fields.some((f: { name: string }) => f.name.includes("Sources disagree"))).toBe(true);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    const buttons = edit.body.components.flatMap((r: { components: { custom_id: string }[] }) => r.components.map((b) => b.custom_id));
    expect(buttons.some((id: string) => id.startsWith("dd:up:"))).toBe(true);
    expect(buttons.some((id: string) => id.startsWith("dd:down:"))).toBe(true);
  });

  test("private:true defers and answers ephemerally (flag 64)", async () => {
    const mark = h.fake.calls.length;
    const interaction = ask("how much is the oracle deal worth?", true);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const defer = await h.fake.waitForCall("POST", callbackPath(interaction), { after: mark });
    expect(defer.body.type).toBe(DEFERRED);
    expect(defer.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const edit = await h.fake.waitForCall("PATCH", originalPath(interaction), { after: mark });
    expect(edit.body.embeds[0].title).toBe("how much is the oracle deal worth?");
  });

  test("a question the knowledge base can't answer gets the apology and example questions", async () => {
    const mark = h.fake.calls.length;
    const interaction = ask("what is oracle's dividend policy?");
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const edit = await h.fake.waitForCall("PATCH", originalPath(interaction), { after: mark });
    const embed = edit.body.embeds[0];
    expect(embed.description).toMatch(/sorry/i);
    const examples = embed.fields.find((f: { name: string }) => f.name.startsWith("Try asking"));
    expect(examples.value.split("\n").length).toBeGreaterThan(0);
    expect(embed.footer).toBeUndefined();
  });
});

describe("autocomplete", () => {
  test("answers with at most 25 relevant choices of at most 100 characters", async () => {
    const mark = h.fake.calls.length;
    const interaction = autocomplete("oracle");
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const result = await h.fake.waitForCall("POST", callbackPath(interaction), { after: mark });
    expect(result.body.type).toBe(AUTOCOMPLETE_RESULT);
    const choices: { name: string; value: string }[] = result.body.data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.some((c) => /oracle/i.test(c.name))).toBe(true);
  });

  test("an empty box offers example questions", async () => {
    const mark = h.fake.calls.length;
    const interaction = autocomplete("");
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const result = await h.fake.waitForCall("POST", callbackPath(interaction), { after: mark });
    expect(result.body.data.choices.length).toBeGreaterThan(0);
    expect(result.body.data.choices.length).toBeLessThanOrEqual(25);
  });
});

describe("/sources and /topics", () => {
  test("/sources replies with the article list", async () => {
    const mark = h.fake.calls.length;
    const interaction = slashCommand("sources");
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const reply = await h.fake.waitForCall("POST", callbackPath(interaction), { after: mark });
    expect(reply.body.type).toBe(MESSAGE);
    expect(reply.body.data.embeds[0].description).toMatch(/Oracle/);
    expect(reply.body.data.allowed_mentions.parse).toEqual([]);
    expect(reply.body.data.flags & EPHEMERAL).toBe(0);
  });

  test("/topics replies with topics as fields, privately when asked", async () => {
    const mark = h.fake.calls.length;
    const interaction = slashCommand("topics", [{ name: "private", type: 5, value: true }]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const reply = await h.fake.waitForCall("POST", callbackPath(interaction), { after: mark });
    expect(reply.body.type).toBe(MESSAGE);
    expect(reply.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const fields: { name: string; value: string }[] = reply.body.data.embeds[0].fields;
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((f) => f.value.startsWith("• "))).toBe(true);
  });
});
