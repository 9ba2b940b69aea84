import type { App } from "@slack/bolt";
import { answerMessage } from "./answer-message.js";
import type { HandlerContext } from "./handler-context.js";

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
 */
export function registerDirectMessage(app: App, ctx: HandlerContext): void {
  app.event("message", async ({ event, client, context }) => {
    const message = event as unknown as DirectMessageEvent;
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id || !message.user) return;
    if (!(await ctx.dedupe.claim(`message:${message.channel}:${message.ts}`))) return;
    await answerMessage(ctx, client, {
      via: "direct message",
      teamId: context.teamId,
      user: message.user,
      text: message.text ?? "",
      channel: message.channel,
      threadTs: message.thread_ts,
      place: "direct",
    });
  });
}
