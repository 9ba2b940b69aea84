import type { webApi } from "@slack/bolt";
import { messages } from "../../core/messages.js";
import { askDesk } from "./ask.js";
import type { HandlerContext } from "./handler-context.js";
import { renderAnswer, renderNotice } from "./render-blocks.js";
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
      await postMessage(client, channel, threadTs, renderAnswer(askDesk(ctx.desk, { text: message.text }, { questions: ctx.questions, user: message.user })));
    },
    (sentence) => postMessage(client, channel, threadTs, renderNotice(sentence)),
  );
}
