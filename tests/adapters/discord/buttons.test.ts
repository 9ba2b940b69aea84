import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { encodeButton } from "../../../src/adapters/discord/custom-ids.js";
import { renderAnswer } from "../../../src/adapters/discord/render-embed.js";
import { messages } from "../../../src/core/messages.js";
import { startHarness } from "../../fakes/discord/harness.js";
import type { Harness } from "../../fakes/discord/harness.js";
import { buttonClick, callbackPath, IDS, messageObject } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

const EPHEMERAL = 64;
const MESSAGE = 4;
const UPDATE_MESSAGE = 7;

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fixtureDesk());
});
afterAll(async () => {
  await h?.close();
});


/** A message the bot posted earlier: an unsure answer offering "deal-value" as an alternative. */
function unsureMessage(question: string) {
  const reply = renderAnswer({
    question,
    status: "unsure",
    answer: "Something loosely related.",
    confidence: 0.4,
    card: "some-other-card",
    topic: "Money",
    sources: [],
    alternatives: [{ card: "deal-value", question: "How much is the deal worth?", confidence: 0.38 }],
    disputed: null,
    notice: null,
    suggestions: [],
  });
  return messageObject({ embeds: reply.embeds, components: reply.components });
}

test("a 'did you mean' button answers the same question with that card, in place", async () => {
  const question = "how much is the oracle deal worth?";
  const customId = encodeButton({ action: "alt", card: "deal-value", question })!;
  const mark = h.fake.calls.length;
  const click = buttonClick(customId, unsureMessage(question));
  await h.fake.dispatch("INTERACTION_CREATE", click);
  const update = await h.fake.waitForCall("POST", callbackPath(click), { after: mark });
  expect(update.body.type).toBe(UPDATE_MESSAGE);
  const embed = update.body.data.embeds[0];
  expect(embed.title).toBe(question);
  expect(embed.footer.text).toMatch(/confidence · \d+%/);
  expect(embed.fields.find((f: { name: string }) => f.name === "Sources").value).toMatch(/Oracle/);
  const ids: string[] = update.body.data.components.flatMap((r: { components: { custom_id: string }[] }) => r.components.map((b) => b.custom_id));
  expect(ids).toContain(encodeButton({ action: "up", card: "deal-value", question }));
  expect(update.body.data.allowed_mentions.parse).toEqual([]);
  // Answered in place: no new message, no follow-up.
  expect(h.fake.callsTo("POST", /\/webhooks\//, mark)).toHaveLength(0);
  expect(h.fake.callsTo("POST", /\/channels\//, mark)).toHaveLength(0);
});

test("👍 and 👎 are appended to the feedback file and thanked privately; earlier lines survive", async () => {
  const question = "how much is the oracle deal worth?";
  const message = messageObject({ embeds: [{ title: question, description: "An answer." }] });

  const up = buttonClick(encodeButton({ action: "up", card: "deal-value", question })!, message);
  let mark = h.fake.calls.length;
  await h.fake.dispatch("INTERACTION_CREATE", up);
  const thanksUp = await h.fake.waitForCall("POST", callbackPath(up), { after: mark });
  expect(thanksUp.body.type).toBe(MESSAGE);
  expect(thanksUp.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  expect(thanksUp.body.data.content).toBe(messages.feedbackThanks("up"));

  const down = buttonClick(encodeButton({ action: "down", card: "deal-value", question })!, message);
  mark = h.fake.calls.length;
  await h.fake.dispatch("INTERACTION_CREATE", down);
  const thanksDown = await h.fake.waitForCall("POST", callbackPath(down), { after: mark });
  expect(thanksDown.body.data.content).toBe(messages.feedbackThanks("down"));
  expect(thanksDown.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);

  const lines = (await readFile(h.feedback.file, "utf8")).trim().split("\n").map((l) => JSON.parse(l));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({ vote: "up", card: "deal-value", question, platform: "discord", user: h.feedback.hashUser(IDS.user) });
  expect(lines[1]).toMatchObject({ vote: "down", card: "deal-value", question, platform: "discord" });
  expect(JSON.stringify(lines)).not.toContain(IDS.user);
});
