/** The question log, through the real discord.js client against the fake Discord: /ask, mentions, alternatives and votes. */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { encodeButton } from "../../../src/adapters/discord/custom-ids.js";
import type { QuestionRecord } from "../../../src/questions/question-record.js";
import { startHarness } from "../../fakes/discord/harness.js";
import type { Harness } from "../../fakes/discord/harness.js";
import { buttonClick, callbackPath, IDS, messageCreate, messageObject, slashCommand } from "../../fakes/discord/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fixtureDesk());
});
afterAll(async () => {
  await h?.close();
});


test("records /ask, a mention, an alternative click and a vote, with the user as a keyed hash", async () => {
  const question = "how much is the oracle deal worth?";
  let mark = h.fake.calls.length;
  const ask = slashCommand("ask", [{ name: "question", type: 3, value: question }]);
  await h.fake.dispatch("INTERACTION_CREATE", ask);
  await h.fake.waitForCall("PATCH", /\/messages\/@original$/, { after: mark });

  mark = h.fake.calls.length;
  await h.fake.dispatch("MESSAGE_CREATE", messageCreate(`<@${IDS.bot}> what is the weather on mars`));
  await h.fake.waitForCall("POST", /\/channels\/[^/]+\/messages$/, { after: mark });

  const message = messageObject({ embeds: [{ title: question, description: "An answer." }] });
  const alt = buttonClick(encodeButton({ action: "alt", card: "deal-value", question })!, message);
  mark = h.fake.calls.length;
  await h.fake.dispatch("INTERACTION_CREATE", alt);
  await h.fake.waitForCall("POST", callbackPath(alt), { after: mark });

  const up = buttonClick(encodeButton({ action: "up", card: "deal-value", question })!, message);
  mark = h.fake.calls.length;
  await h.fake.dispatch("INTERACTION_CREATE", up);
  await h.fake.waitForCall("POST", callbackPath(up), { after: mark });
  await h.questions.flush();

  const saved = (await readFile(h.questions.file!, "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as QuestionRecord);
  expect(saved.map((r) => r.event)).toEqual(["ask", "ask", "pick", "vote"]);
  expect(saved.every((r) => r.platform === "discord" && r.user === h.feedback.hashUser(IDS.user))).toBe(true);
  expect(saved[0]).toMatchObject({ question, status: "answered", card: "deal-value" });
  expect(saved[1]).toMatchObject({ question: "what is the weather on mars", status: "no_answer", card: null });
  expect(saved[2]).toMatchObject({ question, card: "deal-value" });
  expect(saved[3]).toMatchObject({ vote: "up", card: "deal-value", question });
  expect(await readFile(h.questions.file!, "utf8")).not.toContain(IDS.user);
});
