/**
 * /deal and the buttons (share, did-you-mean, 👍/👎), through the real Bolt App
 * in Socket Mode against the fake Slack.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ACTION, decodeButtonValue, encodeButtonValue } from "../../../src/adapters/slack/action-values.js";
import { safeText } from "../../../src/adapters/slack/safe-text.js";
import type { Answer, Question } from "../../../src/core/answer.js";
import type { Desk } from "../../../src/core/desk.js";
import { messages } from "../../../src/core/messages.js";
import { type FeedbackRecord } from "../../../src/feedback/feedback-log.js";
import { CHANNEL, HUMAN, blockAction, buttonsOf, mentionEvent, slashCommand } from "../../fakes/slack/payloads.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";
import { ORACLE_QUESTION, PINGS, shownText, useHarness } from "../../fakes/slack/shared.js";


const start = useHarness();


/** The card the knowledge base answers the Oracle question with (works for the temporary and the real desk). */
function oracleCard(): string {
  const card = fixtureDesk().ask(ORACLE_QUESTION).card;
  if (!card) throw new Error("the desk should answer the Oracle question with a card");
  return card;
}

describe("/deal", () => {
  it("acks, then answers privately (ephemeral) with a Share in channel button", async () => {
    const h = await start();
    const responseUrl = h.fake.responseUrl("cmd1");
    const { ack } = await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, responseUrl));
    expect(ack.payload).toEqual({});
    const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/cmd1");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(shownText(reply)).toContain(safeText(ORACLE_QUESTION));
    expect(shownText(reply)).toMatch(/confidence · \d+%/);
    const share = buttonsOf(reply.body).find((b) => b.action_id === ACTION.share);
    expect(share).toBeDefined();
    expect(decodeButtonValue(share!.value)).toMatchObject({ card: oracleCard() });
    // Nothing was posted to the channel for everyone.
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("Share in channel posts the answer for everyone and removes the private copy", async () => {
    const h = await start();
    await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, h.fake.responseUrl("cmd2")));
    const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/cmd2");
    const share = buttonsOf(reply.body).find((b) => b.action_id === ACTION.share)!;

    const after = h.fake.lastSeq;
    const click = blockAction({ actionId: ACTION.share, value: share.value!, responseUrl: h.fake.responseUrl("share2"), ephemeral: true });
    const { ack } = await h.fake.sendInteractive(click);
    expect(ack).toBeDefined();
    const shared = await h.fake.waitForCall("response_url", (c) => c.path === "/response/share2" && c.body.response_type === "in_channel", { after });
    expect(shared.body.replace_original).toBe(false);
    expect(shownText(shared)).toContain(safeText(ORACLE_QUESTION));
    expect(shownText(shared)).toMatch(/• .*Oracle/);
    expect(buttonsOf(shared.body).some((b) => b.action_id === ACTION.share)).toBe(false);
    expect(buttonsOf(shared.body).some((b) => b.action_id === ACTION.voteUp)).toBe(true);
    const removed = await h.fake.waitForCall("response_url", (c) => c.path === "/response/share2" && c.body.delete_original === true, { after });
    expect(removed.seq).toBeGreaterThan(shared.seq);
  });

  it("a /deal follow-up is read with the asker's last /deal in that channel, and only theirs", async () => {
    const h = await start();
    await h.fake.sendSlashCommand(slashCommand("how big is the $300 billion contract?", h.fake.responseUrl("ctx1")));
    await h.fake.waitForCall("response_url", (c) => c.path === "/response/ctx1");
    await h.fake.sendSlashCommand(slashCommand("and when does it start?", h.fake.responseUrl("ctx2")));
    const followUp = await h.fake.waitForCall("response_url", (c) => c.path === "/response/ctx2");
    expect(shownText(followUp)).toContain(safeText(messages.readingAs("when does the $300 billion contract start?")));
    expect(shownText(followUp)).toContain(safeText(h.desk.ask("when does the $300 billion contract start?").answer).slice(0, 60));
    // Another person, or the same person in another channel, has nothing to lean on.
    await h.fake.sendSlashCommand(slashCommand("and when does it start?", h.fake.responseUrl("ctx3"), { user: "U0OTHER" }));
    expect(shownText(await h.fake.waitForCall("response_url", (c) => c.path === "/response/ctx3"))).not.toContain("reading this as");
    await h.fake.sendSlashCommand(slashCommand("and when does it start?", h.fake.responseUrl("ctx4"), { channel: "C0ELSEWHERE" }));
    expect(shownText(await h.fake.waitForCall("response_url", (c) => c.path === "/response/ctx4"))).not.toContain("reading this as");
  });

  it("/deal and /deal help show usage and example questions", async () => {
    const h = await start();
    const examples = h.desk.examples();
    expect(examples.length).toBeGreaterThan(0);
    for (const [text, id] of [["", "help-empty"], ["help", "help-word"], ["  HELP ", "help-caps"]] as const) {
      await h.fake.sendSlashCommand(slashCommand(text, h.fake.responseUrl(id)));
      const reply = await h.fake.waitForCall("response_url", (c) => c.path === `/response/${id}`);
      expect(reply.body.response_type).toBe("ephemeral");
      const text_ = shownText(reply);
      expect(text_).toContain("/deal sources");
      expect(text_).toContain(messages.examplesHeading);
      for (const example of examples) expect(text_).toContain(safeText(example));
    }
  });

  it("/deal sources lists the articles", async () => {
    const h = await start();
    await h.fake.sendSlashCommand(slashCommand("sources", h.fake.responseUrl("src")));
    const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/src");
    const text = shownText(reply);
    const articles = h.desk.articles();
    expect(text).toContain(messages.articlesHeading(articles.length));
    for (const article of articles.slice(0, 10)) expect(text).toContain(safeText(article.title));
  });

  it("an error while answering gives a private apology, and the next command works", async () => {
    const base = fixtureDesk();
    let failures = 1;
    const flaky: Desk = {
      ...base,
      ask(question: Question | string): Answer {
        if (failures-- > 0) throw new Error("card index unavailable");
        return base.ask(question);
      },
    };
    const h = await start(flaky);
    await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, h.fake.responseUrl("boom")));
    const apology = await h.fake.waitForCall("response_url", (c) => c.path === "/response/boom");
    expect(apology.body.response_type).toBe("ephemeral");
    expect(apology.body.text).toBe(messages.somethingWentWrong);
    expect(h.logger.lines.some((l) => l.includes("slash command failed") && l.includes("card index unavailable"))).toBe(true);
    await h.fake.sendSlashCommand(slashCommand(ORACLE_QUESTION, h.fake.responseUrl("ok")));
    const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/ok");
    expect(shownText(reply)).toMatch(/confidence · \d+%/);
  });

  it("never echoes pings from the command text", async () => {
    const h = await start();
    await h.fake.sendSlashCommand(slashCommand(`<!channel> <@U0SOMEONE> @here ${ORACLE_QUESTION}`, h.fake.responseUrl("p1")));
    const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/p1");
    const share = buttonsOf(reply.body).find((b) => b.action_id === ACTION.share)!;
    await h.fake.sendInteractive(blockAction({ actionId: ACTION.share, value: share.value!, responseUrl: h.fake.responseUrl("p2"), ephemeral: true }));
    await h.fake.waitForCall("response_url", (c) => c.path === "/response/p2" && c.body.response_type === "in_channel");
    const outgoing = h.fake.outgoingText();
    for (const ping of PINGS) expect(outgoing).not.toContain(ping);
  });
});

describe("did-you-mean buttons", () => {
  it("answer the chosen card in place of a channel message (chat.update)", async () => {
    const h = await start();
    const card = oracleCard();
    const messageTs = "1711111111.000100";
    const value = encodeButtonValue({ card, question: "how big is that thing with the database company" });
    await h.fake.sendInteractive(blockAction({ actionId: `${ACTION.pickPrefix}0`, value, responseUrl: h.fake.responseUrl("pick1"), messageTs }));
    const update = await h.fake.waitForCall("chat.update");
    expect(update.body.channel).toBe(CHANNEL);
    expect(update.body.ts).toBe(messageTs);
    const expected = h.desk.ask({ text: "how big is that thing with the database company", card });
    expect(shownText(update)).toContain(safeText(expected.answer).slice(0, 60));
    expect(shownText(update)).toMatch(/confidence · \d+%/);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("answer in place of an ephemeral /deal answer (replace_original via response_url)", async () => {
    const h = await start();
    const card = oracleCard();
    const value = encodeButtonValue({ card, question: "oracel deal" });
    await h.fake.sendInteractive(blockAction({ actionId: `${ACTION.pickPrefix}2`, value, responseUrl: h.fake.responseUrl("pick2"), ephemeral: true }));
    const replaced = await h.fake.waitForCall("response_url", (c) => c.path === "/response/pick2");
    expect(replaced.body.replace_original).toBe(true);
    expect(replaced.body.response_type).toBe("ephemeral");
    expect(shownText(replaced)).toMatch(/confidence · \d+%/);
    expect(buttonsOf(replaced.body).some((b) => b.action_id === ACTION.share)).toBe(true);
    expect(h.fake.callsTo("chat.update")).toHaveLength(0);
  });

  it("a button value it did not make gets a polite private reply", async () => {
    const h = await start();
    await h.fake.sendInteractive(blockAction({ actionId: `${ACTION.pickPrefix}0`, value: "garbage", responseUrl: h.fake.responseUrl("bad") }));
    const reply = await h.fake.waitForCall("response_url", (c) => c.path === "/response/bad");
    expect(reply.body.text).toBe(messages.unknownCard);
    expect(reply.body.response_type).toBe("ephemeral");
    expect(reply.body.replace_original).toBe(false);
  });
});

describe("👍 / 👎 feedback", () => {
  it("records each vote as one JSON line in DATA_DIR/feedback.jsonl, keeping earlier lines, and thanks the voter", async () => {
    const h = await start();
    const event = mentionEvent(ORACLE_QUESTION);
    await h.fake.sendEvent(event);
    const answer = await h.fake.waitForCall("chat.postMessage");
    const up = buttonsOf(answer.body).find((b) => b.action_id === ACTION.voteUp)!;
    const down = buttonsOf(answer.body).find((b) => b.action_id === ACTION.voteDown)!;

    await h.fake.sendInteractive(blockAction({ actionId: ACTION.voteUp, value: up.value!, responseUrl: h.fake.responseUrl("v1"), messageTs: answer.body.ts as string }));
    const thanks = await h.fake.waitForCall("response_url", (c) => c.path === "/response/v1");
    expect(thanks.body.text).toBe(safeText(messages.feedbackThanks("up")));
    expect(thanks.body.response_type).toBe("ephemeral");
    expect(thanks.body.replace_original).toBe(false);
    const firstFile = await readFile(h.feedback.file, "utf8");
    expect(firstFile.trim().split("\n")).toHaveLength(1);

    await h.fake.sendInteractive(blockAction({ actionId: ACTION.voteDown, value: down.value!, responseUrl: h.fake.responseUrl("v2"), user: "U0SECOND1" }));
    const thanks2 = await h.fake.waitForCall("response_url", (c) => c.path === "/response/v2");
    expect(thanks2.body.text).toBe(safeText(messages.feedbackThanks("down")));

    const lines = (await readFile(h.feedback.file, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(firstFile.trim());
    const [first, second] = lines.map((l) => JSON.parse(l) as FeedbackRecord);
    const card = oracleCard();
    expect(first).toMatchObject({ vote: "up", card, platform: "slack", user: h.feedback.hashUser(HUMAN) });
    expect(second).toMatchObject({ vote: "down", card, platform: "slack", user: h.feedback.hashUser("U0SECOND1") });
    expect(first!.question).toContain(ORACLE_QUESTION);
    expect(first!.user).not.toBe(HUMAN);
    expect(Number.isNaN(Date.parse(first!.at))).toBe(false);
  });
});
