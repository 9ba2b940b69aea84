import { afterAll, beforeAll, expect, test } from "vitest";
import type { Desk } from "../../../src/core/desk.js";
import { messages } from "../../../src/core/messages.js";
import { encodeButton } from "../../../src/adapters/discord/custom-ids.js";
import { startHarness } from "../../fakes/discord/harness.js";
import type { Harness } from "../../fakes/discord/harness.js";
import { autocomplete, buttonClick, callbackPath, IDS, messageCreate, messageObject, originalPath, slashCommand } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

const EPHEMERAL = 64;

/** The real desk, except that the next `failures` calls to ask (or suggest) throw. */
function flakyDesk() {
  const desk = fixtureDesk();
  const state = { askFailures: 0, suggestFailures: 0 };
  const flaky: Desk = {
    ask(question) {
      if (state.askFailures > 0) {
        state.askFailures -= 1;
        throw new Error("boom: the index exploded");
      }
      return desk.ask(question);
    },
    articles: () => desk.articles(),
    topics: () => desk.topics(),
    examples: (count) => desk.examples(count),
    knowledge: () => desk.knowledge(),
    suggest(partial, limit, maxLength) {
      if (state.suggestFailures > 0) {
        state.suggestFailures -= 1;
        throw new Error("boom: suggestions exploded");
      }
      return desk.suggest(partial, limit, maxLength);
    },
  };
  return { desk: flaky, state };
}

let h: Harness;
let flaky: ReturnType<typeof flakyDesk>;
beforeAll(async () => {
  flaky = flakyDesk();
  h = await startHarness(flaky.desk);
});
afterAll(async () => {
  await h?.close();
});

const ask = (question: string, isPrivate = false) =>
  slashCommand("ask", [
    { name: "question", type: 3, value: question },
    { name: "private", type: 5, value: isPrivate },
  ]);
const followUpPath = (interaction: { token: string }) => new RegExp(`^/api/v10/webhooks/${IDS.application}/${interaction.token}$`);
const errorLines = () => h.logger.lines.filter((l) => l.includes(" ERROR "));

test("a failing public /ask: the placeholder goes, an ephemeral apology comes, and the next /ask is answered", async () => {
  flaky.state.askFailures = 1;
  const before = errorLines().length;
  const mark = h.fake.calls.length;
  const failing = ask("how much is the oracle deal worth?");
  await h.fake.dispatch("INTERACTION_CREATE", failing);
  const apology = await h.fake.waitForCall("POST", followUpPath(failing), { after: mark });
  expect(apology.body.content).toBe(messages.somethingWentWrong);
  expect(apology.body.flags & EPHEMERAL).toBe(EPHEMERAL);
  expect(apology.body.allowed_mentions.parse).toEqual([]);
  const removed = h.fake.callsTo("DELETE", originalPath(failing), mark);
  expect(removed).toHaveLength(1);
  expect(h.fake.calls.indexOf(removed[0]!)).toBeLessThan(h.fake.calls.indexOf(apology));
  expect(errorLines().length).toBe(before + 1);
  expect(errorLines().at(-1)).toContain("discord: /ask failed");
  expect(errorLines().at(-1)).toContain("boom: the index exploded");

  const next = ask("how much is the oracle deal worth?");
  await h.fake.dispatch("INTERACTION_CREATE", next);
  const answered = await h.fake.waitForCall("PATCH", originalPath(next), { after: mark });
  expect(answered.body.embeds[0].title).toBe("how much is the oracle deal worth?");
});

test("a failing private /ask apologises in the (already ephemeral) reply", async () => {
  flaky.state.askFailures = 1;
  const mark = h.fake.calls.length;
  const failing = ask("how much is the oracle deal worth?", true);
  await h.fake.dispatch("INTERACTION_CREATE", failing);
  const edit = await h.fake.waitForCall("PATCH", originalPath(failing), { after: mark });
  expect(edit.body.content).toBe(messages.somethingWentWrong);
  expect(edit.body.embeds).toEqual([]);
  const defer = h.fake.callsTo("POST", callbackPath(failing), mark)[0]!;
  expect(defer.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
});

test("a failing button click gets an ephemeral apology", async () => {
  flaky.state.askFailures = 1;
  const mark = h.fake.calls.length;
  const question = "how much is the oracle deal worth?";
  const click = buttonClick(encodeButton({ action: "alt", card: "deal-value", question })!, messageObject({ embeds: [{ title: question }] }));
  await h.fake.dispatch("INTERACTION_CREATE", click);
  const reply = await h.fake.waitForCall("POST", callbackPath(click), { after: mark });
  expect(reply.body.type).toBe(4);
  expect(reply.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  expect(reply.body.data.content).toBe(messages.somethingWentWrong);
});

test("failing autocomplete answers with no choices", async () => {
  flaky.state.suggestFailures = 1;
  const mark = h.fake.calls.length;
  const interaction = autocomplete("oracle");
  await h.fake.dispatch("INTERACTION_CREATE", interaction);
  const result = await h.fake.waitForCall("POST", callbackPath(interaction), { after: mark });
  expect(result.body).toEqual({ type: 8, data: { choices: [] } });
});

test("a failing mention gets an apology reply, and the next mention is answered", async () => {
  flaky.state.askFailures = 1;
  const mark = h.fake.calls.length;
  const failing = messageCreate(`<@${IDS.bot}> how much is the oracle deal worth?`);
  await h.fake.dispatch("MESSAGE_CREATE", failing);
  const apology = await h.fake.waitForCall("POST", /\/channels\/\d+\/messages$/, { after: mark });
  expect(apology.body.content).toBe(messages.somethingWentWrong);
  expect(apology.body.message_reference.message_id).toBe(failing.id);
  expect(apology.body.allowed_mentions.parse).toEqual([]);

  const next = messageCreate(`<@${IDS.bot}> how much is the oracle deal worth?`);
  await h.fake.dispatch("MESSAGE_CREATE", next);
  const answer = await h.fake.waitForCall("POST", /\/channels\/\d+\/messages$/, {
    after: mark,
    predicate: (c) => c.body.message_reference?.message_id === next.id,
  });
  expect(answer.body.embeds[0].title).toBe("how much is the oracle deal worth?");
});
