import type { App } from "@slack/bolt";
import { answerMessage } from "./answer-message.js";
import type { HandlerContext } from "./handler-context.js";

/**
 * @mention in a channel or thread: answer in the thread, starting one under
 * the message when it was top-level.
 */
export function registerMention(app: App, ctx: HandlerContext): void {
  app.event("app_mention", async ({ event, client, context }) => {
    const channel = event.channel;
    // The same message can arrive as app_mention and message.im (a mention inside a DM): answer it once.
    if (!(await ctx.dedupe.claim(`message:${channel}:${event.ts}`))) return;
    await answerMessage(ctx, client, {
      via: "app_mention",
      teamId: context.teamId,
      user: event.user,
      text: event.text ?? "",
      channel,
      threadTs: event.thread_ts ?? event.ts,
      place: channel.startsWith("D") ? "direct" : "channel",
    });
  });
}
