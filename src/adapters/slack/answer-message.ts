import type { webApi } from "@slack/bolt";
import { observeReply } from "../../questions/observe-reply.js";
import type { Place } from "../../core/conversation/reply.js";
import { messages } from "../../core/messages.js";
import type { HandlerContext } from "./handler-context.js";
import { renderNotice } from "./render-blocks.js";
import { renderReply } from "./render-reply.js";
import { postMessage } from "./reply.js";
import { admit } from "./throttle.js";

type WebClient = webApi.WebClient;

export interface IncomingMessage {
  /** Names the handler in logs: "app_mention", "direct message". */
  via: string;
  teamId: string | undefined;
  user: string | undefined;
  text: string;
  channel: string;
  /** Where the reply goes: the thread, or undefined for the conversation itself. */
  threadTs: string | undefined;
  /** A channel others read, or a direct conversation with the bot. */
  place: Place;
}

/**
 * A question written in a conversation (a mention or a DM), answered where it was asked.
 * Someone writing too fast gets one "slow down" there, then silence until they have tokens again.
 */
export async function answerMessage(ctx: HandlerContext, client: WebClient, message: IncomingMessage): Promise<void> {
  const { channel, threadTs } = message;
  const decision = await admit(ctx, message.via, message.teamId, message.user);
  if (decision === "limited") return;
  await ctx.funnel.run(
    message.via,
    async () => {
      if (decision === "limited-first") {
        await postMessage(client, channel, threadTs, renderNotice(messages.slowDown));
        return;
      }
      // One conversation per Slack thread (a DM's main window is one too): follow-ups there lean on the question before.
      const thread = `slack:${channel}:${threadTs ?? "main"}`;
      const said = observeReply(ctx.conversation, "slack", { text: message.text, thread, place: message.place }, { questions: ctx.questions, user: message.user ?? null });
      const reply = renderReply(said);
      if (reply) await postMessage(client, channel, threadTs, reply);
    },
    (sentence) => postMessage(client, channel, threadTs, renderNotice(sentence)),
  );
}
