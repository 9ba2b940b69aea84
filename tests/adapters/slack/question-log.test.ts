/** The question log, through the real Bolt App against the fake Slack: mentions, /deal, did-you-mean clicks and votes. */
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { ACTION, encodeButtonValue } from "../../../src/adapters/slack/action-values.js";
import type { QuestionRecord } from "../../../src/questions/question-record.js";
import { HUMAN, blockAction, buttonsOf, mentionEvent, slashCommand } from "../../fakes/slack/payloads.js";
import { ORACLE_QUESTION, useHarness } from "../../fakes/slack/shared.js";

const start = useHarness();

async function records(file: string): Promise<QuestionRecord[]> {
  return (await readFile(file, "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as QuestionRecord);
}

it("records a mention, a /deal question, a did-you-mean pick and a vote, with the user as a keyed hash", async () => {
  const h = await start();
  await h.fake.sendEvent(mentionEvent(`<@UBOT0001> ${ORACLE_QUESTION}`));
  const posted = await h.fake.waitForCall("chat.postMessage");
  await h.fake.sendSlashCommand(slashCommand("tell me about the weather on mars", h.fake.responseUrl("q2"), { user: "U0SECOND1" }));
  await h.fake.waitForCall("response_url", (c) => c.path === "/response/q2");

  const card = h.desk.ask(ORACLE_QUESTION).card!;
  const value = encodeButtonValue({ card, question: "how big is that thing with the database company" });
  await h.fake.sendInteractive(blockAction({ actionId: `${ACTION.pickPrefix}0`, value, responseUrl: h.fake.responseUrl("pick"), messageTs: "1711111111.000100" }));
  await h.fake.waitForCall("chat.update");
  const down = buttonsOf(posted.body).find((b) => b.action_id === ACTION.voteDown)!;
  await h.fake.sendInteractive(blockAction({ actionId: ACTION.voteDown, value: down.value!, responseUrl: h.fake.responseUrl("vote") }));
  await h.fake.waitForCall("response_url", (c) => c.path === "/response/vote");
  await h.questions.flush();

  const saved = await records(h.questions.file!);
  expect(saved.map((r) => r.event)).toEqual(["ask", "ask", "pick", "vote"]);
  expect(saved.every((r) => r.platform === "slack")).toBe(true);
  const [mention, slash, pick, vote] = saved as [QuestionRecord, QuestionRecord, QuestionRecord, QuestionRecord];
  expect(mention).toMatchObject({ kind: "fact", question: ORACLE_QUESTION, status: "answered", card, user: h.feedback.hashUser(HUMAN) });
  expect(mention.confidence).toBeGreaterThan(0);
  expect(slash).toMatchObject({ question: "tell me about the weather on mars", status: "no_answer", card: null, user: h.feedback.hashUser("U0SECOND1") });
  expect(pick).toMatchObject({ question: "how big is that thing with the database company", card });
  expect(vote).toMatchObject({ vote: "down", card, question: ORACLE_QUESTION, status: null });
  const raw = await readFile(h.questions.file!, "utf8");
  expect(raw).not.toContain(HUMAN);
  expect(raw).not.toContain("U0SECOND1");
}, 20_000); // four round trips through Bolt, the first of them a cold start

it("the Share in channel button is not a new question", async () => {
  const h = await start();
  await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, h.fake.responseUrl("s1")));
  const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/s1");
  const share = buttonsOf(reply.body).find((b) => b.action_id === ACTION.share)!;
  const after = h.fake.lastSeq;
  await h.fake.sendInteractive(blockAction({ actionId: ACTION.share, value: share.value!, responseUrl: h.fake.responseUrl("s2"), ephemeral: true }));
  await h.fake.waitForCall("response_url", (c) => c.path === "/response/s2" && c.body.delete_original === true, { after });
  await h.questions.flush();
  expect((await records(h.questions.file!)).map((r) => r.event)).toEqual(["ask"]);
});
