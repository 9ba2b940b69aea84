import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ACTION } from "../../../src/adapters/slack/action-values.js";
import { safeText } from "../../../src/adapters/slack/safe-text.js";
import { messages } from "../../../src/core/messages.js";
import type { FeedbackRecord } from "../../../src/feedback/feedback-log.js";
import { blockAction, buttonsOf, CHANNEL, directMessageEvent, DM_CHANNEL, mentionEvent } from "../../fakes/slack/payloads.js";
import { shownText, useHarness } from "../../fakes/slack/shared.js";

const start = useHarness();
const CONFIDENCE = /confidence · \d+%/g;

// The first test builds the desk (several seconds on a busy machine).
describe("Slack conversation", { timeout: 30_000 }, () => {
  it("a follow-up in a thread is read with the thread's question, and says how it was read", async () => {
    const h = await start();
    const first = mentionEvent("how big is the $300 billion contract?");
    await h.fake.sendEvent(first);
    const answer = await h.fake.waitForCall("chat.postMessage");
    expect(answer.body.thread_ts).toBe(first.ts);

    await h.fake.sendEvent(mentionEvent("and when does it start?", { threadTs: first.ts }));
    const followUp = await h.fake.waitForCall("chat.postMessage", (c) => c !== answer);
    expect(followUp.body.thread_ts).toBe(first.ts);
    const shown = shownText(followUp);
    expect(shown).toContain(safeText(messages.readingAs("when does the $300 billion contract start?")));
    const expected = h.desk.ask("when does the $300 billion contract start?");
    expect(shown).toContain(safeText(expected.answer).slice(0, 60));

    // The same words in a new thread have nothing to lean on: no reading note.
    const fresh = mentionEvent("and when does it start?");
    await h.fake.sendEvent(fresh);
    const alone = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === fresh.ts);
    expect(shownText(alone)).not.toContain("reading this as");
  });

  it("each answer of a two-question message has its own 👍 / 👎, and a vote is recorded for that answer's card", async () => {
    const h = await start();
    await h.fake.sendEvent(directMessageEvent("how much is the deal worth and where is the first site?"));
    const reply = await h.fake.waitForCall("chat.postMessage");
    const ups = buttonsOf(reply.body).filter((b) => b.action_id === ACTION.voteUp);
    const downs = buttonsOf(reply.body).filter((b) => b.action_id === ACTION.voteDown);
    expect(ups).toHaveLength(2);
    expect(downs).toHaveLength(2);
    // Each part's buttons come right after that part's answer, before the next part begins.
    const blocks = reply.body.blocks as { type: string }[];
    const divider = blocks.findIndex((b) => b.type === "divider");
    expect(blocks.slice(0, divider).some((b) => b.type === "actions")).toBe(true);

    await h.fake.sendInteractive(blockAction({ actionId: ACTION.voteDown, value: downs[1]!.value!, responseUrl: h.fake.responseUrl("pv1"), messageTs: reply.body.ts as string }));
    const thanks = await h.fake.waitForCall("response_url", (c) => c.path === "/response/pv1");
    expect(thanks.body.text).toBe(safeText(messages.feedbackThanks("down")));
    await h.fake.sendInteractive(blockAction({ actionId: ACTION.voteUp, value: ups[0]!.value!, responseUrl: h.fake.responseUrl("pv2"), messageTs: reply.body.ts as string }));
    await h.fake.waitForCall("response_url", (c) => c.path === "/response/pv2");

    const lines = (await readFile(h.feedback.file, "utf8")).trim().split("\n").map((l) => JSON.parse(l) as FeedbackRecord);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ vote: "down", card: h.desk.ask("where is the first site?").card, platform: "slack" });
    expect(lines[0]!.question).toContain("where is the first site");
    expect(lines[1]).toMatchObject({ vote: "up", card: h.desk.ask("how much is the deal worth").card, platform: "slack" });
  });

  it("a two-question message gets both answers, each with its confidence and sources", async () => {
    const h = await start();
    await h.fake.sendEvent(directMessageEvent("how much is the deal worth and where is the first site?"));
    const reply = await h.fake.waitForCall("chat.postMessage");
    const shown = shownText(reply);
    for (const part of ["how much is the deal worth", "where is the first site?"]) {
      expect(shown).toContain(safeText(h.desk.ask(part).answer).slice(0, 50));
    }
    expect(shown.match(CONFIDENCE)).toHaveLength(2);
    expect(shown.match(new RegExp(`\\*${messages.sourcesHeading}\\*`, "g"))).toHaveLength(2);
  });

  it("a help message gets the friendly help with three example questions, not the apology", async () => {
    const h = await start();
    await h.fake.sendEvent(mentionEvent("what can you do?"));
    const reply = await h.fake.waitForCall("chat.postMessage");
    const shown = shownText(reply);
    expect(shown).toContain(safeText(messages.helpReply));
    expect(shown.slice(shown.indexOf(messages.tryAsking)).match(/^• /gm)).toHaveLength(3);
    expect(shown).not.toContain(messages.noAnswer);
  });

  it("a bare name with a card of its own gets that card first, then its other questions as buttons", async () => {
    const h = await start();
    await h.fake.sendEvent(mentionEvent("ohio?"));
    const reply = await h.fake.waitForCall("chat.postMessage");
    const lead = h.desk.ask("ohio?");
    expect(shownText(reply)).toContain(safeText(lead.answer).slice(0, 60));
    expect(shownText(reply)).toMatch(CONFIDENCE);
    expect(shownText(reply)).toContain(messages.browseAlso("Ohio"));
    const buttons = buttonsOf(reply.body).filter((b) => b.action_id.startsWith(ACTION.pickPrefix));
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.map((b) => JSON.parse(b.value!).c)).not.toContain(lead.card);
  });

  it("a bare topic lists its questions as buttons, and a click answers that card in place", async () => {
    const h = await start();
    await h.fake.sendEvent(mentionEvent("oracle"));
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(shownText(reply)).toContain(messages.browseHeading("Oracle"));
    const buttons = buttonsOf(reply.body).filter((b) => b.action_id.startsWith(ACTION.pickPrefix));
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(5);

    const first = buttons[0]!;
    const messageTs = "1712222222.000100";
    await h.fake.sendInteractive(blockAction({ actionId: first.action_id, value: first.value!, responseUrl: h.fake.responseUrl("topic"), messageTs }));
    const update = await h.fake.waitForCall("chat.update");
    expect(update.body.ts).toBe(messageTs);
    const expected = h.desk.ask(first.text.text);
    expect(shownText(update)).toContain(safeText(expected.answer).slice(0, 60));
    expect(shownText(update)).toMatch(CONFIDENCE);
  });

  it("in a thread, 'the second one' typed after a topic list answers its second question, and 'more' lists the next ones", async () => {
    const h = await start();
    const topic = mentionEvent("stargate");
    await h.fake.sendEvent(topic);
    const list = await h.fake.waitForCall("chat.postMessage");
    const buttons = buttonsOf(list.body).filter((b) => b.action_id.startsWith(ACTION.pickPrefix));
    expect(buttons.length).toBeGreaterThan(1);

    await h.fake.sendEvent(mentionEvent("the second one", { threadTs: topic.ts }));
    const picked = await h.fake.waitForCall("chat.postMessage", (c) => c !== list);
    expect(picked.body.thread_ts).toBe(topic.ts);
    expect(shownText(picked)).toContain(safeText(h.desk.ask(buttons[1]!.text.text).answer).slice(0, 60));

    await h.fake.sendEvent(mentionEvent("more", { threadTs: topic.ts }));
    const more = await h.fake.waitForCall("chat.postMessage", (c) => c !== list && c !== picked);
    expect(shownText(more)).toContain(messages.browseMore("Stargate"));
    const next = buttonsOf(more.body).filter((b) => b.action_id.startsWith(ACTION.pickPrefix));
    expect(next.length).toBeGreaterThan(0);
    expect(next.map((b) => b.text.text)).not.toContain(buttons[0]!.text.text);
  });

  it("a request out of scope gets the note on what the bot covers, never a card answer", async () => {
    const h = await start();
    await h.fake.sendEvent(mentionEvent("write me a poem about the cloud"));
    const reply = await h.fake.waitForCall("chat.postMessage");
    const shown = shownText(reply);
    expect(shown).toContain(safeText(messages.outOfScope));
    expect(shown).not.toMatch(CONFIDENCE);
    expect(shown.slice(shown.indexOf(messages.tryAsking)).match(/^• /gm)).toHaveLength(2);
  });

  it("'ok' is left unanswered in a channel but gets a light reply in a DM", async () => {
    const h = await start();
    await h.fake.sendEvent(mentionEvent("ok", { channel: CHANNEL }));
    await h.fake.sendEvent(directMessageEvent("ok"));
    const reply = await h.fake.waitForCall("chat.postMessage");
    expect(reply.body.channel).toBe(DM_CHANNEL);
    expect(shownText(reply)).toContain(messages.light);
    // A later question in the channel is answered: the "ok" before it got nothing.
    await h.fake.sendEvent(mentionEvent("where is the first site?", { channel: CHANNEL }));
    await h.fake.waitForCall("chat.postMessage", (c) => c.body.channel === CHANNEL);
    expect(h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === CHANNEL)).toHaveLength(1);
  });
});
