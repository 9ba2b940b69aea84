import type { App } from "@slack/bolt";
import { messages } from "../../core/messages.js";
import { askDesk } from "./ask.js";
import type { HandlerContext } from "./handler-context.js";
import { renderAnswer, renderNotice } from "./render-blocks.js";
import { postMessage } from "./reply.js";
import { admit } from "./throttle.js";

interface DirectMessageEvent {
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
}

/**
 * message.im: a person writing to the bot directly. Edits, joins and other subtypes are ignored.
 * Someone writing too fast gets one "slow down" in the DM, then silence until they have tokens again.
 */
export function registerDirectMessage(app: App, ctx: HandlerContext): void {
  app.event("message", async ({ event, client, context }) => {
    const message = event as unknown as DirectMessageEvent;
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id || !message.user) return;
    if (!ctx.dedupe.claim(`message:${message.channel}:${message.ts}`)) return;
    const { channel, thread_ts: threadTs } = message;
    const decision = admit(ctx, "direct message", context.teamId, message.user);
    if (decision === "limited") return;
    await ctx.funnel.run(
      "direct message",
      async () => {
        if (decision === "limited-first") {
          await postMessage(client, channel, threadTs, renderNotice(messages.slowDown));
          return;
        }
        const answer = askDesk(ctx.desk, { text: message.text ?? "" });
        await postMessage(client, channel, threadTs, renderAnswer(answer));
      },
      (sentence) => postMessage(client, channel, threadTs, renderNotice(sentence)),
    );
  });
}
